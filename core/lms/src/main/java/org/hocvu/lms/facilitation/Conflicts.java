package org.hocvu.lms.facilitation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.facilitation.FacilitationViews.Candidate;
import org.hocvu.lms.facilitation.FacilitationViews.ConflictDecision;
import org.hocvu.lms.facilitation.FacilitationViews.ConflictRef;
import org.hocvu.lms.facilitation.FacilitationViews.ConflictView;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.data.SqlValues;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A person registered on the spot who may be someone already known. Merging keeps one person:
 * the other's attendances and verifications are voided and recorded again for the kept one (never
 * copied silently); "distinct" says they are two people. Decided by a facilitator or manager of the unit.
 */
@ApplicationScoped
public class Conflicts {
    static final String OPEN = "open";
    static final String MERGED = "merged";
    static final String DISTINCT = "distinct";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    IdentityService identities;
    @Inject
    Sessions sessions;
    @Inject
    AttendanceRecords attendance;
    @Inject
    Verifications verifications;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void open(UUID registered, List<UUID> candidates, String unitPath, Instant now) {
        try {
            em.createNativeQuery("""
                            INSERT INTO facilitation_conflict (id, learner_id, candidates, unit_path, status, detected_at)
                            VALUES (?1, ?2, ?3, ?4, 'open', ?5) ON CONFLICT (learner_id) DO NOTHING""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, registered)
                    .setParameter(3, json.writeValueAsString(candidates)).setParameter(4, unitPath).setParameter(5, now)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The open conflict of a registration, as its answer names it. */
    Optional<ConflictRef> of(UUID registered) {
        return rows("c.learner_id = ?1 AND c.status = 'open'", registered).stream().findFirst()
                .map(c -> new ConflictRef(c.id(), c.candidates()));
    }

    @Transactional
    public List<ConflictView> open(Facilitator f) {
        return rows("c.status = 'open' AND c.unit_path LIKE ?1", f.unitPath() + "%");
    }

    @Transactional
    public ConflictDecision merge(Facilitator f, UUID id, UUID keep) {
        ConflictView c = decidable(f, id);
        if (keep == null) {
            throw ApiException.badRequest("keep", "facilitation.field.required", "keep");
        }
        List<UUID> candidates = c.candidates().stream().map(Candidate::learnerId).toList();
        UUID registered = c.registered().learnerId();
        if (!keep.equals(registered) && !candidates.contains(keep)) {
            throw ApiException.badRequest("keep", "facilitation.conflict.keep-unknown");
        }
        List<UUID> from = keep.equals(registered) ? candidates : List.of(registered);
        int moved = 0;
        for (UUID other : from) {
            moved += attendance.move(other, keep, f.id(), sessions);
            moved += verifications.move(other, keep, f.id());
        }
        decide(id, MERGED, f, keep);
        return new ConflictDecision(id, MERGED, keep, moved);
    }

    @Transactional
    public ConflictDecision distinct(Facilitator f, UUID id) {
        decidable(f, id);
        decide(id, DISTINCT, f, null);
        return new ConflictDecision(id, DISTINCT, null, 0);
    }

    private ConflictView decidable(Facilitator f, UUID id) {
        List<ConflictView> found = rows("c.id = ?1", id);
        if (found.isEmpty()) {
            throw ApiException.notFound("facilitation.conflict.not-found");
        }
        String path = (String) em.createNativeQuery("SELECT unit_path FROM facilitation_conflict WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        if (!f.covers(path)) {
            throw new ApiException(Response.Status.FORBIDDEN, "facilitation.unit.outside", null, found.get(0).registered().unitCode());
        }
        if (!OPEN.equals(found.get(0).status())) {
            throw ApiException.conflict("facilitation.conflict.decided");
        }
        return found.get(0);
    }

    private void decide(UUID id, String status, Facilitator f, UUID kept) {
        em.createNativeQuery("""
                        UPDATE facilitation_conflict SET status = ?2, decided_by = ?3, decided_at = ?4, kept_id = ?5 WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, status).setParameter(3, f.id()).setParameter(4, clock.instant())
                .setParameter(5, kept).executeUpdate();
    }

    private List<ConflictView> rows(String where, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        SELECT c.id, c.learner_id, c.candidates, c.status, r.facilitator_id, c.detected_at, r.birth_year
                        FROM facilitation_conflict c JOIN facilitation_registration r ON r.id = c.learner_id
                        WHERE\s""" + where + " ORDER BY c.detected_at LIMIT 500")
                .setParameter(1, parameter).getResultList();
        List<ConflictView> views = new ArrayList<>();
        for (Object[] r : found) {
            List<UUID> candidates = uuids((String) r[2]);
            List<UUID> everyone = new ArrayList<>(candidates);
            everyone.add((UUID) r[1]);
            Map<UUID, LearnerView> people = identities.learners(everyone);
            int year = ((Number) r[6]).intValue();
            views.add(new ConflictView((UUID) r[0], candidate(people, (UUID) r[1], year),
                    candidates.stream().map(c -> candidate(people, c, year)).toList(), (String) r[3], (UUID) r[4],
                    SqlValues.instant(r[5])));
        }
        return views;
    }

    /** A person of a conflict; all share the registration's year of birth (that is why they conflict). */
    private static Candidate candidate(Map<UUID, LearnerView> people, UUID id, int birthYear) {
        LearnerView p = people.get(id);
        return new Candidate(id, p == null ? null : p.displayName(), birthYear,
                p == null || p.unit() == null ? null : p.unit().code());
    }

    private List<UUID> uuids(String stored) {
        try {
            return Arrays.stream(json.readValue(stored, String[].class)).map(UUID::fromString).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
