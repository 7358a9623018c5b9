package com.incidentreports.bench.load;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SignInFormTest {

    /** The form as login.xhtml renders it (Mojarra, PrimeFaces), shortened. */
    private static final String PAGE = """
            <form id="login" name="login" method="post" action="/login" enctype="application/x-www-form-urlencoded">
            <input type="hidden" name="login" value="login" />
            <input id="login:username" name="login:username" type="text" class="ui-inputfield" />
            <input id="login:password" name="login:password" type="password" class="ui-password" />
            <button id="login:submit" name="login:submit" type="submit"><span>Sign in</span></button>
            <input id="login:j_idt21" type="hidden" name="login:j_idt21" value="/reports/42" />
            <input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:0" value="-123:456&amp;7" autocomplete="off" />
            </form>""";

    @Test
    void theHiddenFieldsAreSentBackAsRendered() {
        Map<String, String> fields = SignInForm.hiddenFields(PAGE);

        assertEquals(Map.of("login", "login", "login:j_idt21", "/reports/42",
                "jakarta.faces.ViewState", "-123:456&7"), fields);
    }

    @Test
    void theBodyCarriesTheCredentialsTheViewStateAndTheButton() {
        String body = SignInForm.body(PAGE, "bench-user-00001", "p&ss");

        assertEquals("login=login&login%3Aj_idt21=%2Freports%2F42&jakarta.faces.ViewState=-123%3A456%267"
                + "&login%3Ausername=bench-user-00001&login%3Apassword=p%26ss&login%3Asubmit=", body);
    }

    @Test
    void aPageWithoutViewStateIsNotTheSignInPage() {
        assertThrows(IllegalStateException.class, () -> SignInForm.body("<html>Service unavailable</html>", "a", "b"));
    }
}
