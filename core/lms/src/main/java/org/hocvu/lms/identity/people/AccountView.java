package org.hocvu.lms.identity.people;

import java.util.Set;

/**
 * A Keycloak account as bulk enrolment needs it, whether or not the person ever signed in:
 * the account's id (the token's subject), username, e-mail, name (family name first) and the
 * {@code unit} and {@code target_groups} attributes the realm gives them.
 */
public record AccountView(String id, String username, String email, String name, String unitCode,
                          Set<String> targetGroups) {
}
