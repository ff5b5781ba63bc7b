package org.hocvu.lms.identity;

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

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The identity context's service: learner profiles, created from the token on first sign-in. */
@ApplicationScoped
public class IdentityService {
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
        return new MeView(p.id, p.username, p.displayName, roles,
                p.unitCode == null ? null : units.withPath(p.unitCode), new TreeSet<>(p.targetGroups));
    }

    private LearnerProfile apply(SecurityIdentity identity, MeUpdate change) {
        LearnerProfile p = current(identity);
        if (change == null) {
            return p;
        }
        if (change.displayName() != null) {
            String name = change.displayName().trim();
            if (name.isEmpty() || name.length() > 255) {
                throw ApiException.badRequest("displayName", "me.display-name.invalid");
            }
            p.displayName = name;
        }
        String previousUnit = p.unitCode;
        Set<String> previousGroups = new TreeSet<>(p.targetGroups);
        if (change.unitCode() != null) {
            if (!units.exists(change.unitCode())) {
                throw ApiException.badRequest("unitCode", "me.unit.unknown", change.unitCode());
            }
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

    private LearnerProfile createFromToken(String subject, SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        String displayName = username;
        String unit = null;
        Set<String> groups = new TreeSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            username = firstNonBlank(jwt.getClaim("preferred_username"), username);
            displayName = firstNonBlank(jwt.getClaim("name"), username);
            String claimedUnit = jwt.getClaim("unit");
            unit = units.exists(claimedUnit) ? claimedUnit : null;
            Object claimedGroups = jwt.getClaim("target_groups");
            if (claimedGroups instanceof Collection<?> list) {
                Set<String> known = plugins.targetGroupIds();
                list.stream().map(g -> g.toString().replace("\"", "")).filter(known::contains).forEach(groups::add);
            }
        }
        // two first requests may race: the unique subject decides, the loser reads the winner's row
        int inserted = em.createNativeQuery("""
                        INSERT INTO learner_profile (id, subject, username, display_name, unit_code)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (subject) DO NOTHING""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, subject).setParameter(3, username)
                .setParameter(4, displayName).setParameter(5, unit)
                .executeUpdate();
        LearnerProfile p = LearnerProfile.findBySubject(subject).orElseThrow();
        if (inserted == 1) {
            p.targetGroups.addAll(groups);
            announce(p, null, Set.of());
        }
        return p;
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

    static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private static String firstNonBlank(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
