package org.hocvu.lms.identity.people;

import java.util.Set;

/** The realm roles a person should hold, from the ones an admin may give ({@link PeopleService#GRANTABLE}). */
public record RoleChange(Set<String> roles) {
}
