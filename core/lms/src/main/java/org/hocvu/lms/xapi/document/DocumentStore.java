package org.hocvu.lms.xapi.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Documents in one table; each request runs in one transaction with the document row locked. */
@ApplicationScoped
public class DocumentStore {
    @Inject
    Sql sql;

    /** Where a document lives: kind, activity, agent and registration ('' where absent). */
    public record Scope(DocumentKind kind, String activityId, String agentKey, String registration) {
    }

    public record Document(String contentType, byte[] content, String etag, Instant updated) {
    }

    public record Ids(List<String> ids, Instant lastModified) {
    }

    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** The operations available inside one transaction. */
    public final class Tx {
        private final Connection c;

        Tx(Connection c) {
            this.c = c;
        }

        public Optional<Document> lock(Scope s, String docId) throws SQLException {
            return Sql.one(c, "SELECT content_type, content, etag, updated FROM xapi_document "
                            + "WHERE kind = ? AND activity_id = ? AND agent_key = ? AND registration = ? AND doc_id = ? FOR UPDATE",
                    q -> bind(q, s, docId),
                    rs -> new Document(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
        }

        public void put(Scope s, String docId, String contentType, byte[] content) throws SQLException {
            Sql.update(c, """
                    INSERT INTO xapi_document (kind, activity_id, agent_key, registration, doc_id, content_type, content, etag, updated)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())
                    ON CONFLICT (kind, activity_id, agent_key, registration, doc_id) DO UPDATE SET
                      content_type = EXCLUDED.content_type, content = EXCLUDED.content, etag = EXCLUDED.etag, updated = now()""",
                    q -> {
                        bind(q, s, docId);
                        q.setString(6, contentType);
                        q.setBytes(7, content);
                        q.setString(8, etag(content));
                    });
        }

        public void delete(Scope s, String docId) throws SQLException {
            Sql.update(c, "DELETE FROM xapi_document "
                    + "WHERE kind = ? AND activity_id = ? AND agent_key = ? AND registration = ? AND doc_id = ?", q -> bind(q, s, docId));
        }

        /** Deletes every document of the scope (multiple-document DELETE of the State Resource). */
        public void deleteAll(Scope s) throws SQLException {
            Sql.update(c, "DELETE FROM xapi_document WHERE " + WHOLE_SCOPE, q -> bindWholeScope(q, s));
        }

        /** The ids of the scope, as DELETE without a document id sees them; a state id once however many registrations use it. */
        public Ids ids(Scope s, Instant since) throws SQLException {
            record Listed(String id, Instant updated) {
            }
            List<Listed> listed = Sql.query(c, "SELECT doc_id, max(updated) FROM xapi_document WHERE "
                    + WHOLE_SCOPE + " AND updated > ? GROUP BY doc_id ORDER BY doc_id", q -> {
                bindWholeScope(q, s);
                q.setTimestamp(6, Timestamp.from(since == null ? Instant.EPOCH : since));
            }, rs -> new Listed(rs.getString(1), rs.getTimestamp(2).toInstant()));
            Instant last = listed.stream().map(Listed::updated).max(Instant::compareTo).orElse(null);
            return new Ids(listed.stream().map(Listed::id).toList(), last);
        }
    }

    /**
     * The documents of a scope for the multiple-document requests: without a registration, the
     * State Resource's context is the Activity and Agent whatever the registration (Communication 2.3).
     */
    private static final String WHOLE_SCOPE = "kind = ? AND activity_id = ? AND agent_key = ? AND (? = '' OR registration = ?)";

    private static void bindWholeScope(PreparedStatement q, Scope s) throws SQLException {
        q.setString(1, s.kind().name());
        q.setString(2, s.activityId());
        q.setString(3, s.agentKey());
        q.setString(4, s.registration());
        q.setString(5, s.registration());
    }

    /** The work in one transaction (the caller's when there is one), the rows it reads locked. */
    public <T> T inTransaction(Work<T> work) {
        return sql.transaction(c -> work.run(new Tx(c)));
    }

    private static void bind(PreparedStatement q, Scope s, String docId) throws SQLException {
        q.setString(1, s.kind().name());
        q.setString(2, s.activityId());
        q.setString(3, s.agentKey());
        q.setString(4, s.registration());
        q.setString(5, docId);
    }

    /** The SHA-1 of the content in lower-case hex (Communication 3.1). */
    public static String etag(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
