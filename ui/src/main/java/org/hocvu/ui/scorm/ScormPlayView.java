package org.hocvu.ui.scorm;

import org.hocvu.lms.scorm.ScormViews.Entry;
import org.hocvu.lms.scorm.ScormViews.Launch;
import org.hocvu.ui.i18n.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What the player page shows: the package's title, the frame's address on the content origin
 * (the run-time wrapper with the SCO to open and where to send its messages), the table of
 * contents with each status in the reader's language, previous and next.
 */
public record ScormPlayView(String packageId, String title, String currentTitle, String frameSrc, String contentOrigin,
                            List<Line> contents, String previousHref, String nextHref, boolean completed,
                            List<Label> statusLabels) {
    /** A status in the reader's language, for the script that updates the table of contents as the SCO saves. */
    public record Label(String status, String text) {
        /** The status as an attribute name part: "not attempted" is data-label-not-attempted. */
        public String dataName() {
            return status.replace(' ', '-');
        }
    }

    /** A line of the table of contents; {@code href} is null for a cluster, and kept back while the item is disabled. */
    public record Line(String id, String title, int depth, boolean launchable, boolean enabled, boolean current,
                       String href, String status, String statusLabel) {
    }

    static final List<String> STATUSES = List.of("not attempted", "incomplete", "completed", "passed", "failed");

    static ScormPlayView of(Launch launch, Locale locale, String contentOrigin, String appOrigin) {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        STATUSES.forEach(s -> labels.put(s, Texts.get(locale, "scorm_status_" + s.replace(' ', '_'))));
        String current = launch.current();
        String currentTitle = "";
        List<Line> lines = new java.util.ArrayList<>();
        for (Entry e : launch.contents()) {
            boolean isCurrent = e.id().equals(current);
            if (isCurrent) {
                currentTitle = e.title();
            }
            lines.add(new Line(e.id(), e.title(), Math.min(e.depth(), 4), e.launchable(), e.enabled(), isCurrent,
                    e.launchable() ? path(launch.packageId(), e.id()) : null, e.status(), labels.getOrDefault(e.status(), "")));
        }
        String title = launch.title().values().stream().findFirst().orElse(launch.packageId());
        String frame = contentOrigin + "/scorm-run/" + launch.token() + "/__hocvu/rte.html?sco=" + encode(current)
                + "&app=" + encode(appOrigin);
        return new ScormPlayView(launch.packageId(), title, currentTitle, frame, contentOrigin, lines,
                launch.previous() == null ? null : path(launch.packageId(), launch.previous()),
                launch.next() == null ? null : path(launch.packageId(), launch.next()), launch.completed(),
                labels.entrySet().stream().map(e -> new Label(e.getKey(), e.getValue())).toList());
    }

    static String path(String packageId, String sco) {
        return "/play/scorm/" + encode(packageId) + (sco == null ? "" : "?sco=" + encode(sco));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
