package org.hocvu.lms.xapi.validation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The string formats of the Data part (section 4): IRIs, UUIDs, ISO 8601 values, language tags. */
public final class Formats {
    // RFC 3987 absolute IRI: a scheme, a colon, then no whitespace, controls or characters IRIs exclude
    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:[^\\s<>\"{}|\\\\^`\\x00-\\x1F\\x7F]+$");
    // RFC 4122 text form; the variant nibble is 8, 9, a or b
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(Z|[+-](\\d{2})(?::?(\\d{2}))?)?$");
    private static final String NUM = "\\d+(?:[.,]\\d+)?";
    private static final Pattern DURATION = Pattern.compile(
            "^P(?:(?:" + NUM + "Y)?(?:" + NUM + "M)?(?:" + NUM + "D)?(?:T(?:" + NUM + "H)?(?:" + NUM + "M)?(?:" + NUM + "S)?)?|" + NUM + "W)$");
    // RFC 5646 language tag (langtag, private use and the irregular grandfathered tags)
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^(?:"
            + "(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4}|[A-Za-z]{5,8})"
            + "(?:-[A-Za-z]{4})?"
            + "(?:-(?:[A-Za-z]{2}|\\d{3}))?"
            + "(?:-(?:[A-Za-z\\d]{5,8}|\\d[A-Za-z\\d]{3}))*"
            + "(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z\\d]{2,8})+)*"
            + "(?:-[Xx](?:-[A-Za-z\\d]{1,8})+)?"
            + "|[Xx](?:-[A-Za-z\\d]{1,8})+"
            + "|en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu"
            + "|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE)$");
    private static final Pattern MAILTO = Pattern.compile("^mailto:[^@\\s]+@[^@\\s]+$");
    private static final Pattern SHA1 = Pattern.compile("^[0-9a-fA-F]{40}$");
    private static final Pattern SHA2 = Pattern.compile("^(?:[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$");
    private static final Pattern MEDIA_TYPE = Pattern.compile("^[\\w!#$&^.+\\-]+/[\\w!#$&^.+\\-]+(?:\\s*;.*)?$");
    private static final Pattern VERSION = Pattern.compile("^1\\.0(?:\\.\\d+)?$");

    private Formats() {
    }

    public static boolean iri(String s) {
        return s != null && IRI.matcher(s).matches();
    }

    public static boolean uuid(String s) {
        return s != null && UUID.matcher(s).matches();
    }

    /** ISO 8601 combined date and time; the "unknown local offset" -00:00 of RFC 3339 is refused. */
    public static boolean timestamp(String s) {
        return instant(s) != null;
    }

    /**
     * The instant a timestamp {@link #timestamp accepted} here denotes, whatever its ISO 8601 form
     * (offset +05, +0500 or +05:00, decimal comma, no seconds, no offset meaning UTC); null when
     * it is not one.
     */
    public static Instant instant(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = TIMESTAMP.matcher(s);
        if (!m.matches()) {
            return null;
        }
        LocalDateTime local;
        try {
            String fraction = m.group(7) == null ? "" : m.group(7);
            int nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
            local = LocalDateTime.of(LocalDate.of(number(m, 1), number(m, 2), number(m, 3)),
                    LocalTime.of(number(m, 4), number(m, 5), number(m, 6), nanos));
        } catch (DateTimeException e) {
            return null;
        }
        String zone = m.group(8);
        if (zone == null || zone.equals("Z")) {
            return local.toInstant(ZoneOffset.UTC);
        }
        int hours = number(m, 9);
        int minutes = number(m, 10);
        if (hours > 23 || minutes > 59 || (zone.startsWith("-") && hours == 0 && minutes == 0)) {
            return null;
        }
        int offsetSeconds = (zone.startsWith("-") ? -1 : 1) * (hours * 3600 + minutes * 60);
        return Instant.ofEpochSecond(local.toEpochSecond(ZoneOffset.UTC) - offsetSeconds, local.getNano());
    }

    private static int number(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }

    public static boolean duration(String s) {
        return s != null && s.length() > 1 && !s.endsWith("T") && DURATION.matcher(s).matches();
    }

    public static boolean languageTag(String s) {
        return s != null && LANGUAGE_TAG.matcher(s).matches();
    }

    public static boolean mailto(String s) {
        return s != null && MAILTO.matcher(s).matches();
    }

    public static boolean sha1(String s) {
        return s != null && SHA1.matcher(s).matches();
    }

    public static boolean sha2(String s) {
        return s != null && SHA2.matcher(s).matches();
    }

    public static boolean mediaType(String s) {
        return s != null && MEDIA_TYPE.matcher(s).matches();
    }

    public static boolean version(String s) {
        return s != null && VERSION.matcher(s).matches();
    }
}
