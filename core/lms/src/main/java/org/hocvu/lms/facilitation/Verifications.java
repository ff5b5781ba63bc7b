package org.hocvu.lms.facilitation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.facilitation.FacilitationViews.VerificationInput;
import org.hocvu.lms.facilitation.FacilitationViews.VerificationView;
import org.hocvu.lms.facilitation.FacilitationViews.Withdrawal;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.CanonicalJson;
import org.hocvu.lms.shared.data.SqlValues;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Extensions;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Practical skills verified on the spot: each a {@code verified} statement about the plugin's
 * practical skill with the facilitator as instructor, which the campaign's indicators count. A
 * withdrawal voids the statement and keeps the row, with its reason, who and when, for the audit.
 */
@ApplicationScoped
public class Verifications {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    Facilitators facilitators;
    @Inject
    Rosters rosters;
    @Inject
    IdentityService identities;
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    Clock clock;

    @Transactional
    public VerificationView verify(Facilitator f, UUID id, VerificationInput body) {
        VerificationInput in = check(body);
        LearnerView learner = facilitators.learnerWithin(f, in.learnerId());
        String hash = CanonicalJson.sha256(json.valueToTree(in));
        Optional<VerificationView> existing = find(id);
        if (existing.isPresent()) {
            if (!existing.get().verifiedBy().equals(f.id()) || !hash.equals(hashOf(id))) {
                throw ApiException.conflict("facilitation.verification.taken");
            }
            return existing.get();
        }
        Instant now = clock.instant();
        UUID statement = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO facilitation_verification (id, learner_id, plugin_id, skill_id, note, session_id, verified_by,
                        unit_path, verified_at, statement_id, body_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, id).setParameter(2, in.learnerId()).setParameter(3, in.pluginId()).setParameter(4, in.skillId())
                .setParameter(5, in.note()).setParameter(6, in.sessionId()).setParameter(7, f.id())
                .setParameter(8, Facilitators.pathOf(learner.unit())).setParameter(9, now).setParameter(10, statement)
                .setParameter(11, hash).executeUpdate();
        records.record(statement(in.learnerId(), in.pluginId(), in.skillId(), f.id(), learner.unit().code(), statement, now));
        return find(id).orElseThrow();
    }

    @Transactional
    public VerificationView withdraw(Facilitator f, UUID id, String reason) {
        String why = Limits.required(reason, "reason", Limits.MAX_REASON);
        VerificationView v = find(id).orElseThrow(() -> ApiException.notFound("facilitation.verification.not-found"));
        String path = (String) em.createNativeQuery("SELECT unit_path FROM facilitation_verification WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        boolean allowed = v.verifiedBy().equals(f.id()) || (f.manager() && f.covers(path));
        if (!allowed) {
            throw new ApiException(Response.Status.FORBIDDEN, "facilitation.verification.not-yours", null);
        }
        if (v.withdrawal() != null) {
            return v;
        }
        Instant now = clock.instant();
        UUID voiding = records.voidStatement(f.id(), v.statementId(), now);
        em.createNativeQuery("""
                        UPDATE facilitation_verification SET withdrawn_reason = ?2, withdrawn_by = ?3, withdrawn_at = ?4,
                        voiding_statement_id = ?5 WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, why).setParameter(3, f.id()).setParameter(4, now).setParameter(5, voiding)
                .executeUpdate();
        return find(id).orElseThrow();
    }

    /**
     * A merge: {@code from}'s standing verifications become {@code to}'s, each old statement voided
     * and a new one recorded with the same verifier. Returns how many moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int move(UUID from, UUID to, UUID by) {
        List<VerificationView> standing = list("learner_id = ?1 AND withdrawn_at IS NULL", from);
        Instant now = clock.instant();
        String unit = identities.learners(List.of(to)).get(to).unit().code();
        for (VerificationView v : standing) {
            records.voidStatement(by, v.statementId(), now);
            UUID statement = UUID.randomUUID();
            em.createNativeQuery("UPDATE facilitation_verification SET learner_id = ?2, statement_id = ?3 WHERE id = ?1")
                    .setParameter(1, v.id()).setParameter(2, to).setParameter(3, statement).executeUpdate();
            records.record(statement(to, v.pluginId(), v.skillId(), v.verifiedBy(), unit, statement, now));
        }
        return standing.size();
    }

    private LearningEvent statement(UUID learner, String pluginId, String skillId, UUID verifier, String unit, UUID id, Instant at) {
        return LearningEvent.of(learner, Verb.VERIFIED, activities.practicalSkill(pluginId, skillId, null))
                .withInstructor(verifier)
                .withExtensions(Map.of(Extensions.UNIT, unit, Extensions.FACILITATOR, verifier.toString()))
                .withId(id).at(at);
    }

    private VerificationInput check(VerificationInput body) {
        if (body == null) {
            throw ApiException.badRequest(null, "facilitation.body.required");
        }
        if (body.learnerId() == null) {
            throw ApiException.badRequest("learnerId", "facilitation.field.required", "learnerId");
        }
        String plugin = Limits.required(body.pluginId(), "pluginId", Limits.MAX_ID);
        String skill = Limits.required(body.skillId(), "skillId", Limits.MAX_ID);
        if (!rosters.skillExists(plugin, skill)) {
            throw ApiException.badRequest("skillId", "facilitation.skill.unknown", plugin, skill);
        }
        return new VerificationInput(body.learnerId(), plugin, skill, Limits.optional(body.note(), "note", Limits.MAX_NOTES),
                body.sessionId());
    }

    private String hashOf(UUID id) {
        return (String) em.createNativeQuery("SELECT body_hash FROM facilitation_verification WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
    }

    Optional<VerificationView> find(UUID id) {
        return list("id = ?1", id).stream().findFirst();
    }

    /** Verifications matching {@code where} (one parameter), in the order they were made. */
    List<VerificationView> list(String where, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, learner_id, plugin_id, skill_id, note, session_id, verified_by, verified_at, statement_id,
                        withdrawn_reason, withdrawn_by, withdrawn_at, voiding_statement_id FROM facilitation_verification
                        WHERE\s""" + where + " ORDER BY verified_at, id")
                .setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> new VerificationView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], (UUID) r[5], (UUID) r[6], SqlValues.instant(r[7]), (UUID) r[8],
                r[11] == null ? null : new Withdrawal((String) r[9], (UUID) r[10], SqlValues.instant(r[11]), (UUID) r[12])))
                .toList();
    }
}
