package org.hocvu.lms.xapi.statement;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.attachment.AttachmentStore;
import org.hocvu.lms.xapi.attachment.Multipart;
import org.hocvu.lms.xapi.http.XapiRequest;
import org.hocvu.lms.xapi.http.XapiResponses;
import org.hocvu.lms.xapi.json.Agents;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.xapi.validation.AgentRules;
import org.hocvu.lms.xapi.validation.Formats;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** GET statements: one by (voided) id, or a StatementResult page with a "more" link. */
@ApplicationScoped
public class StatementReader {
    static final int MAX_LIMIT = 500;
    private static final Set<String> LIST_PARAMS = Set.of("agent", "verb", "activity", "registration", "related_activities",
            "related_agents", "since", "until", "limit", "format", "attachments", "ascending", "from");
    private static final Set<String> SINGLE_EXTRA = Set.of("format", "attachments");

    @Inject
    StatementQuery query;
    @Inject
    ActivityDefinitions activities;
    @Inject
    AttachmentStore attachments;

    Response get(XapiRequest r) {
        r.caller().requireStatementRead();
        String format = r.param("format") == null ? "exact" : r.param("format");
        if (!Set.of("ids", "exact", "canonical").contains(format)) {
            throw XapiException.badRequest("xapi.param.format", format);
        }
        boolean withAttachments = r.flag("attachments");
        if (r.has("statementId") || r.has("voidedStatementId")) {
            return single(r, format, withAttachments);
        }
        r.allowOnly(LIST_PARAMS);
        Set<UUID> keys = new LinkedHashSet<>();
        String agentIfi = null;
        if (r.has("agent")) {
            JsonNode agent = XapiJson.parseParameter(r.param("agent"), "agent");
            // a broken rule names its path under "agent" and the rule, as in statements
            AgentRules.actor(agent, "agent");
            String ifi = Agents.ifi(agent);
            if (ifi == null) {
                throw XapiException.badRequest("xapi.param.agent", "anonymous group");
            }
            keys.add(FilterKeys.key(r.flag("related_agents") ? FilterKeys.RELATED_AGENT : FilterKeys.AGENT, ifi));
            agentIfi = r.flag("related_agents") ? null : ifi;
        }
        String verb = r.has("verb") ? iri(r, "verb") : null;
        if (verb != null) {
            keys.add(FilterKeys.key(FilterKeys.VERB, verb));
        }
        if (r.has("activity")) {
            keys.add(FilterKeys.key(r.flag("related_activities") ? FilterKeys.RELATED_ACTIVITY : FilterKeys.ACTIVITY, iri(r, "activity")));
        }
        if (r.has("registration")) {
            keys.add(FilterKeys.key(FilterKeys.REGISTRATION, StatementsHandler.uuidParam(r, "registration").toString()));
        }
        if (r.caller().readsOnlyMine()) {
            keys.add(r.caller().self() != null
                    ? FilterKeys.key(FilterKeys.AGENT, Agents.ifi(r.caller().self()))
                    : FilterKeys.key(FilterKeys.AUTHORITY, Agents.ifi(r.caller().authority())));
        }
        r.flag("related_agents");
        r.flag("related_activities");
        int limit = limit(r);
        Long after = r.has("from") ? parseLong(r.param("from")) : null;
        Set<UUID> referencing = null;
        if (agentIfi != null && verb != null) {
            // one key for the pair; statements targeting others match each filter through either one
            referencing = new LinkedHashSet<>(keys);
            referencing.add(FilterKeys.REFERENCING);
            keys.remove(FilterKeys.key(FilterKeys.AGENT, agentIfi));
            keys.remove(FilterKeys.key(FilterKeys.VERB, verb));
            keys.add(FilterKeys.agentVerb(agentIfi, verb));
        }
        StatementQuery.Filter filter = new StatementQuery.Filter(keys, referencing, instant(r, "since"), instant(r, "until"),
                after, r.flag("ascending"), limit);
        List<StatementQuery.Row> rows = query.page(filter);
        String more = "";
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            more = moreLink(r, rows.get(rows.size() - 1).seq());
        }
        List<String> texts = render(rows, format, r);
        StringBuilder json = new StringBuilder("{\"statements\":[");
        for (int i = 0; i < texts.size(); i++) {
            json.append(i == 0 ? "" : ",").append(texts.get(i));
        }
        json.append("],\"more\":\"").append(more).append("\"}");
        Instant lastModified = rows.stream().map(StatementQuery.Row::stored).max(Instant::compareTo).orElse(null);
        return respond(r, json.toString(), texts, withAttachments, lastModified);
    }

    private Response single(XapiRequest r, String format, boolean withAttachments) {
        if (r.has("statementId") && r.has("voidedStatementId")) {
            throw XapiException.badRequest("xapi.param.both-ids");
        }
        for (String name : r.params().keySet()) {
            if (!name.equals("statementId") && !name.equals("voidedStatementId") && !SINGLE_EXTRA.contains(name)) {
                throw XapiException.badRequest("xapi.param.single-extra", name);
            }
        }
        boolean voided = r.has("voidedStatementId");
        UUID id = StatementsHandler.uuidParam(r, voided ? "voidedStatementId" : "statementId");
        Optional<StatementQuery.Row> row = query.one(id, voided);
        if (row.isEmpty() || (r.caller().readsOnlyMine() && !mine(r, row.get()))) {
            throw XapiException.notFound("xapi.statement.not-found", id);
        }
        List<String> texts = render(List.of(row.get()), format, r);
        return respond(r, texts.get(0), texts, withAttachments, row.get().stored());
    }

    private static boolean mine(XapiRequest r, StatementQuery.Row row) {
        JsonNode s = XapiJson.parse(row.json().getBytes(StandardCharsets.UTF_8), "statement");
        UUID required = r.caller().self() != null
                ? FilterKeys.key(FilterKeys.AGENT, Agents.ifi(r.caller().self()))
                : FilterKeys.key(FilterKeys.AUTHORITY, Agents.ifi(r.caller().authority()));
        return FilterKeys.of(s).contains(required);
    }

    private Response respond(XapiRequest r, String json, List<String> statements, boolean withAttachments, Instant lastModified) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        Response.ResponseBuilder out;
        if (withAttachments) {
            List<Multipart.Part> parts = attachments.partsFor(statements);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            String type = Multipart.write(body, parts, buffer);
            out = Response.ok().type(type);
            if (!r.isHead()) {
                out.entity(buffer.toByteArray());
            }
        } else {
            out = Response.ok().type(XapiResponses.JSON);
            if (!r.isHead()) {
                out.entity(body);
            }
        }
        if (lastModified != null) {
            out.header("Last-Modified", XapiResponses.httpDate(lastModified));
        }
        return out.build();
    }

    private List<String> render(List<StatementQuery.Row> rows, String format, XapiRequest r) {
        List<String> texts = new ArrayList<>(rows.size());
        if (format.equals("exact")) {
            rows.forEach(row -> texts.add(row.json()));
            return texts;
        }
        List<JsonNode> parsed = rows.stream().map(row -> XapiJson.parse(row.json().getBytes(StandardCharsets.UTF_8), "statement")).toList();
        if (format.equals("ids")) {
            parsed.forEach(s -> texts.add(XapiJson.text(StatementFormats.ids(s))));
            return texts;
        }
        Set<String> activityIds = new HashSet<>();
        parsed.forEach(s -> collectIds(s, activityIds));
        Map<String, JsonNode> canonical = activities.canonical(activityIds);
        List<Locale.LanguageRange> languages = languages(r.header("accept-language"));
        parsed.forEach(s -> texts.add(XapiJson.text(StatementFormats.canonical(s, canonical, languages))));
        return texts;
    }

    private static void collectIds(JsonNode s, Set<String> ids) {
        JsonNode object = s.get("object");
        String type = object.path("objectType").asText("Activity");
        if (type.equals("Activity")) {
            ids.add(object.path("id").asText());
        } else if (type.equals("SubStatement")) {
            collectIds(object, ids);
        }
        s.path("context").path("contextActivities").forEach(kind -> {
            if (kind.isArray()) {
                kind.forEach(a -> ids.add(a.path("id").asText()));
            } else {
                ids.add(kind.path("id").asText());
            }
        });
    }

    private static List<Locale.LanguageRange> languages(String acceptLanguage) {
        try {
            return acceptLanguage == null || acceptLanguage.isBlank() ? List.of() : Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static String moreLink(XapiRequest r, long lastSeq) {
        StringBuilder link = new StringBuilder("/xapi/statements?");
        r.params().forEach((name, value) -> {
            if (!name.equals("from")) {
                link.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return link.append("from=").append(lastSeq).toString();
    }

    private static int limit(XapiRequest r) {
        if (!r.has("limit")) {
            return MAX_LIMIT;
        }
        long limit = parseLong(r.param("limit"));
        if (limit < 0) {
            throw XapiException.badRequest("xapi.param.limit", r.param("limit"));
        }
        return limit == 0 || limit > MAX_LIMIT ? MAX_LIMIT : (int) limit;
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw XapiException.badRequest("xapi.param.limit", value);
        }
    }

    private static String iri(XapiRequest r, String name) {
        String value = r.param(name);
        if (!Formats.iri(value)) {
            throw XapiException.badRequest("xapi.param.iri", name, value);
        }
        return value;
    }

    static Instant instant(XapiRequest r, String name) {
        String value = r.param(name);
        if (value == null) {
            return null;
        }
        Instant instant = Formats.instant(value);
        if (instant == null) {
            throw XapiException.badRequest("xapi.param.timestamp", name, value);
        }
        return instant;
    }
}
