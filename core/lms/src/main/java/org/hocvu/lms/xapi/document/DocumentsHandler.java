package org.hocvu.lms.xapi.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.http.XapiRequest;
import org.hocvu.lms.xapi.http.XapiResponses;
import org.hocvu.lms.xapi.json.Agents;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.xapi.session.LrsSessions;
import org.hocvu.lms.xapi.statement.StatementTime;
import org.hocvu.lms.xapi.validation.AgentRules;
import org.hocvu.lms.xapi.validation.Formats;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The State, Activity Profile and Agent Profile resources (Communication 2.2 - 2.7) with the
 * concurrency rules of 3.1: ETag (SHA-1 of the content), If-Match, If-None-Match, 412 and 409.
 */
@ApplicationScoped
public class DocumentsHandler {
    @Inject
    DocumentStore store;
    @Inject
    Instance<LrsSessions> sessions;

    public Response handle(DocumentKind kind, XapiRequest r) {
        boolean write = !r.method().equals("GET") && !r.method().equals("HEAD");
        r.caller().requireDocuments(kind.scope, write);
        if (r.caller().session() != null && !sessions.isUnsatisfied()) {
            sessions.get().admitDocument(r.caller().session(), r.resource(), r.params(), write);
        }
        Set<String> known = new HashSet<>(Set.of(kind.idParam));
        if (kind.hasActivity) {
            known.add("activityId");
        }
        if (kind.hasAgent) {
            known.add("agent");
        }
        if (kind == DocumentKind.STATE) {
            known.add("registration");
        }
        if (!write) {
            known.add("since");
        }
        r.allowOnly(known);
        DocumentStore.Scope scope = scope(kind, r);
        String docId = r.param(kind.idParam);
        // a malformed since is a 400 whether or not a single document was asked for
        Instant since = write || !r.has("since") ? null : StatementTime.parameter(r, "since");
        return switch (r.method()) {
            case "GET", "HEAD" -> docId == null ? ids(scope, since, r) : get(scope, docId, r);
            case "PUT" -> store(scope, r.require(kind.idParam), r, false);
            case "POST" -> store(scope, r.require(kind.idParam), r, true);
            case "DELETE" -> delete(scope, docId, r);
            default -> throw new XapiException(405, "xapi.method.not-allowed", r.method(), r.resource());
        };
    }

    private DocumentStore.Scope scope(DocumentKind kind, XapiRequest r) {
        String activityId = "";
        String agentKey = "";
        String registration = "";
        if (kind.hasActivity) {
            activityId = r.require("activityId");
            if (!Formats.iri(activityId)) {
                throw XapiException.badRequest("xapi.param.iri", "activityId", activityId);
            }
        }
        if (kind.hasAgent) {
            JsonNode agent = XapiJson.parseParameter(r.require("agent"), "agent");
            try {
                AgentRules.agent(agent, "agent");
            } catch (XapiException e) {
                throw XapiException.badRequest("xapi.param.agent", agent.toString());
            }
            agentKey = Agents.ifi(agent);
            if (r.caller().self() != null && !agentKey.equals(Agents.ifi(r.caller().self()))) {
                throw XapiException.forbidden("xapi.auth.not-self");
            }
        }
        if (r.has("registration")) {
            registration = r.param("registration");
            if (!Formats.uuid(registration)) {
                throw XapiException.badRequest("xapi.param.uuid", "registration", registration);
            }
            registration = registration.toLowerCase(Locale.ROOT);
        }
        return new DocumentStore.Scope(kind, activityId, agentKey, registration);
    }

    private Response get(DocumentStore.Scope scope, String docId, XapiRequest r) {
        Optional<DocumentStore.Document> doc = store.inTransaction(tx -> tx.lock(scope, docId));
        if (doc.isEmpty()) {
            throw XapiException.notFound("xapi.document.not-found", docId);
        }
        DocumentStore.Document d = doc.get();
        Response.ResponseBuilder out = Response.ok().type(d.contentType())
                .header("ETag", "\"" + d.etag() + "\"")
                .header("Last-Modified", XapiResponses.httpDate(d.updated()));
        return (r.isHead() ? out : out.entity(d.content())).build();
    }

    private Response ids(DocumentStore.Scope scope, Instant since, XapiRequest r) {
        DocumentStore.Ids ids = store.inTransaction(tx -> tx.ids(scope, since));
        var array = XapiJson.MAPPER.createArrayNode();
        ids.ids().forEach(array::add);
        byte[] body = XapiJson.bytes(array);
        Response.ResponseBuilder out = Response.ok().type(XapiResponses.JSON).header("ETag", "\"" + DocumentStore.etag(body) + "\"");
        if (ids.lastModified() != null) {
            out.header("Last-Modified", XapiResponses.httpDate(ids.lastModified()));
        }
        return (r.isHead() ? out : out.entity(body)).build();
    }

    private Response store(DocumentStore.Scope scope, String docId, XapiRequest r, boolean merge) {
        byte[] body = r.body() == null ? new byte[0] : r.body();
        if (merge && body.length == 0) {
            // a POST merges a document into the stored one: with no document there is nothing to merge
            throw XapiException.badRequest("xapi.document.post-empty");
        }
        String contentType = r.contentType().isEmpty() ? "application/octet-stream" : r.contentType();
        // a POSTed document is a JSON object, whether or not there is one to merge it into (Communication 2.2)
        ObjectNode posted = merge ? requireJsonObject(r.mediaType(), body) : null;
        return store.inTransaction(tx -> {
            Optional<DocumentStore.Document> current = tx.lock(scope, docId);
            checkPreconditions(r, current, !merge && scope.kind().strictConcurrency());
            if (merge && current.isPresent()) {
                ObjectNode merged = requireJsonObject(current.get().contentType(), current.get().content());
                merged.setAll(posted);
                tx.put(scope, docId, "application/json", XapiJson.bytes(merged));
            } else {
                tx.put(scope, docId, contentType, body);
            }
            return XapiResponses.noContent();
        });
    }

    private Response delete(DocumentStore.Scope scope, String docId, XapiRequest r) {
        if (docId == null && scope.kind() != DocumentKind.STATE) {
            throw XapiException.badRequest("xapi.param.required", scope.kind().idParam);
        }
        return store.inTransaction(tx -> {
            if (docId == null) {
                tx.deleteAll(scope);
            } else {
                checkPreconditions(r, tx.lock(scope, docId), false);
                tx.delete(scope, docId);
            }
            return XapiResponses.noContent();
        });
    }

    /** If-Match / If-None-Match as RFC 2616 defines them; 409 for a blind PUT over an existing profile. */
    private static void checkPreconditions(XapiRequest r, Optional<DocumentStore.Document> current, boolean headerRequired) {
        String ifMatch = r.header("if-match");
        String ifNoneMatch = r.header("if-none-match");
        if (ifMatch != null && !matches(ifMatch, current)) {
            throw XapiException.preconditionFailed("xapi.document.if-match");
        }
        if (ifNoneMatch != null && current.isPresent() && matchesAny(ifNoneMatch, current.get())) {
            throw XapiException.preconditionFailed("xapi.document.if-none-match");
        }
        if (headerRequired && ifMatch == null && ifNoneMatch == null) {
            // the client MUST send one (Communication 3.1): 409 over an existing document, 400 for a new one
            throw current.isPresent() ? XapiException.conflict("xapi.document.blind-put")
                    : XapiException.badRequest("xapi.document.precondition-required");
        }
    }

    private static boolean matches(String header, Optional<DocumentStore.Document> current) {
        return current.isPresent() && matchesAny(header, current.get());
    }

    private static boolean matchesAny(String header, DocumentStore.Document doc) {
        for (String tag : header.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.replace("\"", "").equalsIgnoreCase(doc.etag())) {
                return true;
            }
        }
        return false;
    }

    /** The document as a JSON object, or 400 when it is not application/json or not an object. */
    private static ObjectNode requireJsonObject(String contentType, byte[] content) {
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw XapiException.badRequest("xapi.document.merge-json");
        }
        JsonNode node;
        try {
            node = XapiJson.parse(content, "document");
        } catch (XapiException e) {
            throw XapiException.badRequest("xapi.document.merge-json");
        }
        if (!node.isObject()) {
            throw XapiException.badRequest("xapi.document.merge-json");
        }
        return (ObjectNode) node;
    }
}
