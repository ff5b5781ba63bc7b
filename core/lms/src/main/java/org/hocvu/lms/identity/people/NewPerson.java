package org.hocvu.lms.identity.people;

import java.util.Set;

/**
 * A person to create in Keycloak (bulk enrolment's new people): a username, an optional e-mail,
 * the family and given names (Vietnamese order: "Nguyễn" and "Thị Lan"), unit code and target groups.
 */
public record NewPerson(String username, String email, String familyName, String givenName, String unitCode,
                        Set<String> targetGroups) {
}
