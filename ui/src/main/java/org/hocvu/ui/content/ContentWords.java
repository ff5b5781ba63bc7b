package org.hocvu.ui.content;

import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.nativeformat.LessonFiles;
import org.hocvu.lms.content.review.ReviewStep;
import org.hocvu.lms.content.review.VersionView;
import org.hocvu.ui.i18n.Texts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the content pages put a package version into words for one reader: the title in their
 * language when the package ships it, status and review steps as page texts, times in Vietnam's
 * time zone (where the campaign runs, whatever the server's zone is).
 */
final class ContentWords {
    static final ZoneId CAMPAIGN_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The review steps the engine records; each has a page text {@code content_action_<step>}. */
    static final List<String> ACTIONS = List.of("uploaded", "submitted", "approved", "rejected", "superseded");

    private final Locale locale;
    private final DateTimeFormatter times;

    ContentWords(Locale locale) {
        this.locale = locale;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(CAMPAIGN_ZONE);
    }

    /** The text in the reader's language, else the package's first language, else any. */
    String inLanguage(Map<String, String> texts, List<String> packageLanguages) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String wanted = texts.get(locale.getLanguage());
        if (wanted != null) {
            return wanted;
        }
        String first = packageLanguages.isEmpty() ? null : texts.get(packageLanguages.get(0));
        return first != null ? first : texts.values().iterator().next();
    }

    String title(PackageDescription d) {
        String title = inLanguage(d.title(), d.languages());
        return title.isBlank() ? d.id() : title;
    }

    String status(String status) {
        return Texts.get(locale, "content_status_" + status);
    }

    String when(Instant at) {
        return at == null ? "" : times.format(at);
    }

    VersionRow row(VersionView v, String basePath) {
        return new VersionRow(v.packageId(), v.version(), title(v.description()), v.kind(), v.status(), status(v.status()),
                when(v.uploadedAt()), basePath + "/" + v.packageId() + "/" + v.version());
    }

    List<HistoryLine> history(VersionView v) {
        return v.history().stream().map(this::historyLine).toList();
    }

    private HistoryLine historyLine(ReviewStep.View step) {
        String action = ACTIONS.contains(step.action()) ? Texts.get(locale, "content_action_" + step.action()) : step.action();
        return new HistoryLine(action, step.actor(), when(step.at()), step.comment());
    }

    /**
     * The lessons as learners open them. A native lesson is the page the engine rendered, in the
     * reader's language when the package has it; a cmi5 AU is its launch URL, relative to the
     * version's files unless it is absolute.
     */
    List<LessonPreview> lessons(VersionView v) {
        PackageDescription d = v.description();
        boolean nativeKind = "native".equals(v.kind());
        String language = d.languages().contains(locale.getLanguage()) ? locale.getLanguage()
                : d.languages().isEmpty() ? null : d.languages().get(0);
        return d.lessons().stream().map(lesson -> {
            String launch = nativeKind && language != null && lesson.id() != null
                    ? LessonFiles.rendered(lesson.id(), language) : lesson.launch();
            String href = launch == null ? null
                    : launch.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") ? launch : v.contentBase() + launch;
            return new LessonPreview(inLanguage(lesson.title(), d.languages()), launch, href, nativeKind,
                    lesson.minutes());
        }).toList();
    }
}
