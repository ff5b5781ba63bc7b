package org.hocvu.ui.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page text exists in Vietnamese and in English, and nowhere else. */
class MessageBundleKeysTest {

    @Test
    void everyKeyIsInBothLanguagesAndIsAMessageOfTheBundle() throws IOException {
        Set<String> vietnamese = keys("vi");
        Set<String> english = keys("en");
        Set<String> methods = Arrays.stream(AppMessages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(difference(vietnamese, english), Set.of(), "keys only in Vietnamese");
        assertEquals(difference(english, vietnamese), Set.of(), "keys only in English");
        assertEquals(methods, vietnamese, "keys of the files and the methods of AppMessages differ");
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String lang : new String[]{"vi", "en"}) {
            Properties texts = load(lang);
            for (String key : texts.stringPropertyNames()) {
                assertTrue(!texts.getProperty(key).isBlank(), key + " is empty in " + lang);
            }
        }
    }

    private static Set<String> keys(String lang) throws IOException {
        return new TreeSet<>(load(lang).stringPropertyNames());
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleKeysTest.class.getResourceAsStream("/messages/msg_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
