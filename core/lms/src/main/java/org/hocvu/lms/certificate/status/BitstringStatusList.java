package org.hocvu.lms.certificate.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List (v1.0, 1 bit per credential, purpose revocation): index 0 is the
 * left-most bit (the high bit of the first byte); the list has at least 131,072 entries (16 KB) so a
 * revoked credential hides in the crowd; {@code encodedList} is Multibase base64url without padding
 * (prefix {@code u}) of the GZIP-compressed bits.
 */
public final class BitstringStatusList {
    public static final int SIZE = 131_072;
    /** A decoded list larger than this is refused (a hostile list must not fill memory). */
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private final byte[] bits;

    private BitstringStatusList(byte[] bits) {
        this.bits = bits;
    }

    public static BitstringStatusList empty() {
        return new BitstringStatusList(new byte[SIZE / 8]);
    }

    public void set(long index) {
        check(index);
        bits[(int) (index / 8)] |= (byte) (0x80 >>> (index % 8));
    }

    public boolean get(long index) {
        check(index);
        return (bits[(int) (index / 8)] & (0x80 >>> (index % 8))) != 0;
    }

    public int size() {
        return bits.length * 8;
    }

    public String encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** @throws IllegalArgumentException when it is not an encoded list */
    public static BitstringStatusList decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("an encodedList is base64url multibase (it starts with 'u')");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            byte[] bits = in.readNBytes(MAX_BYTES + 1);
            if (bits.length > MAX_BYTES || bits.length == 0) {
                throw new IllegalArgumentException("the status list is empty or too large");
            }
            return new BitstringStatusList(bits);
        } catch (IOException e) {
            throw new IllegalArgumentException("the encodedList is not GZIP-compressed bits", e);
        }
    }

    private void check(long index) {
        if (index < 0 || index >= (long) bits.length * 8) {
            throw new IllegalArgumentException("status index " + index + " is outside the list");
        }
    }
}
