package org.hocvu.lms.classroom;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Class codes a teacher writes on the board and a student types on a phone: six characters of an
 * alphabet without look-alikes (no 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B), 24^6 ≈ 191 million codes, so
 * guessing one is hopeless within {@link JoinGuard}'s limit.
 */
final class JoinCodes {
    static final String ALPHABET = "ACEFGHJKMNPRTUVWXY346789";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What was typed, in capitals without spaces or dashes ("xk4 7mp" → "XK47MP"); null when it cannot be a code. */
    static String normalised(String typed) {
        if (typed == null || typed.length() > 3 * LENGTH) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }
}
