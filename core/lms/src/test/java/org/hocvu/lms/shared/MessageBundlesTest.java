package org.hocvu.lms.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every message exists in Vietnamese and in English, and nowhere in one language only. */
class MessageBundlesTest {
    private static final Path I18N = Path.of("src/main/resources/i18n");

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> vietnamese;
        try (Stream<Path> files = Files.list(I18N)) {
            vietnamese = files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_")).toList();
        }
        assertFalse(vietnamese.isEmpty());
        for (Path vi : vietnamese) {
            Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
            var viKeys = new TreeSet<>(load(vi).stringPropertyNames());
            var enKeys = Files.exists(en) ? new TreeSet<>(load(en).stringPropertyNames()) : new TreeSet<String>();
            viKeys.stream().filter(k -> !enKeys.contains(k)).forEach(k -> problems.add(en.getFileName() + " lacks " + k));
            enKeys.stream().filter(k -> !viKeys.contains(k)).forEach(k -> problems.add(vi.getFileName() + " lacks " + k));
        }
        assertEquals(List.of(), problems);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
