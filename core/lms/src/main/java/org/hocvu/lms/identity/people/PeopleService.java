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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** Keycloak's limit for a username and an e-mail. */
    public static final int MAX_LOGIN = 255;
    /** The realm's user attributes that its tokens carry as the {@code unit} and {@code target_groups} claims. */
    private static final String UNIT = "unit";
    private static final String GROUPS = "target_groups";

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

    /**
     * The account whose username, or e-mail when {@code login} has an '@', is exactly {@code login}
     * (case-insensitive, as Keycloak keeps them); empty when there is none.
     */
    public Optional<AccountView> account(String login) {
        if (login == null || login.isBlank() || login.length() > MAX_LOGIN) {
            return Optional.empty();
        }
        String value = login.strip();
        return keycloak.exactly(value.contains("@") ? "email" : "username", value).map(PeopleService::account);
    }

    /**
     * Creates an enabled account for a new person, with their unit and groups as the realm's
     * attributes (what their first sign-in reads); empty when the username or e-mail is taken.
     * Without a password: they set one through "Quên mật khẩu" (e-mail) or an admin sets it.
     */
    public Optional<AccountView> create(NewPerson person) {
        return create(person, null);
    }

    /**
     * Creates the account with a password the person chose themselves ({@code null}: none), as a
     * person registered with a facilitator's help does when claiming their account.
     */
    public Optional<AccountView> create(NewPerson person, String password) {
        Map<String, Object> user = new LinkedHashMap<>();
        if (password != null) {
            user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        }
        user.put("username", person.username());
        if (person.email() != null) {
            user.put("email", person.email());
        }
        user.put("lastName", person.familyName());
        user.put("firstName", person.givenName());
        user.put("enabled", true);
        user.put("attributes", Map.of(UNIT, List.of(person.unitCode()), GROUPS, List.copyOf(person.targetGroups())));
        return keycloak.create(user).map(id -> new AccountView(id, person.username(), person.email(),
                IdentityService.familyNameFirst(person.familyName(), person.givenName()), person.unitCode(),
                Set.copyOf(person.targetGroups())));
    }

    /** The HọcVụ profile of an account (id, unit, groups), made from the account if they never signed in. */
    public LearnerView learner(AccountView account) {
        return identities.provision(account.id(), account.username(), account.name(), account.unitCode(),
                account.targetGroups());
    }

    private static AccountView account(KeycloakAdmin.User u) {
        List<String> groups = u.attributes() == null ? null : u.attributes().get(GROUPS);
        String name = IdentityService.familyNameFirst(u.lastName(), u.firstName());
        return new AccountView(u.id(), u.username(), u.email(), name == null ? u.username() : name, u.attribute(UNIT),
                groups == null ? Set.of() : Set.copyOf(groups));
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
