package org.hocvu.lms.scorm;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SCORM's two ways of writing a time span: 1.2's CMITimespan {@code HHHH:MM:SS.SS}, 2004's ISO 8601 {@code P…T…S}. */
final class ScormTime {
    private static final Pattern TIMESPAN = Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2}(?:\\.\\d{1,2})?)");
    private static final Pattern INTERVAL = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d{1,2})?)S)?)?");

    private ScormTime() {
    }

    /** Seconds in a session time the SCO wrote; 0 when it wrote none or nothing readable. */
    static double seconds(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        Matcher m = TIMESPAN.matcher(value.strip());
        if (m.matches()) {
            return Integer.parseInt(m.group(1)) * 3600.0 + Integer.parseInt(m.group(2)) * 60.0 + Double.parseDouble(m.group(3));
        }
        m = INTERVAL.matcher(value.strip());
        if (m.matches() && !value.endsWith("T") && !value.strip().equals("P")) {
            // years and months as 365 and 30 days, as SCORM 2004 conformance tools do
            return part(m, 1) * 365 * 86400 + part(m, 2) * 30 * 86400 + part(m, 3) * 86400 + part(m, 4) * 3600
                    + part(m, 5) * 60 + part(m, 6);
        }
        return 0;
    }

    static Duration duration(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** 1.2's total time, {@code HHHH:MM:SS.SS}. */
    static String timespan(double seconds) {
        long centis = Math.round(seconds * 100);
        return String.format(Locale.ROOT, "%04d:%02d:%02d.%02d", centis / 360000, centis / 6000 % 60, centis / 100 % 60, centis % 100);
    }

    /** 2004's total time, {@code PT#H#M#.##S}. */
    static String interval(double seconds) {
        long centis = Math.round(seconds * 100);
        return String.format(Locale.ROOT, "PT%dH%dM%d.%02dS", centis / 360000, centis / 6000 % 60, centis / 100 % 60, centis % 100);
    }

    private static double part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Double.parseDouble(m.group(group));
    }
}
