package org.hocvu.lms.certificate.proof;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Base58 with the Bitcoin alphabet, the "base58btc" of Multibase (prefix {@code z}): the encoding of
 * Multikey public keys and of eddsa-rdfc-2022 proof values.
 */
final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger RADIX = BigInteger.valueOf(58);

    private Base58() {
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(RADIX);
            out.append(ALPHABET.charAt(qr[1].intValue()));
            value = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append(ALPHABET.charAt(0));
        }
        return out.reverse().toString();
    }

    /** @throws IllegalArgumentException for a character outside the alphabet */
    static byte[] decode(String text) {
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not base58btc: '" + text.charAt(i) + "'");
            }
            value = value.multiply(RADIX).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.toByteArray();
        int signByte = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        if (value.signum() == 0) {
            magnitude = new byte[0];
            signByte = 0;
        }
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == ALPHABET.charAt(0)) {
            zeros++;
        }
        byte[] out = new byte[zeros + magnitude.length - signByte];
        System.arraycopy(magnitude, signByte, out, zeros, magnitude.length - signByte);
        return out;
    }

    /** Multibase base58btc: {@code z} then base58. */
    static String multibase(byte[] bytes) {
        return "z" + encode(bytes);
    }

    /** @throws IllegalArgumentException when it is not a base58btc multibase string */
    static byte[] fromMultibase(String text) {
        if (text == null || text.length() < 2 || text.charAt(0) != 'z') {
            throw new IllegalArgumentException("not a base58btc multibase value (it must start with 'z')");
        }
        return decode(text.substring(1));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
