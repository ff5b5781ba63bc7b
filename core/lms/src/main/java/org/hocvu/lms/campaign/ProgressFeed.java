package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.feed.LearningStatement;
import org.hocvu.lms.xapi.feed.XapiStatementConsumer;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.sql.Connection;
import java.sql.SQLException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
    Sql sql;
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

    /**
     * A batch in a handful of set-based statements (the evidence, then every touched learner at once)
     * rather than several per statement and per learner: the rollup must keep up with thousands of
     * statements a second. Voiding statements split the batch, so that evidence and its voiding are
     * applied in the feed's order whatever the batch boundaries are (a rebuild batches differently).
     */
    @Override
    public void accept(List<LearningStatement> statements) {
        roster.serialiseWriters();
        Set<UUID> touched = new TreeSet<>();
        sql.transaction(c -> {
            List<Evidence> run = new ArrayList<>();
            for (LearningStatement s : statements) {
                if (s.voiding()) {
                    insertEvidence(c, run, touched);
                    run.clear();
                    touched.addAll(Sql.query(c, "DELETE FROM campaign_evidence WHERE statement_id = ? RETURNING learner_id",
                            ps -> ps.setObject(1, s.voidedTarget()), rs -> rs.getObject(1, UUID.class)));
                    continue;
                }
                catalog.factOf(s).ifPresent(fact -> run.add(new Evidence(s.id(), s.learner(), fact,
                        day(s.timestamp() != null ? s.timestamp() : s.stored()))));
            }
            insertEvidence(c, run, touched);
            Tally.Changes changes = new Tally.Changes();
            recompute(c, touched, changes);
            tally.apply(c, changes);
            return null;
        });
    }

    private record Evidence(UUID statement, UUID learner, String fact, LocalDate day) {
    }

    private static void insertEvidence(Connection c, List<Evidence> run, Set<UUID> touched) throws SQLException {
        if (run.isEmpty()) {
            return;
        }
        Sql.update(c, """
                INSERT INTO campaign_evidence (statement_id, learner_id, fact, happened_on)
                SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::varchar[], ?::date[]) ON CONFLICT DO NOTHING""", ps -> {
            ps.setArray(1, c.createArrayOf("uuid", run.stream().map(Evidence::statement).toArray()));
            ps.setArray(2, c.createArrayOf("uuid", run.stream().map(Evidence::learner).toArray()));
            ps.setArray(3, c.createArrayOf("varchar", run.stream().map(Evidence::fact).toArray()));
            ps.setArray(4, c.createArrayOf("date", run.stream().map(e -> java.sql.Date.valueOf(e.day())).toArray()));
        });
        run.forEach(e -> touched.add(e.learner()));
    }

    /** Brings the touched learners' indicators in line with their evidence; the counts follow the difference. */
    private void recompute(Connection c, Set<UUID> touched, Tally.Changes changes) throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        java.sql.Array learners = c.createArrayOf("uuid", touched.toArray());
        Map<UUID, Roster.Member> members = roster.lockAll(c, learners);
        Map<UUID, Map<String, LocalDate>> facts = new HashMap<>();
        Sql.query(c, "SELECT learner_id, fact, min(happened_on) FROM campaign_evidence WHERE learner_id = ANY (?) GROUP BY 1, 2",
                ps -> ps.setArray(1, learners), rs -> facts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getDate(3).toLocalDate()));
        Map<UUID, Map<String, LocalDate>> achieved = roster.achievedAll(c, learners);
        List<UUID> changed = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (UUID learner : touched) {
            Map<String, LocalDate> now = catalog.achievements(facts.getOrDefault(learner, Map.of()));
            Map<String, LocalDate> before = achieved.getOrDefault(learner, Map.of());
            if (now.equals(before)) {
                continue;
            }
            Roster.Member member = members.get(learner);
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
            changed.add(learner);
            now.forEach((key, day) -> rows.add(new Object[] {learner, Roster.groupOf(key), Roster.indicatorOf(key), java.sql.Date.valueOf(day)}));
        }
        if (changed.isEmpty()) {
            return;
        }
        Sql.update(c, "DELETE FROM campaign_learner_indicator WHERE learner_id = ANY (?)",
                ps -> ps.setArray(1, c.createArrayOf("uuid", changed.toArray())));
        if (!rows.isEmpty()) {
            Sql.update(c, """
                    INSERT INTO campaign_learner_indicator (learner_id, group_id, indicator_id, achieved_on)
                    SELECT * FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::date[])""", ps -> {
                for (int i = 0; i < 4; i++) {
                    int column = i;
                    ps.setArray(i + 1, c.createArrayOf(new String[] {"uuid", "varchar", "varchar", "date"}[i],
                            rows.stream().map(r -> r[column]).toArray()));
                }
            });
        }
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(CAMPAIGN_ZONE).toLocalDate();
    }
}
