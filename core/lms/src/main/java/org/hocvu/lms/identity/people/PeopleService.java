package org.hocvu.lms.identity.people;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The people an admin looks after: searched and paged in Keycloak, shown with their HọcVụ profile,
 * their realm roles changed in Keycloak through its admin API.
 */
@ApplicationScoped
public class PeopleService {
    /**
     * The roles an admin gives or takes away. Everyone is a learner through the realm's default
     * roles, so "learner" is not among them: taking it away directly would change nothing.
     */
    public static final List<String> GRANTABLE = Roles.ALL.stream().filter(r -> !r.equals(Roles.LEARNER)).toList();
    static final int MAX_QUERY = 100;

    @Inject
    KeycloakAdmin keycloak;
    @Inject
    IdentityService identities;

    /** People whose username, name or e-mail contains {@code query} (everyone when it is blank), a page at a time. */
    public Page<PersonView> search(String query, PageRequest page) {
        if (query != null && query.length() > MAX_QUERY) {
            throw ApiException.badRequest("q", "people.search.query-too-long", MAX_QUERY);
        }
        List<KeycloakAdmin.User> users = keycloak.users(query, page.offset(), page.size());
        long total = keycloak.count(query);
        Map<String, LearnerView> profiles = identities.profiles(users.stream().map(KeycloakAdmin.User::id).toList());
        return Page.of(users.stream().map(u -> view(u, profiles.get(u.id()))).toList(), page, total);
    }

    public PersonView get(String id) {
        KeycloakAdmin.User user = require(id);
        return view(user, identities.profiles(List.of(id)).get(id));
    }

    /**
     * Gives and takes away realm roles so that the person holds exactly {@code change.roles()} of the
     * grantable ones. An admin cannot take the admin role from themselves: someone must remain to give it back.
     */
    public PersonView changeRoles(String id, RoleChange change, SecurityIdentity caller) {
        KeycloakAdmin.User user = require(id);
        Set<String> wanted = change == null || change.roles() == null ? Set.of() : new TreeSet<>(change.roles());
        for (String role : wanted) {
            if (!GRANTABLE.contains(role)) {
                throw ApiException.badRequest("roles", "people.role.unknown", role, String.join(", ", GRANTABLE));
            }
        }
        if (id.equals(IdentityService.subject(caller)) && !wanted.contains(Roles.ADMIN)) {
            throw ApiException.badRequest("roles", "people.role.own-admin");
        }
        List<String> held = keycloak.effectiveRoles(id).stream().map(KeycloakAdmin.Role::name).toList();
        List<KeycloakAdmin.Role> add = wanted.stream().filter(r -> !held.contains(r)).map(keycloak::role).toList();
        List<KeycloakAdmin.Role> remove = GRANTABLE.stream().filter(held::contains).filter(r -> !wanted.contains(r))
                .map(keycloak::role).toList();
        if (!add.isEmpty()) {
            keycloak.addRoles(id, add);
        }
        if (!remove.isEmpty()) {
            keycloak.removeRoles(id, remove);
        }
        return view(user, identities.profiles(List.of(id)).get(id));
    }

    private KeycloakAdmin.User require(String id) {
        if (id == null || id.length() > 64) {
            throw ApiException.notFound("people.not-found", id);
        }
        return keycloak.user(id).orElseThrow(() -> ApiException.notFound("people.not-found", id));
    }

    private PersonView view(KeycloakAdmin.User user, LearnerView profile) {
        List<String> held = keycloak.effectiveRoles(user.id()).stream().map(KeycloakAdmin.Role::name)
                .filter(Roles.ALL::contains).sorted((a, b) -> Roles.ALL.indexOf(a) - Roles.ALL.indexOf(b)).toList();
        String name = profile != null ? profile.displayName() : IdentityService.familyNameFirst(user.lastName(), user.firstName());
        return new PersonView(user.id(), user.username(), name == null ? user.username() : name, user.email(), user.enabled(),
                held, profile == null ? null : profile.unit(), profile == null ? Set.of() : profile.targetGroups(), profile != null);
    }
}
