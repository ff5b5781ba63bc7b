package org.hocvu.lms.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hocvu.lms.identity.event.LearnerGroupsChanged;
import org.hocvu.lms.identity.event.LearnerUnitChanged;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.event.DomainEvents;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.unit.UnitView;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** The identity context's service: learner profiles, created from the token on first sign-in. */
@ApplicationScoped
public class IdentityService {
    /** The longest name a person may give themselves, as the column holds it. */
    public static final int MAX_NAME = 255;
    /** The subject of a profile registered with help until its person claims an account. */
    public static final String UNCLAIMED = "unclaimed:";
    @Inject
    EntityManager em;
    @Inject
    UnitService units;
    @Inject
    PluginRegistry plugins;
    @Inject
    DomainEvents events;
    @Inject
    Clock clock;

    /** The caller as other contexts and pages see them, created from the token the first time they sign in. */
    @Transactional
    public MeView me(SecurityIdentity identity) {
        return view(current(identity), identity);
    }

    /**
     * The caller's learner id and target groups in one query, for paths that need nothing else; the
     * profile is created from the token, as {@link #me} does, the first time. Read outside any
     * transaction unless the caller has one: a read needs no BEGIN and COMMIT of its own.
     */
    public LearnerIdentity learner(SecurityIdentity identity) {
        List<?> rows = em.createNativeQuery("""
                        SELECT CAST(p.id AS varchar), g.group_id FROM learner_profile p
                        LEFT JOIN learner_target_group g ON g.profile_id = p.id WHERE p.subject = ?1""")
                .setParameter(1, subject(identity)).getResultList();
        if (rows.isEmpty()) {
            LearnerProfile created = QuarkusTransaction.joiningExisting().call(() -> current(identity));
            return new LearnerIdentity(created.id, new TreeSet<>(created.targetGroups));
        }
        Set<String> groups = new TreeSet<>();
        for (Object row : rows) {
            Object group = ((Object[]) row)[1];
            if (group != null) {
                groups.add(group.toString());
            }
        }
        return new LearnerIdentity(UUID.fromString(((Object[]) rows.get(0))[0].toString()), groups);
    }

    /** Validates and applies a change of the caller's own profile; a refused change stores nothing. */
    @Transactional
    public MeView update(SecurityIdentity identity, MeUpdate change) {
        return view(apply(identity, change), identity);
    }

    LearnerProfile current(SecurityIdentity identity) {
        String subject = subject(identity);
        return LearnerProfile.findBySubject(subject).orElseGet(() -> createFromToken(subject, identity));
    }

    private MeView view(LearnerProfile p, SecurityIdentity identity) {
        List<String> roles = Roles.ALL.stream().filter(identity::hasRole).toList();
        String unit = p.unitCode != null ? p.unitCode : staffUnit(identity);
        return new MeView(p.id, p.username, p.displayName, roles,
                unit == null ? null : units.withPath(unit), new TreeSet<>(p.targetGroups));
    }

    /**
     * The unit a manager, facilitator or teacher answers for (the token's unit claim), shown when
     * they have no unit as a learner: a province manager's unit is the province, which is never a
     * learner's unit. Null for everyone else, whose unit is only the one they chose as a learner.
     */
    private String staffUnit(SecurityIdentity identity) {
        boolean staff = identity.hasRole(Roles.UNIT_MANAGER) || identity.hasRole(Roles.FACILITATOR)
                || identity.hasRole(Roles.TEACHER);
        if (!staff || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        String claimed = jwt.getClaim("unit");
        return claimed != null && units.exists(claimed) ? claimed : null;
    }

    private LearnerProfile apply(SecurityIdentity identity, MeUpdate change) {
        LearnerProfile p = current(identity);
        if (change == null) {
            return p;
        }
        if (change.displayName() != null) {
            String name = change.displayName().trim();
            if (name.isEmpty()) {
                throw ApiException.badRequest("displayName", "me.display-name.required");
            }
            if (name.length() > MAX_NAME) {
                throw ApiException.badRequest("displayName", "me.display-name.too-long", MAX_NAME);
            }
            p.displayName = name;
        }
        String previousUnit = p.unitCode;
        Set<String> previousGroups = new TreeSet<>(p.targetGroups);
        // keeping the unit one has is always allowed, even one closed or set before the rules were
        // what they are: otherwise a closed hamlet would stop its people from changing their name
        // a staff member's form sends back the unit they answer for, which is not a learner's unit to set
        if (change.unitCode() != null && !change.unitCode().equals(p.unitCode) && !change.unitCode().equals(staffUnit(identity))) {
            requireUnitToLiveIn(change.unitCode());
            p.unitCode = change.unitCode();
        }
        if (change.targetGroups() != null) {
            Set<String> known = plugins.targetGroupIds();
            for (String group : change.targetGroups()) {
                if (!known.contains(group)) {
                    throw ApiException.badRequest("targetGroups", "me.group.unknown", group, String.join(", ", known));
                }
            }
            p.targetGroups.clear();
            p.targetGroups.addAll(change.targetGroups());
        }
        p.updatedAt = clock.instant();
        announce(p, previousUnit, previousGroups);
        return p;
    }

    /**
     * A learner belongs to a commune, ward or special zone, or a unit added below one: figures are
     * reported where people live, and a whole province says nothing about that.
     */
    private void requireUnitToLiveIn(String code) {
        if (!units.exists(code)) {
            throw ApiException.badRequest("unitCode", "me.unit.unknown", code);
        }
        UnitView unit = units.get(code);
        if (!unit.communeOrBelow()) {
            throw ApiException.badRequest("unitCode", "me.unit.too-high", unit.name());
        }
        if (unit.closed()) {
            throw ApiException.badRequest("unitCode", "me.unit.closed", unit.name());
        }
    }

    private LearnerProfile createFromToken(String subject, SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        String displayName = username;
        String unit = null;
        Set<String> groups = new TreeSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            username = firstNonBlank(jwt.getClaim("preferred_username"), username);
            displayName = firstNonBlank(familyNameFirst(jwt), firstNonBlank(jwt.getClaim("name"), username));
            String claimedUnit = jwt.getClaim("unit");
            unit = units.exists(claimedUnit) && units.get(claimedUnit).communeOrBelow() ? claimedUnit : null;
            Object claimedGroups = jwt.getClaim("target_groups");
            if (claimedGroups instanceof Collection<?> list) {
                Set<String> known = plugins.targetGroupIds();
                list.stream().map(g -> g.toString().replace("\"", "")).filter(known::contains).forEach(groups::add);
            }
        }
        return provisioned(UUID.randomUUID(), subject, username, displayName, unit, groups);
    }

    /**
     * The profile of an identity-provider account that may never have signed in (a person a
     * manager or teacher enrolled, or created in Keycloak for them), made as their first sign-in
     * would make it; an existing profile is returned as it is. Joins the caller's transaction.
     * A unit that is unknown or above a commune, and unknown groups, are left out.
     */
    @Transactional
    public LearnerView provision(String subject, String username, String displayName, String unitCode, Set<String> groups) {
        String unit = units.exists(unitCode) && units.get(unitCode).communeOrBelow() ? unitCode : null;
        Set<String> known = plugins.targetGroupIds();
        Set<String> kept = new TreeSet<>();
        (groups == null ? Set.<String>of() : groups).stream().filter(known::contains).forEach(kept::add);
        LearnerProfile p = provisioned(UUID.randomUUID(), subject, firstNonBlank(username, subject),
                firstNonBlank(displayName, firstNonBlank(username, subject)), unit, kept);
        return learnerView(p);
    }

    private LearnerProfile provisioned(UUID id, String subject, String username, String displayName, String unit, Set<String> groups) {
        // two first requests may race: the unique subject decides, the loser reads the winner's row
        int inserted = em.createNativeQuery("""
                        INSERT INTO learner_profile (id, subject, username, display_name, unit_code)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (subject) DO NOTHING""")
                .setParameter(1, id).setParameter(2, subject).setParameter(3, username)
                .setParameter(4, displayName).setParameter(5, unit)
                .executeUpdate();
        LearnerProfile p = LearnerProfile.findBySubject(subject).orElseThrow();
        if (inserted == 1) {
            p.targetGroups.addAll(groups);
            announce(p, null, Set.of());
        }
        return p;
    }

    /**
     * A person registered with a facilitator's help, who has no account (yet): their profile under
     * the id the facilitator's device made, their name (family name first), year of birth, unit and
     * groups, announced like any new learner's. Sent again, the profile is answered as it is.
     * They may claim an account later ({@link #claim}); until then their subject is {@link #UNCLAIMED} + id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LearnerView registerWithoutAccount(UUID id, String fullName, int birthYear, String unitCode, Set<String> groups) {
        LearnerProfile existing = LearnerProfile.findById(id);
        if (existing != null) {
            return learnerView(existing);
        }
        requireUnitToLiveIn(unitCode);
        Set<String> known = plugins.targetGroupIds();
        for (String group : groups) {
            if (!known.contains(group)) {
                throw ApiException.badRequest("groups", "me.group.unknown", group, String.join(", ", known));
            }
        }
        LearnerProfile p = provisioned(id, UNCLAIMED + id, null, fullName, unitCode, new TreeSet<>(groups));
        em.createNativeQuery("UPDATE learner_profile SET birth_year = ?1 WHERE id = ?2")
                .setParameter(1, birthYear).setParameter(2, id).executeUpdate();
        return learnerView(p);
    }

    /**
     * Links an account just made in the identity provider to the profile of a person registered with
     * help, keeping the learner id (their records stay theirs). False when the profile is already claimed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(UUID learnerId, String subject, String username) {
        return em.createNativeQuery("UPDATE learner_profile SET subject = ?1, username = ?2, updated_at = ?3 WHERE id = ?4 AND subject = ?5")
                .setParameter(1, subject).setParameter(2, username).setParameter(3, clock.instant())
                .setParameter(4, learnerId).setParameter(5, UNCLAIMED + learnerId).executeUpdate() == 1;
    }

    /** Tells other contexts what changed, in this transaction: campaign figures follow units and groups. */
    private void announce(LearnerProfile p, String previousUnit, Set<String> previousGroups) {
        if (p.unitCode != null && !p.unitCode.equals(previousUnit)) {
            events.publish(new LearnerUnitChanged(p.id, previousUnit, p.unitCode));
        }
        if (!p.targetGroups.equals(previousGroups)) {
            events.publish(new LearnerGroupsChanged(p.id, Set.copyOf(previousGroups), Set.copyOf(p.targetGroups)));
        }
    }

    /** The profiles of these identity-provider subjects (Keycloak user ids), for those who have signed in. */
    @Transactional
    public Map<String, LearnerView> profiles(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return LearnerProfile.<LearnerProfile>list("subject in ?1", subjects).stream()
                .collect(Collectors.toMap(p -> p.subject, this::learnerView));
    }

    /** The profiles of these learner ids (every person with a profile), for lists such as a class's students. */
    @Transactional
    public Map<UUID, LearnerView> learners(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return LearnerProfile.<LearnerProfile>list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, this::learnerView));
    }

    private LearnerView learnerView(LearnerProfile p) {
        return new LearnerView(p.id, p.displayName, p.unitCode == null ? null : units.withPath(p.unitCode), new TreeSet<>(p.targetGroups));
    }

    /** The identity provider's id of the caller: the token's subject. */
    public static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /**
     * "Nguyễn Thị Lan": Vietnamese names are written family name first, so the name is made from the
     * token's family and given names rather than its {@code name} claim, which Keycloak writes given
     * name first ("Lan Nguyễn Thị"). Null when the token has neither.
     */
    static String familyNameFirst(JsonWebToken jwt) {
        return familyNameFirst(jwt.getClaim("family_name"), jwt.getClaim("given_name"));
    }

    /** "Nguyễn Thị" and "Lan" → "Nguyễn Thị Lan"; null when both are blank. */
    public static String familyNameFirst(Object familyName, Object givenName) {
        String name = (part(familyName) + " " + part(givenName)).trim();
        return name.isEmpty() ? null : name;
    }

    private static String part(Object claim) {
        return claim == null ? "" : claim.toString().trim();
    }

    private static String firstNonBlank(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
