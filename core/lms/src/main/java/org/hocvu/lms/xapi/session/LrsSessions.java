package org.hocvu.lms.xapi.session;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LRS's extension point for launch sessions, implemented by the context that launches content
 * (cmi5), as the plugin context's {@code PublishedPackages} is by content: the xAPI context knows no
 * launch protocol. It resolves a Basic credential to a session and admits (or refuses with an
 * {@link org.hocvu.lms.xapi.XapiException}, usually 403) what that session's holder sends.
 * Requests of any other caller never reach it.
 */
public interface LrsSessions {

    /** The session a Basic key and secret stand for; empty when they are not a live session's token. */
    Optional<LrsSession> resolve(String key, String secret);

    /**
     * Checks a session's statements (validated, ids set) in order, inside the transaction that stores
     * them; returns work to run after they are written in the same transaction (the launcher's own
     * statements), or null.
     */
    Runnable admitStatements(LrsSession session, List<ObjectNode> statements);

    /**
     * Checks a document request of a session: the resource ({@code activities/state},
     * {@code agents/profile}, {@code activities/profile}), its query parameters and whether it writes.
     */
    void admitDocument(LrsSession session, String resource, Map<String, String> params, boolean write);
}
