package org.hocvu.lms.facilitation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hocvu.lms.facilitation.FacilitationViews.Operation;
import org.hocvu.lms.facilitation.FacilitationViews.OperationResult;
import org.hocvu.lms.facilitation.FacilitationViews.PersonInput;
import org.hocvu.lms.facilitation.FacilitationViews.PersonView;
import org.hocvu.lms.facilitation.FacilitationViews.SessionInput;
import org.hocvu.lms.facilitation.FacilitationViews.SyncBatch;
import org.hocvu.lms.facilitation.FacilitationViews.SyncResult;
import org.hocvu.lms.facilitation.FacilitationViews.VerificationInput;
import org.hocvu.lms.facilitation.FacilitationViews.WithdrawInput;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.shared.RequestLanguage;
import org.hocvu.lms.xapi.XapiException;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The device's offline acts, sent when the network returns: applied in order, each in its own
 * transaction through the same services as the single calls, so a resend finds every row and
 * creates nothing twice. Operation ids: a session's, a registration's (the person's), a
 * verification's id; an attendance's body is {@code {sessionId, learnerId}}; a withdrawal's id is
 * the verification's, its body {@code {reason}}.
 */
@ApplicationScoped
public class Sync {
    private static final Logger LOG = Logger.getLogger(Sync.class);
    static final String APPLIED = "applied";
    static final String DUPLICATE = "duplicate";
    static final String CONFLICT = "conflict";
    static final String REJECTED = "rejected";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    Sessions sessions;
    @Inject
    Registrations registrations;
    @Inject
    Verifications verifications;
    @Inject
    RequestLanguage language;

    record Attendance(UUID sessionId, UUID learnerId) {
    }

    public SyncResult apply(Facilitator f, SyncBatch batch) {
        if (batch == null || batch.operations() == null) {
            throw ApiException.badRequest("operations", "facilitation.field.required", "operations");
        }
        List<Operation> operations = Limits.list(batch.operations(), "operations", Limits.MAX_BATCH);
        List<OperationResult> results = new ArrayList<>();
        for (Operation op : operations) {
            results.add(one(f, op));
        }
        return new SyncResult(results);
    }

    private OperationResult one(Facilitator f, Operation op) {
        String id = op == null ? null : op.id();
        try {
            if (op == null || op.kind() == null) {
                throw ApiException.badRequest("kind", "facilitation.sync.kind");
            }
            String before = fingerprint(op);
            Object answer = switch (op.kind()) {
                case "session" -> sessions.put(f, Ids.uuid(id, "id"), body(op, SessionInput.class));
                case "attendance" -> {
                    Attendance a = body(op, Attendance.class);
                    if (a.sessionId() == null || a.learnerId() == null) {
                        throw ApiException.badRequest("body", "facilitation.field.required", "sessionId, learnerId");
                    }
                    yield sessions.attend(f, a.sessionId(), a.learnerId());
                }
                case "registration" -> registrations.register(f, Ids.uuid(id, "id"), body(op, PersonInput.class));
                case "verification" -> verifications.verify(f, Ids.uuid(id, "id"), body(op, VerificationInput.class));
                case "withdrawal" -> verifications.withdraw(f, Ids.uuid(id, "id"), body(op, WithdrawInput.class).reason());
                default -> throw ApiException.badRequest("kind", "facilitation.sync.kind");
            };
            if (answer instanceof PersonView p && p.conflict() != null) {
                return new OperationResult(id, CONFLICT, Messages.get(language.locale(), "facilitation.person.lookalike"),
                        Map.of("conflict", p.conflict()));
            }
            boolean unchanged = before != null && before.equals(fingerprint(op));
            return new OperationResult(id, unchanged ? DUPLICATE : APPLIED, null, null);
        } catch (ApiException e) {
            String status = e.status().getStatusCode() == 409 ? CONFLICT : REJECTED;
            return new OperationResult(id, status, Messages.get(language.locale(), e.messageKey(), e.args()), null);
        } catch (XapiException e) {
            return new OperationResult(id, REJECTED, e.getMessage(), null);
        } catch (RuntimeException e) {
            // one broken act must not stop the others; the rest of the batch still goes through
            LOG.errorf(e, "facilitation sync: %s %s failed", op.kind(), id);
            return new OperationResult(id, REJECTED, Messages.get(language.locale(), "facilitation.sync.failed"), null);
        }
    }

    private <T> T body(Operation op, Class<T> type) {
        if (op.body() == null || !op.body().isObject()) {
            throw ApiException.badRequest("body", "facilitation.body.required");
        }
        try {
            return json.treeToValue(op.body(), type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw ApiException.badRequest("body", "facilitation.sync.body-invalid", op.kind());
        }
    }

    /** What the operation's row looks like now (null when there is none): unchanged after the call means a resend. */
    private String fingerprint(Operation op) {
        return QuarkusTransaction.requiringNew().call(() -> switch (Objects.requireNonNullElse(op.kind(), "")) {
            case "session" -> first("SELECT body_hash FROM facilitation_session WHERE id = ?1", uuidOrNull(op.id()));
            case "registration" -> first("SELECT body_hash FROM facilitation_registration WHERE id = ?1", uuidOrNull(op.id()));
            case "verification" -> first("SELECT body_hash FROM facilitation_verification WHERE id = ?1", uuidOrNull(op.id()));
            case "withdrawal" -> first("SELECT CAST(withdrawn_at AS text) FROM facilitation_verification WHERE id = ?1",
                    uuidOrNull(op.id()));
            case "attendance" -> attendanceFingerprint(op.body());
            default -> null;
        });
    }

    private String attendanceFingerprint(JsonNode body) {
        UUID session = body == null ? null : uuidOrNull(body.path("sessionId").asText(null));
        UUID learner = body == null ? null : uuidOrNull(body.path("learnerId").asText(null));
        if (session == null || learner == null) {
            return null;
        }
        List<?> found = em.createNativeQuery("SELECT CAST(statement_id AS text) FROM facilitation_attendance WHERE session_id = ?1 AND learner_id = ?2")
                .setParameter(1, session).setParameter(2, learner).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    private String first(String sql, UUID id) {
        if (id == null) {
            return null;
        }
        List<?> found = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return found.isEmpty() || found.get(0) == null ? null : found.get(0).toString();
    }

    private static UUID uuidOrNull(String text) {
        try {
            return text == null || text.length() != 36 ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
