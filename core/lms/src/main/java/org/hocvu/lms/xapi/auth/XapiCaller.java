package org.hocvu.lms.xapi.auth;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.session.LrsSession;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who calls the LRS and what they may do. {@code authority} is what the LRS writes into the
 * statements they store. {@code self} is set for learners signed in with a Keycloak token: they
 * may only write and read statements and documents about that one agent (their pseudonymous account).
 * {@code session} is set for the holder of a launch session's token (a cmi5 AU): about the session's
 * learner only, and each request admitted by {@link org.hocvu.lms.xapi.session.LrsSessions}.
 */
public record XapiCaller(JsonNode authority, Set<Scope> scopes, JsonNode self, LrsSession session) {

    public XapiCaller(JsonNode authority, Set<Scope> scopes, JsonNode self) {
        this(authority, scopes, self, null);
    }

    public boolean anonymous() {
        return authority == null;
    }

    public boolean can(Scope scope) {
        return scopes.contains(Scope.ALL) || scopes.contains(scope);
    }

    /** May write statements (any, or only about themselves when {@link #self} is set). */
    public void requireWrite() {
        if (!can(Scope.STATEMENTS_WRITE)) {
            throw XapiException.forbidden("xapi.auth.scope", Scope.STATEMENTS_WRITE.value());
        }
    }

    /** True when reads must be limited to what this caller wrote (or is about). */
    public boolean readsOnlyMine() {
        if (self != null) {
            return !scopes.contains(Scope.ALL) && !scopes.contains(Scope.ALL_READ);
        }
        return !(can(Scope.STATEMENTS_READ) || scopes.contains(Scope.ALL_READ));
    }

    public void requireStatementRead() {
        if (!(can(Scope.STATEMENTS_READ) || scopes.contains(Scope.ALL_READ) || scopes.contains(Scope.STATEMENTS_READ_MINE))) {
            throw XapiException.forbidden("xapi.auth.scope", Scope.STATEMENTS_READ.value());
        }
    }

    /** Documents: the given scope to write; that scope or all/read to read. */
    public void requireDocuments(Scope scope, boolean write) {
        boolean allowed = can(scope) || (!write && scopes.contains(Scope.ALL_READ));
        if (!allowed) {
            throw XapiException.forbidden("xapi.auth.scope", scope.value());
        }
    }

    public static Set<Scope> scopesOf(Iterable<String> values) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String v : values) {
            Scope.parse(v).ifPresent(scopes::add);
        }
        return scopes;
    }
}
