package com.incidentreports.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.LineNumberReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundle of words has every key in English and German, none of them empty, in the same order so that the two
 * files read side by side. A key added in one language only fails the build here, naming it.
 */
class MessagesBundleParityTest {

    private static final List<String> TRANSLATIONS = List.of("de");

    @ParameterizedTest
    @ValueSource(strings = {
            "com/incidentreports/i18n/messages",
            "ValidationMessages",
            "com/incidentreports/notification/mail",
            "com/incidentreports/report/durations"})
    void everyLanguageHasEveryKeyWithWords(String bundle) throws IOException {
        List<Entry> english = read(bundle + ".properties");
        for (String language : TRANSLATIONS) {
            List<Entry> translated = read(bundle + "_" + language + ".properties");
            Set<String> missing = keys(english);
            missing.removeAll(keys(translated));
            Set<String> extra = keys(translated);
            extra.removeAll(keys(english));
            assertTrue(missing.isEmpty(), bundle + "_" + language + " lacks " + missing);
            assertTrue(extra.isEmpty(), bundle + "_" + language + " has keys English lacks: " + extra);
            assertEquals(new ArrayList<>(keys(english)), new ArrayList<>(keys(translated)),
                    bundle + "_" + language + " lists its keys in another order than English");
            for (List<Entry> entries : List.of(english, translated)) {
                for (Entry entry : entries) {
                    assertTrue(!entry.value().isBlank(), bundle + ": " + entry.key() + " is empty");
                }
            }
        }
    }

    private record Entry(String key, String value) {
    }

    private static Set<String> keys(List<Entry> entries) {
        Set<String> keys = new LinkedHashSet<>();
        entries.forEach(entry -> assertTrue(keys.add(entry.key()), "The key " + entry.key() + " appears twice"));
        return keys;
    }

    /** Keys in the file's order (java.util.Properties forgets it); values as written, continuation lines joined. */
    private static List<Entry> read(String resource) throws IOException {
        InputStream in = MessagesBundleParityTest.class.getClassLoader().getResourceAsStream(resource);
        assertNotNull(in, resource + " is missing");
        List<Entry> entries = new ArrayList<>();
        try (LineNumberReader lines = new LineNumberReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                StringBuilder whole = new StringBuilder(trimmed);
                while (whole.charAt(whole.length() - 1) == '\\' && (line = lines.readLine()) != null) {
                    whole.setLength(whole.length() - 1);
                    whole.append(line.strip());
                }
                int separator = whole.indexOf("=");
                assertTrue(separator > 0, resource + ":" + lines.getLineNumber() + " is not key=value");
                entries.add(new Entry(whole.substring(0, separator).strip(), whole.substring(separator + 1).strip()));
            }
        }
        return entries;
    }
}
