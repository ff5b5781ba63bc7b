package org.hocvu.lms.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.certificate.status.BitstringStatusList;

import java.util.UUID;

/**
 * The stable public addresses of the deployment as an issuer (on {@code hocvu.base-url}): its profile
 * (also the controller document of its keys), each key, the status lists and the verification page.
 */
@ApplicationScoped
public class IssuerUrls {
    public static final String ISSUER_PATH = "issuer";

    @ConfigProperty(name = "hocvu.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    public String base() {
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public String issuer() {
        return base() + ISSUER_PATH;
    }

    /** A key's verification method id: its own document at this URL. */
    public String key(String keyId) {
        return issuer() + "/keys/" + keyId;
    }

    /** The key id of one of this issuer's verification methods, or null when it is not one. */
    public String keyId(String verificationMethod) {
        String prefix = issuer() + "/keys/";
        if (verificationMethod == null || !verificationMethod.startsWith(prefix)) {
            return null;
        }
        String id = verificationMethod.substring(prefix.length());
        return id.matches("[A-Za-z0-9-]{1,64}") ? id : null;
    }

    /** Status lists are numbered from 1; list n holds indexes (n-1)*SIZE to n*SIZE-1. */
    public static long listOf(long statusIndex) {
        return statusIndex / BitstringStatusList.SIZE + 1;
    }

    public String statusList(long list) {
        return issuer() + "/status/" + list;
    }

    public String verify(UUID certificate) {
        return base() + "verify/" + certificate;
    }
}
