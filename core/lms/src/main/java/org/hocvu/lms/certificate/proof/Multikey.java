package org.hocvu.lms.certificate.proof;

import java.util.Arrays;

/**
 * An Ed25519 public key as a Multikey {@code publicKeyMultibase} (Controlled Identifiers 1.0, 2.2.2):
 * base58btc of the multicodec header {@code 0xed 0x01} followed by the 32 raw key bytes, so it always
 * reads {@code z6Mk…}.
 */
public final class Multikey {
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};

    private Multikey() {
    }

    public static String encode(byte[] publicKey) {
        if (publicKey.length != Ed25519.KEY_BYTES) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        }
        return Base58.multibase(Base58.concat(ED25519_PUB, publicKey));
    }

    /** @throws IllegalArgumentException when it is not an Ed25519 Multikey */
    public static byte[] decode(String publicKeyMultibase) {
        byte[] bytes = Base58.fromMultibase(publicKeyMultibase);
        if (bytes.length != ED25519_PUB.length + Ed25519.KEY_BYTES || bytes[0] != ED25519_PUB[0] || bytes[1] != ED25519_PUB[1]) {
            throw new IllegalArgumentException("not an Ed25519 Multikey (z6Mk…, 34 bytes with header 0xed01)");
        }
        return Arrays.copyOfRange(bytes, ED25519_PUB.length, bytes.length);
    }
}
