package com.incidentreports.platform.web;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class KeptInputTest {

    @Test
    void keepsTheFormsFieldsAndNothingOfFacesOrPrimeFacesOwn() {
        Map<String, String[]> sent = new LinkedHashMap<>();
        sent.put("discussion:body", new String[] {"Why was this not tested?"});
        sent.put("discussion:composerKey", new String[] {"9b1d"});
        sent.put("edit:restrictedGroups_hinput", new String[] {"sre", "payments"});
        sent.put("discussion", new String[] {"discussion"});
        sent.put("jakarta.faces.ViewState", new String[] {"forged"});
        sent.put("jakarta.faces.partial.execute", new String[] {"discussion:post discussion:body"});
        sent.put("primefaces.nonce", new String[] {"bm9uY2U="});
        sent.put("service", new String[] {"checkout"});

        KeptInput kept = KeptInput.of("/report.xhtml", sent);

        assertEquals("/report.xhtml", kept.viewId());
        assertEquals(3, kept.fields().size(), kept.fields().keySet().toString());
        assertArrayEquals(new String[] {"Why was this not tested?"}, kept.fields().get("discussion:body"));
        assertArrayEquals(new String[] {"9b1d"}, kept.fields().get("discussion:composerKey"));
        assertArrayEquals(new String[] {"sre", "payments"}, kept.fields().get("edit:restrictedGroups_hinput"));
    }

    @Test
    void keepsACopyOfWhatWasSent() {
        String[] body = {"first words"};
        KeptInput kept = KeptInput.of("/write.xhtml", Map.of("edit:title", body));
        body[0] = "changed";
        assertArrayEquals(new String[] {"first words"}, kept.fields().get("edit:title"));
    }
}
