package org.hocvu.lms.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.competency.Framework;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.xapi.feed.LearningStatement;
import org.hocvu.lms.xapi.feed.XapiStatementConsumer;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Extensions;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Derives each learner's competency profile from the statement log: a standard test's passed or
 * failed statement carries per-competency results; a competency reached there at a higher level than
 * before sets the level and when, and every statement showing that level is kept as evidence. The
 * log is read in order, so replaying it from statement zero builds the same profile.
 */
@ApplicationScoped
public class CompetencyProfiles implements XapiStatementConsumer {
    static final String NAME = "assessment-competency-profile";

    @Inject
    Sql sql;
    @Inject
    Activities activities;
    @Inject
    PluginRegistry plugins;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void accept(List<LearningStatement> statements) {
        for (LearningStatement s : statements) {
            if (s.voiding() || s.learner() == null || !(Verb.PASSED.iri().equals(s.verb()) || Verb.FAILED.iri().equals(s.verb()))) {
                continue;
            }
            JsonNode group = s.extensions().get(Extensions.TARGET_GROUP);
            String testId = group == null ? null : group.asText();
            if (testId == null || !plugins.targetGroupIds().contains(testId)
                    || !activities.standardTest(testId, null).id().equals(s.objectId())) {
                continue;
            }
            Framework framework = plugins.plugin(testId).framework();
            JsonNode results = s.raw().path("result").path("extensions").path(Extensions.COMPETENCY_RESULTS);
            for (Iterator<Map.Entry<String, JsonNode>> it = results.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> r = it.next();
                String level = r.getValue().path("level").asText(null);
                if (r.getValue().path("reached").asBoolean(false) && level != null) {
                    framework.level(level).ifPresent(l -> reached(s, testId, r.getKey(), l));
                }
            }
        }
    }

    private void reached(LearningStatement s, String testId, String competency, Framework.Level level) {
        Instant when = s.timestamp() != null ? s.timestamp() : s.stored();
        Optional<Integer> step = sql.one("SELECT step FROM assessment_competency_profile WHERE learner = ? AND test_id = ? AND competency = ?",
                ps -> key(ps, s.learner(), testId, competency), rs -> rs.getInt(1));
        String evidence = "[\"" + s.id() + "\"]";
        if (step.isEmpty() || step.get() < level.step()) {
            sql.update("""
                    INSERT INTO assessment_competency_profile (learner, test_id, competency, level, step, reached_at, evidence)
                    VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                    ON CONFLICT (learner, test_id, competency) DO UPDATE
                    SET level = excluded.level, step = excluded.step, reached_at = excluded.reached_at, evidence = excluded.evidence""", ps -> {
                key(ps, s.learner(), testId, competency);
                ps.setString(4, level.code());
                ps.setInt(5, level.step());
                ps.setTimestamp(6, Timestamp.from(when));
                ps.setString(7, evidence);
            });
        } else if (step.get() == level.step()) {
            sql.update("""
                    UPDATE assessment_competency_profile SET evidence = evidence || CAST(? AS jsonb)
                    WHERE learner = ? AND test_id = ? AND competency = ? AND NOT evidence @> CAST(? AS jsonb)""", ps -> {
                ps.setString(1, evidence);
                ps.setObject(2, s.learner());
                ps.setString(3, testId);
                ps.setString(4, competency);
                ps.setString(5, evidence);
            });
        }
    }

    /** One competency reached: its level, when it was first reached at that level, and the statements that show it. */
    public record Reached(String testId, String competency, String level, Instant reachedAt, List<UUID> evidence) {
    }

    public List<Reached> of(UUID learner) {
        return sql.query("""
                SELECT test_id, competency, level, reached_at, evidence FROM assessment_competency_profile
                WHERE learner = ? ORDER BY test_id, competency""", ps -> ps.setObject(1, learner), rs -> new Reached(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                evidenceIds(rs.getString(5))));
    }

    /** Forgets every profile; the feed then delivers the log again from statement zero ({@code StatementFeed.replay}). */
    void clear() {
        sql.update("DELETE FROM assessment_competency_profile", Sql.Params.NONE);
    }

    private static List<UUID> evidenceIds(String json) {
        return java.util.Arrays.stream(json.replaceAll("[\\[\\]\" ]", "").split(",")).filter(x -> !x.isEmpty())
                .map(UUID::fromString).toList();
    }

    private static void key(java.sql.PreparedStatement ps, UUID learner, String testId, String competency) throws java.sql.SQLException {
        ps.setObject(1, learner);
        ps.setString(2, testId);
        ps.setString(3, competency);
    }
}
