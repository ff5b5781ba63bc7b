package org.hocvu.lms.competency;

import org.hocvu.lms.shared.Messages;

import java.util.Locale;

/**
 * A text in Vietnamese and English. Plugin frameworks carry both; a framework imported from a
 * one-language CASE file carries one, and the other language falls back to it.
 */
public record Text(String vi, String en) {

    public static Text of(String language, String value) {
        return "en".equals(language) ? new Text(null, value) : new Text(value, null);
    }

    public String in(Locale locale) {
        boolean english = Messages.supported(locale).getLanguage().equals("en");
        String wanted = english ? en : vi;
        return wanted != null ? wanted : english ? vi : en;
    }
}
