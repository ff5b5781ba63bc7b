package org.hocvu.lms.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.campaign.CampaignIndicator;
import org.hocvu.lms.campaign.IndicatorCatalog;
import org.hocvu.lms.campaign.LearnerAchievements;
import org.hocvu.lms.facilitation.FacilitationViews.FacilitatorSummary;
import org.hocvu.lms.facilitation.FacilitationViews.Flag;
import org.hocvu.lms.facilitation.FacilitationViews.HelpedPerson;
import org.hocvu.lms.facilitation.FacilitationViews.Mine;
import org.hocvu.lms.facilitation.FacilitationViews.Missing;
import org.hocvu.lms.facilitation.FacilitationViews.Overview;
import org.hocvu.lms.facilitation.FacilitationViews.SessionView;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.shared.RequestLanguage;
import org.hocvu.lms.shared.data.SqlValues;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The facilitator's own report (sessions, the people helped and what each still lacks for their
 * group's indicators) and the manager's per facilitator, with bursts of verifications flagged:
 * more than {@code hocvu.facilitation.burst-threshold} within a minute.
 */
@ApplicationScoped
public class Reports {
    /** The most sessions and people a report lists (the newest). */
    static final int MAX_LISTED = 500;
    static final Duration BURST_WINDOW = Duration.ofMinutes(1);

    @Inject
    EntityManager em;
    @Inject
    Facilitators facilitators;
    @Inject
    Sessions sessions;
    @Inject
    IdentityService identities;
    @Inject
    IndicatorCatalog indicators;
    @Inject
    LearnerAchievements achievements;
    @Inject
    RequestLanguage language;
    @ConfigProperty(name = "hocvu.facilitation.burst-threshold", defaultValue = "10")
    int burstThreshold;

    @Transactional
    public Mine mine(Facilitator f) {
        List<SessionView> mine = sessions.rows("facilitator_id = ?1", f.id()).stream().limit(MAX_LISTED).map(sessions::view).toList();
        @SuppressWarnings("unchecked")
        List<UUID> helped = em.createNativeQuery("""
                        SELECT learner_id FROM (
                          SELECT learner_id, recorded_at AS at FROM facilitation_attendance WHERE recorded_by = ?1
                          UNION ALL SELECT learner_id, verified_at FROM facilitation_verification WHERE verified_by = ?1
                          UNION ALL SELECT id, consent_at FROM facilitation_registration WHERE facilitator_id = ?1) acts
                        GROUP BY learner_id ORDER BY max(at) DESC LIMIT ?2""")
                .setParameter(1, f.id()).setParameter(2, MAX_LISTED).getResultList();
        Map<UUID, LearnerView> people = identities.learners(helped);
        Map<UUID, Set<String>> achieved = achievements.achieved(helped);
        Locale l = language.locale();
        List<HelpedPerson> persons = helped.stream().filter(people::containsKey).map(id -> {
            LearnerView p = people.get(id);
            List<Missing> missing = new ArrayList<>();
            for (String group : p.targetGroups()) {
                for (CampaignIndicator i : indicators.ofGroup(group)) {
                    if (!achieved.getOrDefault(id, Set.of()).contains(i.key())) {
                        missing.add(new Missing(i.key(), indicators.indicatorName(group, i.id(), l)));
                    }
                }
            }
            return new HelpedPerson(id, p.displayName(), p.unit() == null ? null : p.unit().code(),
                    List.copyOf(p.targetGroups()), missing);
        }).toList();
        return new Mine(mine, persons);
    }

    @Transactional
    public Overview overview(Facilitator f, String unit) {
        String unitCode = unit == null || unit.isBlank() ? f.unitCode() : unit;
        String prefix = (unit == null || unit.isBlank() ? f.unitPath() : facilitators.within(f, unit, "unit")) + "%";
        Map<UUID, int[]> counts = new TreeMap<>();
        count(counts, 0, "SELECT facilitator_id, count(*) FROM facilitation_session WHERE unit_path LIKE ?1 GROUP BY facilitator_id", prefix);
        count(counts, 1, """
                SELECT recorded_by, count(DISTINCT learner_id) FROM (
                  SELECT a.recorded_by, a.learner_id FROM facilitation_attendance a
                  JOIN facilitation_session s ON s.id = a.session_id WHERE s.unit_path LIKE ?1
                  UNION ALL SELECT verified_by, learner_id FROM facilitation_verification WHERE unit_path LIKE ?1
                  UNION ALL SELECT facilitator_id, id FROM facilitation_registration WHERE unit_path LIKE ?1) helped
                GROUP BY recorded_by""", prefix);
        count(counts, 2, """
                SELECT verified_by, count(*) FROM facilitation_verification WHERE unit_path LIKE ?1 AND withdrawn_at IS NULL
                GROUP BY verified_by""", prefix);
        Map<UUID, List<Flag>> flags = bursts(prefix);
        Map<UUID, LearnerView> names = identities.learners(counts.keySet());
        List<FacilitatorSummary> summaries = counts.entrySet().stream()
                .map(e -> new FacilitatorSummary(e.getKey(), names.containsKey(e.getKey()) ? names.get(e.getKey()).displayName() : null,
                        e.getValue()[0], e.getValue()[1], e.getValue()[2], flags.getOrDefault(e.getKey(), List.of())))
                .sorted(Comparator.comparing(FacilitatorSummary::skillsVerified).reversed()).toList();
        return new Overview(unitCode, summaries);
    }

    private void count(Map<UUID, int[]> counts, int slot, String sql, String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, prefix).getResultList();
        rows.forEach(r -> counts.computeIfAbsent((UUID) r[0], k -> new int[3])[slot] = ((Number) r[1]).intValue());
    }

    /** Per facilitator, the stretches in which more than the threshold of verifications fell within a minute. */
    Map<UUID, List<Flag>> bursts(String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT verified_by, verified_at FROM facilitation_verification WHERE unit_path LIKE ?1
                        ORDER BY verified_by, verified_at""").setParameter(1, prefix).getResultList();
        Map<UUID, List<Instant>> times = new HashMap<>();
        rows.forEach(r -> times.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(SqlValues.instant(r[1])));
        Map<UUID, List<Flag>> flags = new HashMap<>();
        times.forEach((who, at) -> {
            List<Flag> found = flagged(at, burstThreshold);
            if (!found.isEmpty()) {
                flags.put(who, found);
            }
        });
        return flags;
    }

    /** Windows of one minute holding more than {@code threshold} of the sorted times, overlapping ones joined. */
    static List<Flag> flagged(List<Instant> sorted, int threshold) {
        List<Flag> flags = new ArrayList<>();
        int start = 0;
        int flagStart = -1;
        for (int end = 0; end < sorted.size(); end++) {
            while (sorted.get(end).minus(BURST_WINDOW).isAfter(sorted.get(start))) {
                start++;
            }
            if (end - start + 1 > threshold) {
                boolean joins = flagStart >= 0 && !sorted.get(start).isAfter(flags.get(flags.size() - 1).to());
                if (joins) {
                    flags.remove(flags.size() - 1);
                } else {
                    flagStart = start;
                }
                flags.add(new Flag(sorted.get(flagStart), sorted.get(end), end - flagStart + 1));
            }
        }
        return flags;
    }
}
