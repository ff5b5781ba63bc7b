package org.hocvu.lms.assessment.importing;

import org.hocvu.lms.plugin.Difficulty;
import org.hocvu.lms.plugin.ItemType;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.testkit.ProjectPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moodle's own question files (../shared/data/questions, Moodle's test fixtures, GPL: read, not copied)
 * imported as an admin would: each mapped question type, what was not carried over, what was skipped.
 */
class MoodleFilesImportTest {
    private static QuestionImports.Result read(String path) throws Exception {
        Path file = ProjectPaths.root().resolve("../shared/data/questions").resolve(path).normalize();
        Assumptions.assumeTrue(Files.isRegularFile(file), "Moodle's files are not here: " + file);
        return QuestionImports.read(Files.readAllBytes(file), "en", "ND1.1", Difficulty.EASY);
    }

    private static TestItem only(QuestionImports.Result r) {
        assertEquals(1, r.items().size(), r.report().toString());
        return r.items().get(0);
    }

    @Test
    void moodleXmlQuestionTypesMapToHocVuItems() throws Exception {
        TestItem multi = only(read("question/type/multichoice/tests/fixtures/testquestion.moodle.xml"));
        assertEquals(ItemType.MULTIPLE_RESPONSE, multi.type());
        assertEquals(List.of("London", "Paris"), multi.answer().stream()
                .map(id -> multi.choices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().text().get("en")).toList());
        QuestionImports.Result multiResult = read("question/type/multichoice/tests/fixtures/testquestion.moodle.xml");
        assertTrue(multiResult.report().imported().get(0).notCarried().containsAll(List.of("hints",
                "partial credit (answer weights): all right choices and no other are needed")));

        TestItem match = only(read("question/type/match/tests/fixtures/testquestion.moodle.xml"));
        assertEquals(ItemType.MATCHING, match.type());
        assertEquals(3, match.pairs().size());
        assertTrue(read("question/type/match/tests/fixtures/testquestion.moodle.xml").report().imported().get(0).notCarried()
                .contains("distractor 'insect' (a right-hand answer without a question)"));

        TestItem numeric = only(read("question/type/numerical/tests/fixtures/testquestion.moodle.xml"));
        assertEquals(new BigDecimal("6.25"), numeric.number());
        assertEquals(new BigDecimal("0.05"), numeric.tolerance());

        TestItem shortAnswer = only(read("question/type/shortanswer/tests/fixtures/testquestion.moodle.xml"));
        assertEquals(Map.of("en", List.of("frog")), shortAnswer.answers());
        assertEquals(List.of("true"), only(read("question/type/truefalse/tests/fixtures/testquestion.moodle.xml")).answer());

        QuestionImports.Result essay = read("question/type/essay/tests/fixtures/testquestion.moodle.xml");
        assertTrue(essay.items().isEmpty());
        assertEquals("essay", essay.report().skipped().get(0).sourceType());
        QuestionImports.Result cloze = read("question/format/xml/tests/fixtures/multianswer.xml");
        assertEquals(List.of("cloze"), cloze.report().skipped().stream().map(ImportReport.Skipped::sourceType).toList());
    }

    @Test
    void nestedCategoriesEmbeddedImagesAndNoBreakSpacesAreRead() throws Exception {
        QuestionImports.Result nested = read("question/format/xml/tests/fixtures/nested_categories_with_questions.xml");
        assertEquals(4, nested.items().size());
        assertEquals(1, nested.report().skipped().size());
        QuestionImports.Result images = read("question/format/xml/tests/fixtures/truefalse.xml");
        assertEquals(2, images.items().size());
        assertTrue(images.report().imported().stream().allMatch(i -> i.notCarried().contains("embedded files and images")));
        assertTrue(images.items().stream().noneMatch(i -> i.prompt().get("en").contains("\u00a0")));
    }

    @Test
    void giftQuestionsMapToHocVuItems() throws Exception {
        QuestionImports.Result gift = read("question/format/gift/tests/fixtures/questions.gift.txt");
        Map<String, ItemType> types = gift.items().stream().collect(Collectors.toMap(TestItem::id, TestItem::type));
        assertEquals(ItemType.MATCHING, types.get("moodle-activities"));
        assertEquals(ItemType.SINGLE_CHOICE, types.get("q2"));
        assertEquals(ItemType.MULTIPLE_RESPONSE, types.get("colours"));
        assertEquals(ItemType.NUMERIC, types.get("q5"));
        assertEquals(ItemType.FILL_IN, types.get("shortanswer"));
        assertEquals(ItemType.TRUE_FALSE, types.get("q1"));
        assertEquals(ItemType.TRUE_FALSE, types.get("2-08-tsl"));
        assertEquals(ItemType.TRUE_FALSE, types.get("2-08-tsl-2"));
        TestItem colours = gift.items().stream().filter(i -> i.id().equals("colours")).findFirst().orElseThrow();
        assertEquals(List.of("a", "c"), colours.answer());
        TestItem q5 = gift.items().stream().filter(i -> i.id().equals("q5")).findFirst().orElseThrow();
        assertEquals(0, q5.number().compareTo(BigDecimal.valueOf(3)));
        assertEquals(0, q5.tolerance().compareTo(BigDecimal.valueOf(2)));
        TestItem q1 = gift.items().stream().filter(i -> i.id().equals("q1")).findFirst().orElseThrow();
        assertEquals(List.of("false"), q1.answer());
        assertEquals("This is, of course, a Hitchiker's Guide to the Galaxy reference.", q1.feedback().get("en"));
        TestItem shortAnswer = gift.items().stream().filter(i -> i.id().equals("shortanswer")).findFirst().orElseThrow();
        assertEquals(Map.of("en", List.of("Frog")), shortAnswer.answers());
        assertEquals(List.of("essay"), gift.report().skipped().stream().map(ImportReport.Skipped::sourceType).toList());
        assertEquals("UTF-8", gift.report().charset());
    }

    @Test
    void giftInWindows1252AndWithEscapesIsRead() throws Exception {
        QuestionImports.Result cp1252 = read("question/format/gift/tests/fixtures/questions_encoding_windows-1252.gift.txt");
        assertEquals("windows-1252", cp1252.report().charset());
        assertTrue(cp1252.items().stream().flatMap(i -> i.pairs().stream())
                .anyMatch(p -> (p.left().get("en") + p.right().get("en")).contains("aödf")), cp1252.items().toString());
        QuestionImports.Result escaped = read("question/format/gift/tests/fixtures/questions_in_category.gift.txt");
        assertEquals(4, escaped.items().size(), escaped.report().toString());
    }

    @Test
    void aFileThatIsNeitherIsRefused() {
        assertThrows(ImportRefused.class, () -> QuestionImports.read("<?xml version=\"1.0\"?><html/>".getBytes(StandardCharsets.UTF_8),
                "vi", "-", Difficulty.EASY));
        assertThrows(ImportRefused.class, () -> QuestionImports.read(
                "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz>&x;</quiz>"
                        .getBytes(StandardCharsets.UTF_8), "vi", "-", Difficulty.EASY));
        assertThrows(ImportRefused.class, () -> QuestionImports.read("just some words\n".getBytes(StandardCharsets.UTF_8),
                "vi", "-", Difficulty.EASY));
    }
}
