package org.hocvu.lms.xapi;

import java.util.regex.Pattern;

/** The xAPI version this LRS speaks (Communication 3.3). */
public final class XapiVersion {
    public static final String HEADER = "X-Experience-API-Version";
    public static final String CURRENT = "1.0.3";
    /** What a stored statement says when the client gave no version. */
    public static final String STATEMENT_DEFAULT = "1.0.0";
    private static final Pattern ACCEPTED = Pattern.compile("^1\\.0(?:\\.\\d+)?$");

    private XapiVersion() {
    }

    public static boolean accepted(String requested) {
        return requested != null && ACCEPTED.matcher(requested.trim()).matches();
    }
}
