package org.hocvu.lms.facilitation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.course.CourseDirectory;
import org.hocvu.lms.facilitation.FacilitationViews.AttendanceView;
import org.hocvu.lms.facilitation.FacilitationViews.SessionInput;
import org.hocvu.lms.facilitation.FacilitationViews.SessionView;
import org.hocvu.lms.facilitation.FacilitationViews.TopicRef;
import org.hocvu.lms.identity.LearnerDirectory;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.CanonicalJson;
import org.hocvu.lms.shared.data.SqlValues;
import org.hocvu.lms.unit.UnitService;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * In-person sessions and their attendance. A session is recorded once under the id its device
 * made: the same body again changes nothing, another body from the same facilitator corrects it,
 * and another facilitator's id is a 409. Each attendance is one {@code attended} statement
 * ({@link AttendanceRecords}), in the transaction of its row.
 */
@ApplicationScoped
public class Sessions {
    static final Set<String> TOPIC_KINDS = Set.of("course", "lesson", "skill");

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    Facilitators facilitators;
    @Inject
    Rosters rosters;
    @Inject
    CourseDirectory courses;
    @Inject
    LearnerDirectory directory;
    @Inject
    UnitService units;
    @Inject
    AttendanceRecords attendance;
    @Inject
    Clock clock;

    @Transactional
    public SessionView put(Facilitator f, UUID id, SessionInput body) {
        Checked s = check(f, body);
        String hash = CanonicalJson.sha256(json.valueToTree(s.input()));
        Optional<Row> existing = row(id);
        Instant now = clock.instant();
        if (existing.isPresent()) {
            Row row = existing.get();
            if (!row.facilitatorId().equals(f.id())) {
                throw ApiException.conflict("facilitation.session.taken");
            }
            if (!row.bodyHash().equals(hash)) {
                bind(em.createNativeQuery("""
                        UPDATE facilitation_session SET unit_code = ?2, unit_path = ?3, starts_at = ?4, ends_at = ?5,
                        place = ?6, topic_kind = ?7, topic_id = ?8, team = ?9, notes = ?10, body_hash = ?11, updated_at = ?12
                        WHERE id = ?1"""), id, s, hash, now).executeUpdate();
            }
        } else {
            bind(em.createNativeQuery("""
                    INSERT INTO facilitation_session (id, unit_code, unit_path, starts_at, ends_at, place, topic_kind, topic_id,
                    team, notes, body_hash, updated_at, facilitator_id, recorded_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?12)"""), id, s, hash, now)
                    .setParameter(13, f.id()).executeUpdate();
        }
        return view(row(id).orElseThrow());
    }

    /** The learner attended: a row and one {@code attended} statement, the first time only. */
    @Transactional
    public AttendanceView attend(Facilitator f, UUID sessionId, UUID learnerId) {
        Row session = row(sessionId).orElseThrow(() -> ApiException.notFound("facilitation.session.not-found"));
        if (!f.covers(session.unitPath())) {
            throw new ApiException(jakarta.ws.rs.core.Response.Status.FORBIDDEN, "facilitation.unit.outside", "id", session.unitCode());
        }
        facilitators.learnerWithin(f, learnerId);
        return attendance.record(sessionId, session.place(), session.unitCode(), learnerId, f.id(), team(session, f.id()));
    }

    /** Everyone present for the statement's team: the one who records and the team members found. */
    List<UUID> team(Row session, UUID recorder) {
        List<UUID> team = new ArrayList<>(List.of(recorder));
        directory.idsOf(session.team()).values().stream().filter(m -> !team.contains(m)).forEach(team::add);
        return team;
    }

    private record Checked(SessionInput input, String unitPath) {
    }

    private Checked check(Facilitator f, SessionInput body) {
        if (body == null) {
            throw ApiException.badRequest(null, "facilitation.body.required");
        }
        if (body.startsAt() == null) {
            throw ApiException.badRequest("startsAt", "facilitation.field.required", "startsAt");
        }
        if (body.endsAt() != null && body.endsAt().isBefore(body.startsAt())) {
            throw ApiException.badRequest("endsAt", "facilitation.session.ends-before");
        }
        String place = Limits.required(body.place(), "place", Limits.MAX_PLACE);
        String notes = Limits.optional(body.notes(), "notes", Limits.MAX_NOTES);
        List<String> team = Limits.list(body.team(), "team", Limits.MAX_TEAM).stream()
                .map(m -> Limits.required(m, "team", Limits.MAX_ID)).distinct().toList();
        TopicRef topic = topic(body.topic());
        String path = facilitators.within(f, body.unitCode(), "unitCode");
        Map<String, UUID> known = directory.idsOf(team);
        team.stream().filter(m -> !known.containsKey(m)).findFirst().ifPresent(m -> {
            throw ApiException.badRequest("team", "facilitation.team.unknown", m);
        });
        return new Checked(new SessionInput(body.unitCode(), body.startsAt(), body.endsAt(), place, topic, team, notes), path);
    }

    private TopicRef topic(TopicRef topic) {
        if (topic == null || topic.kind() == null || !TOPIC_KINDS.contains(topic.kind())) {
            throw ApiException.badRequest("topic.kind", "facilitation.topic.kind");
        }
        String id = Limits.required(topic.id(), "topic.id", Limits.MAX_ID);
        boolean exists = switch (topic.kind()) {
            case "course" -> courses.find(id).isPresent();
            case "skill" -> id.contains("/") && rosters.skillExists(id.substring(0, id.indexOf('/')), id.substring(id.indexOf('/') + 1));
            default -> rosters.topics().stream().anyMatch(t -> t.kind().equals("lesson") && t.id().equals(id));
        };
        if (!exists) {
            throw ApiException.badRequest("topic.id", "facilitation.topic.unknown", id);
        }
        return new TopicRef(topic.kind(), id);
    }

    private jakarta.persistence.Query bind(jakarta.persistence.Query q, UUID id, Checked s, String hash, Instant now) {
        SessionInput in = s.input();
        try {
            return q.setParameter(1, id).setParameter(2, in.unitCode()).setParameter(3, s.unitPath())
                    .setParameter(4, in.startsAt()).setParameter(5, in.endsAt()).setParameter(6, in.place())
                    .setParameter(7, in.topic().kind()).setParameter(8, in.topic().id())
                    .setParameter(9, json.writeValueAsString(in.team())).setParameter(10, in.notes())
                    .setParameter(11, hash).setParameter(12, now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    record Row(UUID id, UUID facilitatorId, String unitCode, String unitPath, Instant startsAt, Instant endsAt, String place,
               String topicKind, String topicId, List<String> team, String notes, String bodyHash, Instant recordedAt) {
    }

    Optional<Row> row(UUID id) {
        return rows("id = ?1", id).stream().findFirst();
    }

    /** Sessions matching {@code where} (one parameter, ?1), newest first. */
    List<Row> rows(String where, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        SELECT id, facilitator_id, unit_code, unit_path, starts_at, ends_at, place, topic_kind, topic_id, team,
                        notes, body_hash, recorded_at FROM facilitation_session WHERE\s""" + where + " ORDER BY starts_at DESC, id")
                .setParameter(1, parameter).getResultList();
        return found.stream().map(r -> new Row((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                SqlValues.instant(r[4]), SqlValues.instant(r[5]), (String) r[6], (String) r[7], (String) r[8],
                team((String) r[9]), (String) r[10], (String) r[11], SqlValues.instant(r[12]))).toList();
    }

    private List<String> team(String stored) {
        try {
            return json.readValue(stored, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    SessionView view(Row r) {
        long attendees = ((Number) em.createNativeQuery("SELECT count(*) FROM facilitation_attendance WHERE session_id = ?1")
                .setParameter(1, r.id()).getSingleResult()).longValue();
        return new SessionView(r.id(), r.facilitatorId(), r.unitCode(), units.get(r.unitCode()).name(), r.startsAt(),
                r.endsAt(), r.place(), new TopicRef(r.topicKind(), r.topicId()), r.team(), r.notes(), (int) attendees,
                r.recordedAt());
    }

    /** The session activity's name: its place, in every language (a place is not translated). */
    static Map<String, String> name(String place) {
        Map<String, String> name = new LinkedHashMap<>();
        name.put("vi", place);
        return name;
    }
}
