package org.hocvu.lms.certificate.verify;

import org.hocvu.lms.certificate.proof.Multikey;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Resolves verification methods that carry their key in their name, without any network call:
 * {@code did:key:z6Mk…} (did:key method, Ed25519) and an http(s) URL whose fragment is the Multikey
 * ({@code https://issuer.example/…#z6Mk…}, as 1EdTech's test credentials use). Anything else — no
 * scheme, another DID method, another scheme — is refused with the reason.
 */
public final class OfflineKeys implements KeyResolver {
    @Override
    public Resolved resolve(String verificationMethod) {
        if (verificationMethod == null || verificationMethod.isBlank()) {
            return Resolved.refused("the proof names no verificationMethod");
        }
        URI uri;
        try {
            uri = new URI(verificationMethod);
        } catch (URISyntaxException e) {
            return Resolved.refused("the verificationMethod is not a URI");
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            return Resolved.refused("the verificationMethod has no URI scheme");
        }
        try {
            if (scheme.equals("did")) {
                String rest = uri.getSchemeSpecificPart();
                if (!rest.startsWith("key:")) {
                    return Resolved.refused("the verificationMethod uses a DID method this verifier does not resolve: " + rest.split(":")[0]);
                }
                return Resolved.of(Multikey.decode(rest.substring("key:".length())));
            }
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getFragment() != null) {
                return Resolved.of(Multikey.decode(uri.getFragment()));
            }
        } catch (IllegalArgumentException e) {
            return Resolved.refused("the verificationMethod's key is not an Ed25519 Multikey: " + e.getMessage());
        }
        return Resolved.refused("the verificationMethod's scheme cannot be resolved offline: " + scheme);
    }
}
