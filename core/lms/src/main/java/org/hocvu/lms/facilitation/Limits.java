package org.hocvu.lms.facilitation;

import org.hocvu.lms.shared.ApiException;

import java.time.Clock;
import java.time.Year;
import java.util.List;

/** The sizes and ranges the facilitation API accepts, checked before the database sees anything. */
final class Limits {
    static final int MAX_NAME = 200;
    static final int MAX_PLACE = 200;
    static final int MAX_NOTES = 2_000;
    static final int MAX_REASON = 2_000;
    static final int MAX_TEAM = 50;
    static final int MAX_GROUPS = 10;
    static final int MAX_ID = 200;
    static final int MAX_BATCH = 500;
    static final int FIRST_BIRTH_YEAR = 1900;

    private Limits() {
    }

    /** A required text, stripped: 400 when missing or longer than {@code max}. */
    static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(field, "facilitation.field.required", field);
        }
        return optional(text, field, max);
    }

    /** An optional text, stripped (null when blank): 400 when longer than {@code max}. */
    static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw ApiException.badRequest(field, "facilitation.field.too-long", field, max);
        }
        return stripped;
    }

    static <T> List<T> list(List<T> items, String field, int max) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > max) {
            throw ApiException.badRequest(field, "facilitation.field.too-many", field, max);
        }
        return items;
    }

    static int birthYear(Integer year, Clock clock) {
        int now = Year.now(clock).getValue();
        if (year == null || year < FIRST_BIRTH_YEAR || year > now) {
            throw ApiException.badRequest("birthYear", "facilitation.birth-year.invalid", FIRST_BIRTH_YEAR, now);
        }
        return year;
    }

    static int birthYear(String text, Clock clock) {
        try {
            return birthYear(Integer.valueOf(text.strip()), clock);
        } catch (NumberFormatException e) {
            return birthYear((Integer) null, clock);
        }
    }
}
