package org.hocvu.lms.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The rows of attempts and their items; every method joins the caller's transaction. */
@ApplicationScoped
class AttemptStore {
    @Inject
    Sql sql;
    @Inject
    ObjectMapper json;
    @Inject
    PreparedForms preparedForms;

    enum Status {
        PREPARED, STARTED, SUBMITTED;

        String data() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status of(String data) {
            return valueOf(data.toUpperCase(java.util.Locale.ROOT));
        }
    }

    record Attempt(UUID id, UUID learner, String testId, Status status, String sessionId, Instant startedAt,
                   Instant deadline, Instant finishedAt, String finishedBy, JsonNode result) {
    }

    record Item(String itemId, int position, String bank, int version, Presentation presentation, JsonNode response,
                Instant answeredAt, Boolean correct) {
        ItemStore.ItemRef ref() {
            return new ItemStore.ItemRef(bank, itemId, version);
        }
    }

    private static final int ATTEMPT_COLUMNS = 10;
    private static final String ATTEMPT = """
            SELECT id, learner, test_id, status, session_id, started_at, deadline, finished_at, finished_by, result
            FROM assessment_attempt""";

    /** Inserts a new attempt with its form, unless the learner has an open one for this test (then false). */
    boolean insert(UUID id, UUID learner, String testId, Status status, String sessionId, Instant now, Instant deadline,
                   List<FormDrawer.Drawn> form) {
        int inserted = sql.update("""
                INSERT INTO assessment_attempt (id, learner, test_id, status, session_id, prepared_at, started_at, deadline)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (learner, test_id) WHERE status IN ('prepared', 'started') DO NOTHING""", ps -> {
            ps.setObject(1, id);
            ps.setObject(2, learner);
            ps.setString(3, testId);
            ps.setString(4, status.data());
            ps.setString(5, sessionId);
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setTimestamp(7, status == Status.STARTED ? Timestamp.from(now) : null);
            ps.setTimestamp(8, deadline == null ? null : Timestamp.from(deadline));
        });
        if (inserted == 0) {
            return false;
        }
        sql.connection(c -> {
            Sql.batch(c, """
                    INSERT INTO assessment_attempt_item (attempt_id, item_id, position, bank, version, presentation)
                    VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))""", indexed(form), (ps, d) -> {
                ps.setObject(1, id);
                ps.setString(2, d.drawn().ref().itemId());
                ps.setInt(3, d.position());
                ps.setString(4, d.drawn().ref().bank());
                ps.setInt(5, d.drawn().ref().version());
                ps.setString(6, write(d.drawn().presentation()));
            });
            return null;
        });
        if (status == Status.PREPARED) {
            preparedForms.drawn(learner, testId, id, rows(form));
        }
        return true;
    }

    private record Positioned(int position, FormDrawer.Drawn drawn) {
    }

    private static List<Positioned> indexed(List<FormDrawer.Drawn> form) {
        return java.util.stream.IntStream.range(0, form.size()).mapToObj(i -> new Positioned(i + 1, form.get(i))).toList();
    }

    /** The rows of a form just drawn, as {@link #insert} stores them: nothing answered yet. */
    static List<Item> rows(List<FormDrawer.Drawn> form) {
        return indexed(form).stream().map(p -> new Item(p.drawn().ref().itemId(), p.position(), p.drawn().ref().bank(),
                p.drawn().ref().version(), p.drawn().presentation(), null, null, null)).toList();
    }

    Optional<Attempt> open(UUID learner, String testId) {
        return sql.one(ATTEMPT + " WHERE learner = ? AND test_id = ? AND status IN ('prepared', 'started')", ps -> {
            ps.setObject(1, learner);
            ps.setString(2, testId);
        }, this::attempt);
    }

    Optional<Attempt> get(UUID id, boolean forUpdate) {
        return sql.one(ATTEMPT + " WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""), ps -> ps.setObject(1, id), this::attempt);
    }

    /** The finish times of the learner's submitted attempts at this test since {@code since}, oldest first. */
    List<Instant> finishedSince(UUID learner, String testId, Instant since) {
        return sql.query("""
                SELECT finished_at FROM assessment_attempt
                WHERE learner = ? AND test_id = ? AND status = 'submitted' AND finished_at > ? ORDER BY finished_at""", ps -> {
            ps.setObject(1, learner);
            ps.setString(2, testId);
            ps.setTimestamp(3, Timestamp.from(since));
        }, rs -> rs.getTimestamp(1).toInstant());
    }

    /** An attempt with one item of its form (null when the form has no such item): what saving an answer reads. */
    record WithItem(Attempt attempt, Item item) {
    }

    /** An attempt with the rows of its form, in order. */
    record WithItems(Attempt attempt, List<Item> items) {
    }

    /**
     * Starts the learner's prepared attempt at this test and reads it back with its form, in one round
     * trip; empty when they have none prepared (none at all, or one already started: a second Start
     * waits for the first one's row lock, then finds it started). The form this node drew is not read
     * back: only the attempt's row is, when it is still the prepared attempt the form was drawn for.
     */
    Optional<WithItems> startPrepared(UUID learner, String testId, Instant now, Instant deadline) {
        Optional<PreparedForms.Form> drawn = preparedForms.take(learner, testId);
        if (drawn.isPresent()) {
            Optional<Attempt> started = sql.one("""
                    UPDATE assessment_attempt SET status = 'started', started_at = ?, deadline = ?
                    WHERE id = ? AND learner = ? AND test_id = ? AND status = 'prepared'
                    RETURNING id, learner, test_id, status, session_id, started_at, deadline, finished_at, finished_by, result""", ps -> {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setTimestamp(2, Timestamp.from(deadline));
                ps.setObject(3, drawn.get().attempt());
                ps.setObject(4, learner);
                ps.setString(5, testId);
            }, this::attempt);
            if (started.isPresent()) {
                return Optional.of(new WithItems(started.get(), drawn.get().items()));
            }
        }
        List<WithItem> rows = sql.query("""
                WITH started AS (
                    UPDATE assessment_attempt SET status = 'started', started_at = ?, deadline = ?
                    WHERE learner = ? AND test_id = ? AND status = 'prepared'
                    RETURNING id, learner, test_id, status, session_id, started_at, deadline, finished_at, finished_by, result)
                SELECT s.*, i.item_id, i.position, i.bank, i.version, i.presentation, i.response, i.answered_at, i.correct
                FROM started s LEFT JOIN assessment_attempt_item i ON i.attempt_id = s.id ORDER BY i.position""", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(deadline));
            ps.setObject(3, learner);
            ps.setString(4, testId);
        }, rs -> new WithItem(attempt(rs), itemOrNull(rs)));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // a started attempt is answered even if its form were empty: the join keeps it
        return Optional.of(new WithItems(rows.get(0).attempt(), rows.stream().map(WithItem::item).filter(Objects::nonNull).toList()));
    }

    Optional<WithItem> withItem(UUID attempt, String itemId) {
        return sql.one("""
                SELECT a.id, a.learner, a.test_id, a.status, a.session_id, a.started_at, a.deadline, a.finished_at, a.finished_by,
                a.result, i.item_id, i.position, i.bank, i.version, i.presentation, i.response, i.answered_at, i.correct
                FROM assessment_attempt a LEFT JOIN assessment_attempt_item i ON i.attempt_id = a.id AND i.item_id = ?
                WHERE a.id = ?""", ps -> {
            ps.setString(1, itemId);
            ps.setObject(2, attempt);
        }, rs -> new WithItem(attempt(rs), itemOrNull(rs)));
    }

    List<Item> items(UUID attempt) {
        return sql.query("""
                SELECT item_id, position, bank, version, presentation, response, answered_at, correct
                FROM assessment_attempt_item WHERE attempt_id = ? ORDER BY position""", ps -> ps.setObject(1, attempt),
                rs -> item(rs, 0));
    }

    /** The item columns after an attempt's, null when a left join found no item. */
    private Item itemOrNull(ResultSet rs) throws SQLException {
        return rs.getString(ATTEMPT_COLUMNS + 1) == null ? null : item(rs, ATTEMPT_COLUMNS);
    }

    /** The item columns of a row, after {@code skipped} others. */
    private Item item(ResultSet rs, int skipped) throws SQLException {
        Timestamp answered = rs.getTimestamp(skipped + 7);
        Object correct = rs.getObject(skipped + 8);
        String response = rs.getString(skipped + 6);
        return new Item(rs.getString(skipped + 1), rs.getInt(skipped + 2), rs.getString(skipped + 3), rs.getInt(skipped + 4),
                read(rs.getString(skipped + 5), Presentation.class), response == null ? null : read(response, JsonNode.class),
                answered == null ? null : answered.toInstant(), (Boolean) correct);
    }

    /** Saves a response; nothing changes (and false is returned) when it is the one already saved. */
    boolean respond(UUID attempt, String itemId, JsonNode response, Instant now) {
        String value = response == null || response.isNull() ? null : write(response);
        return sql.update("""
                UPDATE assessment_attempt_item SET response = CAST(? AS jsonb), answered_at = ?
                WHERE attempt_id = ? AND item_id = ? AND response IS DISTINCT FROM CAST(? AS jsonb)""", ps -> {
            ps.setString(1, value);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setObject(3, attempt);
            ps.setString(4, itemId);
            ps.setString(5, value);
        }) == 1;
    }

    void marked(UUID attempt, String itemId, Boolean correct) {
        sql.update("UPDATE assessment_attempt_item SET correct = ? WHERE attempt_id = ? AND item_id = ?", ps -> {
            ps.setObject(1, correct);
            ps.setObject(2, attempt);
            ps.setString(3, itemId);
        });
    }

    void submitted(UUID attempt, Instant finishedAt, String finishedBy, int points, int maxPoints, boolean passed, Object result) {
        sql.update("""
                UPDATE assessment_attempt SET status = 'submitted', finished_at = ?, finished_by = ?, score_raw = ?, score_max = ?,
                passed = ?, result = CAST(? AS jsonb) WHERE id = ?""", ps -> {
            ps.setTimestamp(1, Timestamp.from(finishedAt));
            ps.setString(2, finishedBy);
            ps.setInt(3, points);
            ps.setInt(4, maxPoints);
            ps.setBoolean(5, passed);
            ps.setString(6, write(result));
            ps.setObject(7, attempt);
        });
    }

    /** Started attempts whose deadline (plus grace) is past, locked for this transaction; others skip them. */
    List<UUID> due(Instant before, int limit) {
        return sql.query("""
                SELECT id FROM assessment_attempt WHERE status = 'started' AND deadline < ?
                ORDER BY deadline LIMIT ? FOR UPDATE SKIP LOCKED""", ps -> {
            ps.setTimestamp(1, Timestamp.from(before));
            ps.setInt(2, limit);
        }, rs -> rs.getObject(1, UUID.class));
    }

    private Attempt attempt(ResultSet rs) throws SQLException {
        return new Attempt(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), Status.of(rs.getString(4)),
                rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                rs.getString(9), rs.getString(10) == null ? null : read(rs.getString(10), JsonNode.class));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
