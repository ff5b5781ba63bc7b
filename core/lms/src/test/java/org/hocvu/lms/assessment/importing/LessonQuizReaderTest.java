package org.hocvu.lms.assessment.importing;

import org.hocvu.lms.plugin.Difficulty;
import org.hocvu.lms.plugin.ItemType;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lesson quizzes read into bank items: every quiz of the real demo packages, and a quiz with items that cannot be. */
class LessonQuizReaderTest {
    private static final Path PACKAGES = ProjectPaths.root().resolve("content-packages");

    @Test
    void everyQuizOfTheDemoPackagesBecomesBankItems() throws IOException {
        Set<ItemType> seen = EnumSet.noneOf(ItemType.class);
        int quizzes = 0;
        for (Path manifest : manifests()) {
            Map<String, Object> pkg = yaml(manifest);
            @SuppressWarnings("unchecked")
            List<String> languages = (List<String>) pkg.get("languages");
            for (Map<String, Object> lesson : list(pkg, "lessons")) {
                Path quiz = manifest.resolveSibling("quiz/" + lesson.get("id") + ".yaml");
                if (!Files.isRegularFile(quiz)) {
                    continue;
                }
                quizzes++;
                String code = String.valueOf(list(lesson, "competencies").get(0).get("code"));
                LessonQuizReader.Read read = new LessonQuizReader("quiz/" + quiz.getFileName(), String.valueOf(lesson.get("id")),
                        languages, code).read(Files.readString(quiz));
                assertEquals(List.of(), read.problems(), quiz.toString());
                assertEquals(list(yaml(quiz), "items").size(), read.items().size(), quiz + ": every item is in the bank");
                read.items().forEach(i -> {
                    assertTrue(i.id().startsWith(lesson.get("id") + "/"), i.id());
                    seen.add(i.type());
                });
            }
        }
        assertTrue(quizzes > 50, "the demo packages' quizzes were read: " + quizzes);
        assertEquals(EnumSet.allOf(ItemType.class), seen, "the demo packages use every item type, each mapped");
    }

    @Test
    void numericLikertFillInAndMatchingKeepTheirKeys() throws IOException {
        Map<String, TestItem> dashboards = items("leaders-dashboards", "doc-bang-dieu-hanh", List.of("vi"), "LD2.1");
        assertEquals(0, new BigDecimal("75").compareTo(dashboards.get("doc-bang-dieu-hanh/cau-1").number()));
        assertEquals(BigDecimal.ZERO, dashboards.get("doc-bang-dieu-hanh/cau-1").tolerance());
        assertEquals(3, dashboards.get("doc-bang-dieu-hanh/cau-3").scale().size());
        Map<String, TestItem> codes = items("farmers-planting-area-codes", "ma-so-vung-trong", List.of("vi", "en"), "NN2.3");
        TestItem fillIn = codes.get("ma-so-vung-trong/cau-1");
        assertEquals(List.of("truy xuất"), fillIn.answers().get("vi"));
        assertEquals(Difficulty.EASY, fillIn.difficulty());
        assertEquals(2, codes.get("ma-so-vung-trong/cau-2").pairs().size());
        assertEquals("Keep a farm diary", codes.get("ma-so-vung-trong/cau-2").pairs().get(0).left().in(Locale.ENGLISH));
    }

    @Test
    void itemsThatCannotBeMappedAreReportedWithFileLineAndItem() {
        String quiz = """
                items:
                  - id: tu-luan
                    type: essay
                    competency: T1.1
                    prompt: {vi: "Viết về điện thoại của bạn"}
                  - id: sai-dap-an
                    type: single-choice
                    competency: T1.1
                    prompt: {vi: "Chọn một"}
                    choices:
                      - {id: a, text: {vi: "A"}}
                      - {id: b, text: {vi: "B"}}
                    answer: c
                  - id: khong-do-kho
                    type: true-false
                    prompt: {vi: "Đúng hay sai?"}
                    answer: true
                """;
        LessonQuizReader.Read read = new LessonQuizReader("quiz/bai.yaml", "bai", List.of("vi"), "T1.2").read(quiz);
        assertEquals(1, read.items().size(), "only the whole item is carried over");
        TestItem kept = read.items().get(0);
        assertEquals("bai/khong-do-kho", kept.id());
        assertEquals(LessonQuizReader.DEFAULT_DIFFICULTY, kept.difficulty(), "no difficulty: the stated default");
        assertEquals("T1.2", kept.competency(), "no competency: the lesson's");
        assertEquals(List.of("tu-luan", "sai-dap-an"), read.problems().stream().map(BankProblem::item).toList());
        BankProblem essay = read.problems().get(0);
        assertEquals("quiz/bai.yaml", essay.file());
        assertEquals(3, essay.line());
        assertTrue(essay.render(Locale.ENGLISH).startsWith("quiz/bai.yaml:3: There is no item type 'essay'"), essay.render(Locale.ENGLISH));
        assertEquals(13, read.problems().get(1).line());
        assertTrue(read.problems().get(1).render(Locale.forLanguageTag("vi")).contains("'c'"), read.problems().get(1).render(Locale.ROOT));
    }

    @Test
    void withoutAnyCompetencyAnItemIsStoredAsNoneNotInvented() {
        LessonQuizReader.Read read = new LessonQuizReader("quiz/bai.yaml", "bai", List.of("vi"), null)
                .read("items:\n  - {id: a, type: true-false, prompt: {vi: \"Đúng?\"}, answer: true}\n");
        assertEquals(List.of(), read.problems());
        assertEquals(LessonQuizReader.NO_COMPETENCY, read.items().get(0).competency());
    }

    private static Map<String, TestItem> items(String pkg, String lesson, List<String> languages, String code) throws IOException {
        Path quiz = PACKAGES.resolve(pkg).resolve("quiz/" + lesson + ".yaml");
        LessonQuizReader.Read read = new LessonQuizReader("quiz/" + lesson + ".yaml", lesson, languages, code).read(Files.readString(quiz));
        assertEquals(List.of(), read.problems());
        Map<String, TestItem> byId = new java.util.HashMap<>();
        read.items().forEach(i -> byId.put(i.id(), i));
        return byId;
    }

    private static List<Path> manifests() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(PACKAGES)) {
            dirs.sorted().map(d -> d.resolve("package.yaml")).filter(Files::isRegularFile).forEach(out::add);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }
}
