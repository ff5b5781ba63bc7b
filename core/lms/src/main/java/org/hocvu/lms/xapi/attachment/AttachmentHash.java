package org.hocvu.lms.xapi.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-2 of attachment data, in the variant its declared hex length names (Data 2.4.11). */
public final class AttachmentHash {
    private AttachmentHash() {
    }

    /** Whether {@code data} hashes to {@code sha2} (SHA-224, -256, -384 or -512 by length). */
    public static boolean matches(String sha2, byte[] data) {
        String algorithm = switch (sha2 == null ? 0 : sha2.length()) {
            case 56 -> "SHA-224";
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data)).equalsIgnoreCase(sha2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
