package org.hocvu.lms.content;

import org.hocvu.lms.content.check.ActiveContent;
import org.hocvu.lms.content.check.PackageInspector;
import org.hocvu.lms.content.check.PackageInspector.Inspection;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.nativeformat.LessonRenderer;
import org.hocvu.lms.content.zip.UploadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A native package with many problems gets them all, each with file and line; unsafe HTML never survives rendering. */
class NativePackageValidationTest {
    private static final Path VALID = Path.of("src/test/resources/content/native/valid");

    @TempDir
    Path tmp;

    /** The valid fixture with some files replaced or added (or removed, given null). */
    private Inspection variant(String... pathsAndContents) throws IOException {
        Path folder = tmp.resolve("pkg-" + System.nanoTime());
        try (var walk = Files.walk(VALID)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve(VALID.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            Path target = folder.resolve(pathsAndContents[i]);
            if (pathsAndContents[i + 1] == null) {
                Files.delete(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, pathsAndContents[i + 1]);
        }
        Path zip = tmp.resolve(folder.getFileName() + ".zip");
        Zips.create(zip).addFolder(folder).close();
        return PackageInspector.inspect(zip, "p.zip", tmp.resolve("work-" + System.nanoTime()), UploadLimits.defaults(), Zips.TESTERS);
    }

    private static Report.Problem problem(Inspection i, String key) {
        return i.report().problems().stream().filter(p -> p.messageKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("expected " + key + " in " + i.report().lines(Locale.ENGLISH)));
    }

    @Test
    void everyProblemIsReportedWithFileAndLine() throws IOException {
        String manifest = Files.readString(VALID.resolve("package.yaml"))
                .replace("en: \"Safe passwords\"", "de: \"Sichere Passwörter\"")
                .replace("code: T2.1", "code: Z9.9")
                .replace("targetGroups: [testers]", "targetGroups: [testers, astronauts]");
        Inspection i = variant("package.yaml", manifest,
                "lessons/mat-khau-manh.en.md", "# Strong\n\n![](media/man-hinh.png)\n\n[more](media/gone.pdf)\n\n<script>alert(1)</script>\n",
                "media/run.exe", "MZ");
        assertFalse(i.accepted());
        assertEquals(6, problem(i, "yaml.missing-translation").line());
        assertEquals("package.yaml", problem(i, "content.native.unknown-competency").file());
        assertEquals(10, problem(i, "content.native.unknown-group").line());
        assertEquals(3, problem(i, "content.lesson.missing-alt").line());
        assertEquals(5, problem(i, "content.lesson.broken-link").line());
        assertEquals(7, problem(i, "content.lesson.unsafe-html").line());
        assertEquals("media/run.exe", problem(i, "content.native.unexpected-file").file());
        assertTrue(Zips.emptyOrGone(i.files() == null ? tmp.resolve("none") : i.files().root()));
    }

    @Test
    void catalogTextsMayCarryUndeclaredLanguagesButLessonTextsMayNot() throws IOException {
        String manifest = Files.readString(VALID.resolve("package.yaml")).replace("languages: [vi, en]", "languages: [vi]");
        String quiz = Files.readString(VALID.resolve("quiz/mat-khau-manh.yaml"));
        String lesson = Files.readString(VALID.resolve("lessons/mat-khau-manh.vi.md")).replaceAll("(?m)^Xem thêm.*$", "");
        Inspection viOnly = variant("package.yaml", manifest, "lessons/mat-khau-manh.en.md", null,
                "lessons/mat-khau-manh.vi.md", lesson,
                "quiz/mat-khau-manh.yaml", quiz.replaceAll(", en: \"[^\"]*\"", ""));
        assertTrue(viOnly.accepted(), () -> viOnly.report().lines(Locale.ENGLISH).toString());
        assertEquals("Safe passwords", viOnly.description().title().get("en"));
        assertEquals("Strong passwords", viOnly.description().lessons().get(0).title().get("en"));

        Inspection quizInEnglish = variant("package.yaml", manifest.replace("en: \"Safe passwords\"", "e_n: \"x\""),
                "quiz/mat-khau-manh.yaml", quiz);
        assertFalse(quizInEnglish.accepted());
        assertEquals(6, problem(quizInEnglish, "content.native.bad-language").line());
        assertEquals("quiz/mat-khau-manh.yaml", problem(quizInEnglish, "yaml.undeclared-language").file());
    }

    @Test
    void quizItemsAreChecked() throws IOException {
        Inspection i = variant("quiz/mat-khau-manh.yaml", """
                items:
                  - id: a
                    type: single-choice
                    competency: T2.1
                    difficulty: impossible
                    prompt: {vi: "?", en: "?"}
                    choices: [{id: x, text: {vi: "x", en: "x"}}, {id: y, text: {vi: "y", en: "y"}}]
                    answer: z
                    feedback: {vi: "!"}
                  - id: b
                    type: essay
                    competency: T2.1
                    difficulty: easy
                    prompt: {vi: "?", en: "?"}
                    feedback: {vi: "!", en: "!"}
                """);
        assertEquals(5, problem(i, "content.quiz.bad-difficulty").line());
        assertEquals(8, problem(i, "content.quiz.answer-not-a-choice").line());
        assertEquals(9, problem(i, "yaml.missing-translation").line());
        assertEquals(11, problem(i, "content.quiz.bad-type").line());
    }

    @Test
    void aNewerFormatIsRefusedByItsVersion() throws IOException {
        Inspection i = variant("package.yaml", Files.readString(VALID.resolve("package.yaml")).replace("format: 1", "format: 2"));
        assertEquals(2, problem(i, "content.native.format-unsupported").line());
    }

    @Test
    void mediaWithoutCaptionsOrOverBudgetIsReported() throws IOException {
        Inspection i = variant("lessons/mat-khau-manh.vi.md", "# Video\n\n![Hướng dẫn](media/clip.mp4)\n",
                "media/clip.mp4", incompressible(9 * 1024 * 1024));
        assertEquals(3, problem(i, "content.lesson.missing-captions").line());
        assertEquals("media/clip.mp4", problem(i, "content.media.over-budget").file());
    }

    private static String incompressible(int length) {
        java.util.Random random = new java.util.Random(7);
        StringBuilder out = new StringBuilder(length);
        for (int n = 0; n < length; n++) {
            out.append((char) (33 + random.nextInt(90)));
        }
        return out.toString();
    }

    @Test
    void renderedLessonsKeepNothingOutsideTheAllowList() {
        String page = LessonRenderer.page("T", "vi", "Hi <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">x</a>\n\n<script>alert(2)</script>\n");
        assertFalse(page.contains("onerror"), page);
        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("javascript:"), page);
        assertTrue(ActiveContent.isSafeHtml("<b>bold</b> <img src=\"media/a.png\" alt=\"a\">"));
        assertFalse(ActiveContent.isSafeHtml("<iframe src=\"https://evil.example\"></iframe>"));
    }
}
