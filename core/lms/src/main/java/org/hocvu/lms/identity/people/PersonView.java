package org.hocvu.lms.identity.people;

import org.hocvu.lms.unit.UnitView;

import java.util.List;
import java.util.Set;

/**
 * A person as the admin sees them: their Keycloak account (id, username, e-mail, realm roles) and,
 * once they signed in, their HọcVụ profile (name as they gave it, unit with its path, groups).
 *
 * @param name      family name first: the name they gave HọcVụ, else Keycloak's family and given names
 * @param signedIn  they have signed in to HọcVụ at least once (unit and groups are theirs only then)
 */
public record PersonView(String id, String username, String name, String email, boolean enabled, List<String> roles,
                         UnitView unit, Set<String> targetGroups, boolean signedIn) {
}
