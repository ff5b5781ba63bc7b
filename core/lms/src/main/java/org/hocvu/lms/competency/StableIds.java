package org.hocvu.lms.competency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (RFC 4122 version 5, SHA-1) in HọcVụ's own namespace: the same framework key
 * and code give the same CASE identifier on every machine and every start, so exports are stable
 * and a crosswalk to "vn-tt02-2025 1.1" names the same node the students plugin exports.
 */
public final class StableIds {
    private static final UUID NAMESPACE = UUID.fromString("4f1c2a8e-6b1d-5c3e-9a0b-686f637675aa");

    private StableIds() {
    }

    public static UUID framework(String frameworkKey) {
        return of(frameworkKey);
    }

    public static UUID item(String frameworkKey, String code) {
        return of(frameworkKey + "/" + code);
    }

    /** An identifier derived from another one, e.g. a rubric from its document. */
    public static UUID derived(UUID parent, String part) {
        return of(parent + "/" + part);
    }

    /** An association HọcVụ makes: the same ends and type give the same identifier. */
    public static UUID association(UUID origin, String type, UUID destination) {
        return of(origin + "|" + type + "|" + destination);
    }

    public static UUID of(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(NAMESPACE));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    private static byte[] toBytes(UUID id) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (id.getMostSignificantBits() >>> (8 * (7 - i)));
            bytes[i + 8] = (byte) (id.getLeastSignificantBits() >>> (8 * (7 - i)));
        }
        return bytes;
    }
}
