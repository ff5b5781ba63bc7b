package org.hocvu.lms.xapi.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.auth.XapiCallers;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.xapi.statement.StatementService;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The engine's own way into the LRS: an enrolment, an answer, a test result, a session attended
 * becomes a statement about the learner's pseudonymous account, with the engine as authority.
 * It is validated by the same rules and stored by the same code as statements sent over HTTP, in
 * the caller's transaction when there is one: the row and its statement commit or roll back
 * together, and the statement feed hears of it only after commit. A statement that breaks a rule
 * throws the {@link org.hocvu.lms.xapi.XapiException} the LRS would answer with.
 */
@ApplicationScoped
public class LearningRecords {
    @Inject
    XapiCallers callers;
    @Inject
    StatementService statements;

    /** Records one event; returns its statement id. */
    public UUID record(LearningEvent event) {
        return record(List.of(event)).get(0);
    }

    /** Records events together (all or none); returns their statement ids in order. */
    public List<UUID> record(List<LearningEvent> events) {
        List<JsonNode> batch = events.stream().<JsonNode>map(this::statement).toList();
        return statements.store(batch, null, callers.engine());
    }

    /**
     * Records events together after {@code adjust} has added to each statement what a
     * {@link LearningEvent} does not model (a profile's result extensions, such as cmi5's waive reason).
     */
    public List<UUID> record(List<LearningEvent> events, UnaryOperator<ObjectNode> adjust) {
        List<JsonNode> batch = events.stream().<JsonNode>map(e -> adjust.apply(statement(e))).toList();
        return statements.store(batch, null, callers.engine());
    }

    /**
     * Voids a statement the engine recorded (a withdrawn verification, a merged person's attendance):
     * a {@code voided} statement by {@code actor} (a learner id) whose object refers to {@code target}.
     * Returns the voiding statement's id.
     */
    public UUID voidStatement(UUID actor, UUID target, Instant at) {
        ObjectNode s = XapiJson.object();
        s.set("actor", callers.learnerAgent(actor));
        s.set("verb", Verb.VOIDED.toJson());
        s.putObject("object").put("objectType", "StatementRef").put("id", target.toString());
        if (at != null) {
            s.put("timestamp", at.toString());
        }
        return statements.store(List.of(s), null, callers.engine()).get(0);
    }

    private ObjectNode statement(LearningEvent e) {
        ObjectNode s = XapiJson.object();
        if (e.id() != null) {
            s.put("id", e.id().toString());
        }
        s.set("actor", callers.learnerAgent(e.learner()));
        s.set("verb", e.verb().toJson());
        s.set("object", e.activity().toJson());
        if (e.result() != null) {
            s.set("result", e.result().toJson());
        }
        ObjectNode context = XapiJson.object();
        if (e.registration() != null) {
            context.put("registration", e.registration().toString());
        }
        if (e.instructor() != null) {
            context.set("instructor", callers.learnerAgent(e.instructor()));
        }
        if (!e.team().isEmpty()) {
            ObjectNode team = context.putObject("team").put("objectType", "Group");
            e.team().forEach(member -> team.withArray("member").add(callers.learnerAgent(member)));
        }
        if (!e.context().isEmpty()) {
            context.set("contextActivities", e.context().toJson());
        }
        if (!e.extensions().isEmpty()) {
            context.set("extensions", XapiJson.MAPPER.valueToTree(e.extensions()));
        }
        if (!context.isEmpty()) {
            s.set("context", context);
        }
        if (e.timestamp() != null) {
            s.put("timestamp", e.timestamp().toString());
        }
        return s;
    }
}
