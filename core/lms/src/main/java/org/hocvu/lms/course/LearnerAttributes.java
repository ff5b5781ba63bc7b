package org.hocvu.lms.course;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The profile attributes a group's eligibility rules ask about (age, occupation, education…), as
 * the identity provider's token states them; an attribute the token lacks is simply absent.
 */
public final class LearnerAttributes {
    private static final int MAX_VALUE = 100;

    private LearnerAttributes() {
    }

    public static Map<String, String> of(SecurityIdentity identity, Set<String> names) {
        Map<String, String> out = new HashMap<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            for (String name : names) {
                Object claim = jwt.getClaim(name);
                if (claim != null) {
                    String value = claim.toString().replace("\"", "").strip();
                    if (!value.isEmpty() && value.length() <= MAX_VALUE) {
                        out.put(name, value);
                    }
                }
            }
        }
        return out;
    }
}
