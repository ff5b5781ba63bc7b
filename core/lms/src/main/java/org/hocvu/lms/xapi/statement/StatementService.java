package org.hocvu.lms.xapi.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.XapiVersion;
import org.hocvu.lms.xapi.attachment.Multipart;
import org.hocvu.lms.xapi.attachment.SignatureVerifier;
import org.hocvu.lms.xapi.auth.Scope;
import org.hocvu.lms.xapi.auth.XapiCaller;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.hocvu.lms.xapi.json.Agents;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.xapi.session.LrsSessions;
import org.hocvu.lms.xapi.validation.StatementRules;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Stores statements: validates all of them first (one bad statement rejects the request and
 * nothing is stored), sets id, stored, timestamp, authority and version, keeps existing ids
 * unchanged (409 when a different statement reuses one) and voids, all in one transaction: the
 * caller's JTA transaction when there is one (an engine service recording the statement with the row
 * it belongs to), else one of its own (the LRS's HTTP requests).
 */
@ApplicationScoped
public class StatementService {
    @Inject
    Sql sql;
    @Inject
    ActivityDefinitions activities;
    @Inject
    StatementFeed feed;
    @Inject
    Instance<LrsSessions> sessions;

    /**
     * @param parts attachment data by sha2 (multipart requests), or null for application/json
     * @return the ids, in the order of the statements
     */
    public List<UUID> store(List<JsonNode> statements, Map<String, Multipart.Part> parts, XapiCaller caller) {
        caller.requireWrite();
        Map<UUID, ObjectNode> batch = new LinkedHashMap<>();
        List<UUID> ids = new ArrayList<>();
        Set<String> usedHashes = new HashSet<>();
        for (JsonNode raw : statements) {
            StatementRules.statement(raw);
            ObjectNode s = (ObjectNode) raw;
            ContextActivities.asArrays(s);
            checkAboutSelf(s, caller);
            UUID id = s.has("id") ? UUID.fromString(s.get("id").asText()) : UUID.randomUUID();
            if (batch.containsKey(id)) {
                throw XapiException.badRequest("xapi.statement.duplicate-id", id);
            }
            s.put("id", id.toString());
            checkAttachments(s, parts, usedHashes);
            batch.put(id, s);
            ids.add(id);
        }
        if (parts != null && !usedHashes.containsAll(parts.keySet())) {
            // every part is a logical part of a statement (Communication 1.5.2): none may go unreferenced
            String unused = parts.keySet().stream().filter(h -> !usedHashes.contains(h)).findFirst().orElseThrow();
            throw XapiException.badRequest("xapi.attachment.unused", unused);
        }
        sql.transaction(c -> {
            Runnable then = caller.session() == null || sessions.isUnsatisfied() ? null
                    : sessions.get().admitStatements(caller.session(), List.copyOf(batch.values()));
            write(c, batch, caller, parts, usedHashes);
            if (then != null) {
                then.run();
            }
            feed.wakeAfterCommit();
            return null;
        });
        return ids;
    }

    /**
     * Inserts the batch. Only statements targeting others need a lookup before; an id the store
     * already has is found by the INSERT itself (nothing inserted for it) and then compared, so the
     * common case costs one round trip. Voiding, attachments and definitions only follow new rows.
     */
    private void write(Connection c, Map<UUID, ObjectNode> batch, XapiCaller caller,
                       Map<String, Multipart.Part> parts, Set<String> usedHashes) throws SQLException {
        Set<UUID> targets = new HashSet<>();
        batch.values().forEach(s -> refTarget(s).ifPresent(targets::add));
        Map<UUID, StatementStore.Existing> targetRows = StatementStore.existing(c, targets);
        List<StatementStore.NewRow> rows = new ArrayList<>();
        Map<UUID, Set<UUID>> newKeys = new HashMap<>();
        Map<UUID, UUID> voids = new LinkedHashMap<>();
        Map<UUID, ObjectNode> asReceived = new HashMap<>();
        for (ObjectNode s : batch.values()) {
            UUID id = UUID.fromString(s.get("id").asText());
            asReceived.put(id, s.deepCopy());
            complete(s, caller);
            boolean voiding = StatementRules.VOIDED_VERB.equals(s.path("verb").path("id").asText());
            if (voiding) {
                UUID target = refTarget(s).orElseThrow();
                StatementStore.Existing targetRow = targetRows.get(target);
                ObjectNode targetInBatch = batch.get(target);
                boolean targetVoiding = targetRow != null ? targetRow.voiding()
                        : targetInBatch != null && StatementRules.VOIDED_VERB.equals(targetInBatch.path("verb").path("id").asText());
                if (targetVoiding) {
                    throw XapiException.badRequest("xapi.statement.void-voiding", target);
                }
                voids.put(id, target);
            }
            Set<UUID> keys = FilterKeys.of(s);
            refTarget(s).ifPresent(target -> inheritKeys(keys, target, targetRows, newKeys, batch, FilterKeys.authorityKey(s)));
            newKeys.put(id, keys);
            rows.add(new StatementStore.NewRow(id, keys, voids.get(id), XapiJson.text(s)));
        }
        Set<UUID> inserted = StatementStore.insert(c, rows);
        if (inserted.size() < rows.size()) {
            Set<UUID> known = new HashSet<>(batch.keySet());
            known.removeAll(inserted);
            StatementStore.existing(c, known).forEach((id, row) -> {
                if (!StatementComparison.same(row.statement(), asReceived.get(id))) {
                    throw XapiException.conflict("xapi.statement.conflict", id);
                }
            });
        }
        List<UUID> voided = voids.entrySet().stream().filter(v -> inserted.contains(v.getKey())).map(Map.Entry::getValue).toList();
        StatementStore.markVoided(c, voided);
        saveAttachments(c, parts, usedHashes);
        Map<String, JsonNode> definitions = new HashMap<>();
        if (caller.can(Scope.DEFINE)) {
            batch.forEach((id, s) -> {
                if (inserted.contains(id)) {
                    activities.collect(s, definitions);
                }
            });
        }
        activities.merge(c, definitions);
    }

    /**
     * Sets what the LRS owns: authority and version (Data 2.4.8 - 2.4.10). Stored, and timestamp
     * when absent, are set by the INSERT on the database's clock (see StatementStore).
     */
    private static void complete(ObjectNode s, XapiCaller caller) {
        s.set("authority", caller.authority());
        if (!s.has("version")) {
            s.put("version", XapiVersion.STATEMENT_DEFAULT);
        }
    }

    /** A statement targeting another one matches the filters its target matches (Communication 2.1.3). */
    private static void inheritKeys(Set<UUID> keys, UUID target, Map<UUID, StatementStore.Existing> existing,
                                    Map<UUID, Set<UUID>> newKeys, Map<UUID, ObjectNode> batch, UUID ownAuthority) {
        StatementStore.Existing row = existing.get(target);
        Set<UUID> targetKeys = row != null ? row.keys() : newKeys.get(target);
        if (targetKeys == null) {
            return;
        }
        UUID targetAuthority = FilterKeys.authorityKey(row != null ? row.statement() : batch.get(target));
        for (UUID k : targetKeys) {
            if (!k.equals(targetAuthority) || k.equals(ownAuthority)) {
                keys.add(k);
            }
        }
    }

    private static java.util.Optional<UUID> refTarget(JsonNode s) {
        JsonNode object = s.get("object");
        if (object != null && "StatementRef".equals(object.path("objectType").asText())) {
            return java.util.Optional.of(UUID.fromString(object.get("id").asText()));
        }
        return java.util.Optional.empty();
    }

    /** Learners signed in with Keycloak write statements about themselves only. */
    private static void checkAboutSelf(JsonNode s, XapiCaller caller) {
        if (caller.self() != null && !caller.can(Scope.ALL)
                && !Agents.ifi(caller.self()).equals(Agents.ifi(s.get("actor")))) {
            throw XapiException.forbidden("xapi.auth.not-self");
        }
    }

    /**
     * Every attachment without a fileUrl must come as a part with the same sha2; signatures are
     * verified against their statement (Communication 1.5.2, Data 2.6).
     */
    private static void checkAttachments(JsonNode s, Map<String, Multipart.Part> parts, Set<String> usedHashes) {
        JsonNode attachments = s.get("attachments");
        if (attachments == null) {
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            JsonNode a = attachments.get(i);
            String sha2 = a.get("sha2").asText();
            Multipart.Part part = parts == null ? null : parts.get(sha2);
            boolean signature = SignatureVerifier.SIGNATURE_USAGE.equals(a.get("usageType").asText());
            if (part == null) {
                if (signature) {
                    // a signature is verified here, so its JWS must come with the request, not as a fileUrl
                    throw XapiException.invalid("attachments[" + i + "]", "xapi.signature.jws");
                }
                if (!a.has("fileUrl")) {
                    throw XapiException.invalid("attachments[" + i + "]", "xapi.attachment.missing", sha2);
                }
                continue;
            }
            usedHashes.add(sha2);
            if (signature) {
                SignatureVerifier.verify(s, a.get("contentType").asText(), part.body());
            }
        }
    }

    private static void saveAttachments(Connection c, Map<String, Multipart.Part> parts, Set<String> used) throws SQLException {
        if (parts == null) {
            return;
        }
        Map<String, String> types = new HashMap<>();
        Map<String, byte[]> contents = new HashMap<>();
        for (String sha2 : used) {
            Multipart.Part p = parts.get(sha2);
            types.put(sha2, p.header("content-type") == null ? "application/octet-stream" : p.header("content-type"));
            contents.put(sha2, p.body());
        }
        StatementStore.saveAttachments(c, types, contents);
    }
}
