package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hocvu.lms.xapi.feed.LearningStatement;
import org.hocvu.lms.xapi.feed.XapiStatementConsumer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Campaign progress from the statement feed: keeps the statements that prove something (evidence),
 * recomputes the indicators of every learner a batch touched and moves the daily counts by the
 * difference. Everything here is a function of the evidence and the roster, so replaying the feed
 * from statement zero ({@link CampaignRebuild}) lands on the same figures.
 */
@ApplicationScoped
public class ProgressFeed implements XapiStatementConsumer {
    static final String NAME = "campaign-progress";
    /** Days are the campaign's days: Vietnam's. */
    static final ZoneId CAMPAIGN_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    EntityManager em;
    @Inject
    IndicatorCatalog catalog;
    @Inject
    Roster roster;
    @Inject
    Tally tally;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void accept(List<LearningStatement> statements) {
        roster.serialiseWriters();
        Set<UUID> touched = new TreeSet<>();
        for (LearningStatement s : statements) {
            if (s.voiding()) {
                List<?> learners = em.createNativeQuery(
                                "DELETE FROM campaign_evidence WHERE statement_id = ?1 RETURNING learner_id")
                        .setParameter(1, s.voidedTarget()).getResultList();
                learners.forEach(l -> touched.add((UUID) l));
                continue;
            }
            catalog.factOf(s).ifPresent(fact -> {
                em.createNativeQuery("""
                                INSERT INTO campaign_evidence (statement_id, learner_id, fact, happened_on)
                                VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                        .setParameter(1, s.id()).setParameter(2, s.learner()).setParameter(3, fact)
                        .setParameter(4, day(s.timestamp() != null ? s.timestamp() : s.stored())).executeUpdate();
                touched.add(s.learner());
            });
        }
        Tally.Changes changes = new Tally.Changes();
        touched.forEach(learner -> recompute(learner, changes));
        tally.apply(changes);
    }

    /** Brings one learner's indicators in line with their evidence; the counts follow the difference. */
    void recompute(UUID learner, Tally.Changes changes) {
        Roster.Member member = roster.lock(learner);
        Map<String, LocalDate> facts = new HashMap<>();
        for (Object r : em.createNativeQuery("""
                        SELECT fact, min(happened_on) FROM campaign_evidence WHERE learner_id = ?1 GROUP BY fact""")
                .setParameter(1, learner).getResultList()) {
            Object[] row = (Object[]) r;
            facts.put((String) row[0], Roster.toDate(row[1]));
        }
        Map<String, LocalDate> now = catalog.achievements(facts);
        Map<String, LocalDate> before = roster.achieved(learner);
        if (now.equals(before)) {
            return;
        }
        Set<String> keys = new TreeSet<>(now.keySet());
        keys.addAll(before.keySet());
        for (String key : keys) {
            LocalDate was = before.get(key);
            LocalDate is = now.get(key);
            if (Objects.equals(was, is) || !member.groups().contains(Roster.groupOf(key))) {
                continue;
            }
            changes.add(member.place(), Roster.groupOf(key), Roster.indicatorOf(key), was, -1);
            changes.add(member.place(), Roster.groupOf(key), Roster.indicatorOf(key), is, +1);
        }
        em.createNativeQuery("DELETE FROM campaign_learner_indicator WHERE learner_id = ?1")
                .setParameter(1, learner).executeUpdate();
        now.forEach((key, day) -> em.createNativeQuery("""
                        INSERT INTO campaign_learner_indicator (learner_id, group_id, indicator_id, achieved_on)
                        VALUES (?1, ?2, ?3, ?4)""")
                .setParameter(1, learner).setParameter(2, Roster.groupOf(key)).setParameter(3, Roster.indicatorOf(key))
                .setParameter(4, day).executeUpdate());
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(CAMPAIGN_ZONE).toLocalDate();
    }
}
