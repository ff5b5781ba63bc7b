package org.hocvu.lms.content.nativeformat;

import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.PackageDescription.Lesson;
import org.hocvu.lms.content.check.ActiveContent;
import org.hocvu.lms.content.check.KnownFrameworks;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.zip.Unpacked;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a native package as a whole — manifest, every lesson in every language, quizzes, and
 * every file against the media policy — and, once it is clean, renders each lesson to the page
 * HọcVụ serves. The report lists every problem with file and line.
 */
public final class NativeValidator {
    private NativeValidator() {
    }

    /** The package's description when the manifest could be read (the report may still hold problems). */
    public static Optional<PackageDescription> validate(Unpacked files, KnownFrameworks frameworks, Report report) throws IOException {
        ManifestReader.Manifest manifest = ManifestReader.read(files.root(), frameworks, report);
        if (manifest == null) {
            return Optional.empty();
        }
        PackageDescription description = manifest.description();
        List<String> languages = description.languages();
        Set<String> expected = new HashSet<>(Set.of(ManifestReader.MANIFEST));
        for (Lesson lesson : description.lessons()) {
            if (lesson.id() == null) {
                continue;
            }
            for (String language : languages) {
                String source = LessonFiles.source(lesson.id(), language);
                expected.add(source);
                if (!files.has(source)) {
                    report.add(source, "content.native.missing-lesson-file", lesson.id(), language);
                    continue;
                }
                String markdown = utf8(files, source, report);
                if (markdown != null) {
                    LessonChecker.check(source, language, markdown, files, report);
                }
            }
            if (manifest.lessonsWithQuiz().contains(lesson.id())) {
                String quiz = LessonFiles.quiz(lesson.id());
                expected.add(quiz);
                if (!files.has(quiz)) {
                    report.add(quiz, "content.native.missing-quiz", lesson.id());
                } else {
                    QuizReader.check(files.root(), quiz, languages, description.targetGroups(), frameworks, report);
                }
            }
        }
        for (Unpacked.Entry file : files.files().values()) {
            if (!expected.contains(file.path())) {
                checkMedia(files, file, report);
            }
        }
        return Optional.of(description);
    }

    private static void checkMedia(Unpacked files, Unpacked.Entry file, Report report) throws IOException {
        Optional<MediaPolicy.Kind> kind = MediaPolicy.kindOf(file.path());
        if (!file.path().startsWith("media/") || kind.isEmpty()) {
            report.add(file.path(), "content.native.unexpected-file");
            return;
        }
        long budget = MediaPolicy.budget(kind.get());
        if (file.size() > budget) {
            report.add(file.path(), "content.media.over-budget", file.size() / MediaPolicy.KB, budget / MediaPolicy.KB);
        }
        if (file.path().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            String svg = utf8(files, file.path(), report);
            if (svg != null) {
                ActiveContent.svgProblem(svg).ifPresent(key -> report.add(file.path(), key));
            }
        }
    }

    /** Renders every lesson in every language into the package's files (call when the report is clean). */
    public static void render(PackageDescription description, Unpacked files) throws IOException {
        for (Lesson lesson : description.lessons()) {
            for (String language : description.languages()) {
                String markdown = Files.readString(files.file(LessonFiles.source(lesson.id(), language)), StandardCharsets.UTF_8);
                String page = LessonRenderer.page(lesson.title().get(language), language, markdown);
                files.write(LessonFiles.rendered(lesson.id(), language), page.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String utf8(Unpacked files, String path, Report report) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(files.file(path)))).toString();
        } catch (CharacterCodingException e) {
            report.add(path, "content.native.not-utf8");
            return null;
        }
    }
}
