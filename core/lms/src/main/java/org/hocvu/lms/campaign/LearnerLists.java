package org.hocvu.lms.campaign;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.plugin.IndicatorKind;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.unit.UnitView;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Names of learners who have not yet reached the two indicators every group has. Individual names
 * are shown only where a manager needs them: to the manager of a commune (or of a unit below one),
 * for their own unit; never to a manager of a district or province, nor to campaign admins, so no
 * export above the commune level can carry them.
 */
@ApplicationScoped
public class LearnerLists {
    /** Longest list shown; the count says how many there are in all. */
    public static final int MAX_NAMES = 500;
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    @Inject
    EntityManager em;
    @Inject
    CampaignScope scope;
    @Inject
    UnitPaths paths;
    @Inject
    IndicatorCatalog catalog;
    @Inject
    IdentityService identities;

    /** True when the caller may see the names of {@code unit}: they manage it or the commune it lies in. */
    public boolean mayList(SecurityIdentity caller, String unit) {
        if (!caller.hasRole(Roles.UNIT_MANAGER) || unit == null || !paths.exists(unit) || !paths.unit(unit).communeOrBelow()) {
            return false;
        }
        Optional<String> home = scope.home(caller);
        return home.isPresent() && paths.unit(home.get()).communeOrBelow() && scope.mayRead(caller, unit);
    }

    /** Per group, who in {@code unit} (blank: the caller's own) has not passed or not completed; 403 unless {@link #mayList}. */
    @Transactional
    public NamesView notYetAchieved(SecurityIdentity caller, String unit, Locale locale) {
        String code = scope.check(caller, unit);
        if (!mayList(caller, code)) {
            throw new ApiException(Response.Status.FORBIDDEN, "campaign.names.commune-only", "unit", code);
        }
        String path = paths.of(code);
        List<NamesView.Group> groups = new ArrayList<>();
        for (String group : catalog.groups()) {
            long members = ((Number) em.createNativeQuery("""
                            SELECT count(*) FROM campaign_learner WHERE unit_path LIKE ?1 AND ?2 = ANY(groups)""")
                    .setParameter(1, RosterFeeds.like(path)).setParameter(2, group).getSingleResult()).longValue();
            if (members == 0) {
                continue;
            }
            Missing notPassed = missing(path, group, IndicatorKind.PASSED_STANDARD_TEST);
            Missing notCompleted = missing(path, group, IndicatorKind.COMPLETED_CURRICULUM);
            groups.add(new NamesView.Group(group, catalog.groupName(group, locale), members,
                    people(notPassed.ids()), notPassed.count(), people(notCompleted.ids()), notCompleted.count()));
        }
        return new NamesView(ProgressService.ref(paths.unit(code)), groups);
    }

    private record Missing(List<UUID> ids, long count) {
    }

    private Missing missing(String path, String group, IndicatorKind kind) {
        Optional<CampaignIndicator> indicator = catalog.ofGroup(group).stream().filter(i -> i.kind() == kind).findFirst();
        String id = indicator.map(CampaignIndicator::id).orElse(kind.dataName());
        String from = """
                FROM campaign_learner l WHERE l.unit_path LIKE ?1 AND ?2 = ANY(l.groups) AND NOT EXISTS (
                SELECT 1 FROM campaign_learner_indicator i WHERE i.learner_id = l.learner_id AND i.group_id = ?2 AND i.indicator_id = ?3)""";
        long count = ((Number) em.createNativeQuery("SELECT count(*) " + from)
                .setParameter(1, RosterFeeds.like(path)).setParameter(2, group).setParameter(3, id).getSingleResult()).longValue();
        List<UUID> ids = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT l.learner_id " + from + " ORDER BY l.learner_id LIMIT ?4")
                .setParameter(1, RosterFeeds.like(path)).setParameter(2, group).setParameter(3, id).setParameter(4, MAX_NAMES)
                .getResultList()) {
            ids.add((UUID) r);
        }
        return new Missing(ids, count);
    }

    private List<NamesView.Person> people(List<UUID> ids) {
        Map<UUID, LearnerView> profiles = identities.learners(ids);
        List<NamesView.Person> people = new ArrayList<>();
        for (UUID id : ids) {
            LearnerView p = profiles.get(id);
            UnitView unit = p == null ? null : p.unit();
            people.add(new NamesView.Person(id, p == null ? null : p.displayName(), unit == null ? null : unit.name()));
        }
        people.sort(Comparator.comparing((NamesView.Person p) -> p.name() == null ? "\uFFFF" : p.name(), VIETNAMESE::compare)
                .thenComparing(NamesView.Person::id));
        return people;
    }
}
