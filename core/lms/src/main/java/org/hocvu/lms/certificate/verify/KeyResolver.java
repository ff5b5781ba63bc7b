package org.hocvu.lms.certificate.verify;

import java.util.Optional;

/** Finds the Ed25519 public key a proof's {@code verificationMethod} names; empty with a reason when it cannot. */
@FunctionalInterface
public interface KeyResolver {
    Resolved resolve(String verificationMethod);

    /** The raw public key, or why there is none. */
    record Resolved(Optional<byte[]> publicKey, String problem) {
        public static Resolved of(byte[] key) {
            return new Resolved(Optional.of(key), null);
        }

        public static Resolved refused(String problem) {
            return new Resolved(Optional.empty(), problem);
        }
    }
}
