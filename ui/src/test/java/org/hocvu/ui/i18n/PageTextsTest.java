package org.hocvu.ui.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What Qute's type-safe message bundles checked at build time, checked here for the page texts:
 * every key a template uses exists in Vietnamese, and each area's bundles ship Vietnamese and
 * English with the same keys, none empty, no key in two areas.
 */
class PageTextsTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources", PageTexts.FOLDER);
    private static final Pattern MSG = Pattern.compile("\\{msg:([A-Za-z0-9_]+)");
    private static final List<String> SHIPPED = List.of("vi", "en");

    @Test
    void viAndEnHaveTheSameKeysInEveryAreaAndNoTextIsEmpty() {
        List<String> problems = new ArrayList<>();
        for (String area : PageTexts.AREAS) {
            Map<String, String> vi = PageTexts.read(PageTexts.fileName(area, "vi"));
            if (vi.isEmpty()) {
                problems.add(area + " has no Vietnamese bundle");
            }
            for (String lang : SHIPPED) {
                String file = PageTexts.fileName(area, lang);
                Map<String, String> texts = PageTexts.read(file);
                difference(vi.keySet(), texts.keySet()).forEach(k -> problems.add(file + " lacks " + k));
                difference(texts.keySet(), vi.keySet()).forEach(k -> problems.add(file + " has " + k + ", Vietnamese has not"));
                texts.forEach((k, v) -> {
                    if (v.isBlank()) {
                        problems.add(k + " is empty in " + file);
                    }
                });
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyATemplateUsesIsInTheVietnameseBundlesOnce() throws IOException {
        Set<String> known = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (String area : PageTexts.AREAS) {
            PageTexts.read(PageTexts.fileName(area, "vi")).keySet().forEach(k -> {
                if (!known.add(k)) {
                    twice.add(k);
                }
            });
        }
        assertEquals(List.of(), twice, "keys in two areas");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = MSG.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(TEMPLATES.relativize(file) + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyBundleFileBelongsToAnArea() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            List<String> strays = files.map(p -> p.getFileName().toString())
                    .filter(name -> PageTexts.AREAS.stream().noneMatch(a -> name.equals(a + ".properties")
                            || name.matches(Pattern.quote(a) + "_[a-z]{2,3}\\.properties")))
                    .toList();
            assertEquals(List.of(), strays, "files no area reads");
        }
    }

    @Test
    void valuesFillNumberedPlaceholdersAndApostrophesStay() {
        assertEquals("Found 3 units, showing the first 2; it's fine",
                PageTexts.fill(Locale.ENGLISH, "Found {0} units, showing the first {1}; it's fine", 3, 2));
    }

    @Test
    void englishCountsCorrectly() {
        Locale en = Locale.ENGLISH;
        assertEquals("Found 1 unit", PageTexts.get(en, "me_unit_found", 1, 1, 1));
        assertEquals("Found 2 units, page 1 of 1", PageTexts.get(en, "me_unit_found", 2, 1, 1));
        assertEquals("Found 1,234 units, page 2 of 124", PageTexts.get(en, "me_unit_found", 1234, 2, 124));
        assertEquals("Tìm thấy 1 đơn vị", PageTexts.get(Locale.forLanguageTag("vi"), "me_unit_found", 1, 1, 1));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
