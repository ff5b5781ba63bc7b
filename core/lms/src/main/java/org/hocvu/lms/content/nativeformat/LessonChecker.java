package org.hocvu.lms.content.nativeformat;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.hocvu.lms.content.check.ActiveContent;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.zip.Unpacked;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one lesson in one language: links lead somewhere in the package (or to the web, never to
 * a script), images have alt text, audio and video have alt text and captions in the lesson's
 * language, media exist under {@code media/} and stay within their budgets, and raw HTML passes
 * the allow-list. Each problem names the lesson file and line.
 */
final class LessonChecker extends AbstractVisitor {
    private final String file;
    private final String language;
    private final Unpacked files;
    private final Report report;
    private final Set<String> media = new LinkedHashSet<>();

    private LessonChecker(String file, String language, Unpacked files, Report report) {
        this.file = file;
        this.language = language;
        this.files = files;
        this.report = report;
    }

    /** Checks the lesson and answers the package files it uses (media and their captions). */
    static Set<String> check(String file, String language, String markdown, Unpacked files, Report report) {
        LessonChecker checker = new LessonChecker(file, language, files, report);
        Markdown.parse(markdown).accept(checker);
        long total = checker.media.stream().filter(files::has).mapToLong(p -> files.files().get(p).size()).sum();
        if (total > MediaPolicy.LESSON_BUDGET) {
            report.add(file, "content.lesson.over-budget", total / MediaPolicy.KB, MediaPolicy.LESSON_BUDGET / MediaPolicy.KB);
        }
        return checker.media;
    }

    @Override
    public void visit(Image image) {
        String target = image.getDestination();
        int line = Markdown.line(image);
        if (!Markdown.isRelative(target)) {
            report.problem(file, line, "content.lesson.remote-media", target);
            return;
        }
        String path = Markdown.path(target);
        Optional<MediaPolicy.Kind> kind = MediaPolicy.kindOf(path);
        if (!path.startsWith("media/") || kind.isEmpty() || kind.get() == MediaPolicy.Kind.CAPTIONS) {
            report.problem(file, line, "content.lesson.not-media", target);
        } else if (!files.has(path)) {
            report.problem(file, line, "content.lesson.missing-media", path);
        } else {
            media.add(path);
        }
        if (altText(image).isBlank()) {
            report.problem(file, line, "content.lesson.missing-alt", path);
        }
        if (kind.isPresent() && (kind.get() == MediaPolicy.Kind.AUDIO || kind.get() == MediaPolicy.Kind.VIDEO)) {
            String captions = MediaPolicy.captionsFor(path, language);
            if (files.has(captions)) {
                media.add(captions);
            } else {
                report.problem(file, line, "content.lesson.missing-captions", path, captions);
            }
        }
    }

    @Override
    public void visit(Link link) {
        String target = link.getDestination().strip();
        int line = Markdown.line(link);
        String scheme = target.toLowerCase(Locale.ROOT);
        if (scheme.startsWith("javascript:") || scheme.startsWith("data:") || scheme.startsWith("vbscript:")) {
            report.problem(file, line, "content.lesson.unsafe-link", target);
        } else if (Markdown.isRelative(target) && !Markdown.path(target).isEmpty() && !files.has(Markdown.path(target))) {
            report.problem(file, line, "content.lesson.broken-link", target);
        }
        visitChildren(link);
    }

    @Override
    public void visit(HtmlBlock html) {
        checkHtml(html.getLiteral(), Markdown.line(html));
    }

    @Override
    public void visit(HtmlInline html) {
        checkHtml(html.getLiteral(), Markdown.line(html));
    }

    private void checkHtml(String html, int line) {
        if (!ActiveContent.isSafeHtml(html)) {
            report.problem(file, line, "content.lesson.unsafe-html", html.strip().lines().findFirst().orElse(""));
        }
    }

    static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        for (Node n = image.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                alt.append(t.getLiteral());
            }
        }
        return alt.toString().strip();
    }
}
