package org.hocvu.lms.certificate.key;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Keeps the private signing key unreadable in the database: AES-256-GCM under a key derived from the
 * deployment's passphrase ({@code hocvu.certificates.key-passphrase}), a fresh 12-byte nonce each time,
 * the key id as associated data (a sealed key copied to another row does not open).
 */
final class KeySealing {
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    KeySealing(String passphrase) {
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256").digest(
                    ("hocvu-certificate-key:" + passphrase).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] seal(String keyId, byte[] secret) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keyId, nonce, secret);
        byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE, sealed.length);
        return out;
    }

    /** @throws IllegalStateException when the passphrase is not the one it was sealed with */
    byte[] open(String keyId, byte[] sealed) {
        return cipher(Cipher.DECRYPT_MODE, keyId, Arrays.copyOf(sealed, NONCE), Arrays.copyOfRange(sealed, NONCE, sealed.length));
    }

    private byte[] cipher(int mode, String keyId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the certificate signing key does not open with this deployment's "
                    + "hocvu.certificates.key-passphrase (was it changed?)", e);
        }
    }
}
