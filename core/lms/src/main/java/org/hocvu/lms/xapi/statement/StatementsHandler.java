package org.hocvu.lms.xapi.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.attachment.AttachmentHash;
import org.hocvu.lms.xapi.attachment.Multipart;
import org.hocvu.lms.xapi.http.XapiHandler;
import org.hocvu.lms.xapi.http.XapiRequest;
import org.hocvu.lms.xapi.http.XapiResponses;
import org.hocvu.lms.xapi.json.XapiJson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The Statement Resource (Communication 2.1): PUT, POST, GET and HEAD. */
@ApplicationScoped
public class StatementsHandler implements XapiHandler {
    @Inject
    StatementService statements;
    @Inject
    StatementReader reader;
    @Inject
    ConsistencyPoint consistency;

    @Override
    public Response handle(XapiRequest request) {
        return switch (request.method()) {
            case "GET", "HEAD" -> read(request);
            case "PUT" -> put(request);
            case "POST" -> post(request);
            default -> throw new XapiException(405, "xapi.method.not-allowed", request.method(), request.resource());
        };
    }

    /**
     * The consistency point is taken before the read: what was committed then, the read sees. Taken
     * after, it could vouch for a statement committed between the read and the header.
     */
    private Response read(XapiRequest request) {
        String through = consistency.consistentThrough().toString();
        return Response.fromResponse(reader.get(request)).header("X-Experience-API-Consistent-Through", through).build();
    }

    private Response put(XapiRequest request) {
        request.allowOnly(Set.of("statementId"));
        String statementId = request.require("statementId");
        if (!org.hocvu.lms.xapi.validation.Formats.uuid(statementId)) {
            throw XapiException.badRequest("xapi.param.uuid", "statementId", statementId);
        }
        Body body = body(request);
        if (!body.json().isObject()) {
            throw XapiException.badRequest("xapi.statement.put-one");
        }
        JsonNode id = body.json().get("id");
        if (id != null && !id.asText().equalsIgnoreCase(statementId)) {
            throw XapiException.badRequest("xapi.statement.id-mismatch", id.asText(), statementId);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.json()).put("id", statementId.toLowerCase(java.util.Locale.ROOT));
        statements.store(List.of(body.json()), body.parts(), request.caller());
        return XapiResponses.noContent();
    }

    private Response post(XapiRequest request) {
        request.allowOnly(Set.of());
        Body body = body(request);
        List<JsonNode> list = new ArrayList<>();
        if (body.json().isArray()) {
            body.json().forEach(list::add);
            if (list.isEmpty()) {
                throw XapiException.badRequest("xapi.statement.empty-batch");
            }
        } else if (body.json().isObject()) {
            list.add(body.json());
        } else {
            throw XapiException.badRequest("xapi.statement.not-object");
        }
        ArrayNode ids = XapiJson.MAPPER.createArrayNode();
        statements.store(list, body.parts(), request.caller()).forEach(id -> ids.add(id.toString()));
        return XapiResponses.json(request, ids);
    }

    private record Body(JsonNode json, Map<String, Multipart.Part> parts) {
    }

    /** application/json, or multipart/mixed with the statements first and attachment data after. */
    private static Body body(XapiRequest request) {
        String type = request.mediaType();
        if (type.equals("application/json")) {
            return new Body(XapiJson.parse(request.body(), "statements"), null);
        }
        if (!type.equals("multipart/mixed")) {
            throw XapiException.badRequest("xapi.statement.content-type", request.contentType());
        }
        List<Multipart.Part> parts = Multipart.parse(request.contentType(), request.body() == null ? new byte[0] : request.body());
        if (parts.isEmpty()) {
            throw XapiException.badRequest("xapi.multipart.part");
        }
        Multipart.Part first = parts.get(0);
        String firstType = first.header("content-type");
        if (firstType == null || !firstType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw XapiException.badRequest("xapi.multipart.first-json");
        }
        Map<String, Multipart.Part> byHash = new HashMap<>();
        for (Multipart.Part p : parts.subList(1, parts.size())) {
            String hash = p.header("x-experience-api-hash");
            if (hash == null) {
                throw XapiException.badRequest("xapi.multipart.hash");
            }
            if (!"binary".equalsIgnoreCase(p.header("content-transfer-encoding"))) {
                throw XapiException.badRequest("xapi.multipart.encoding");
            }
            if (!AttachmentHash.matches(hash, p.body())) {
                throw XapiException.badRequest("xapi.multipart.hash-mismatch", hash);
            }
            byHash.put(hash, p);
        }
        return new Body(XapiJson.parse(first.body(), "statements"), byHash);
    }

    static UUID uuidParam(XapiRequest request, String name) {
        String value = request.param(name);
        if (!org.hocvu.lms.xapi.validation.Formats.uuid(value)) {
            throw XapiException.badRequest("xapi.param.uuid", name, value);
        }
        return UUID.fromString(value);
    }
}
