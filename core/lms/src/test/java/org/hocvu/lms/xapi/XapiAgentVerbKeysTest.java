package org.hocvu.lms.xapi;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.xapi.statement.FilterKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hocvu.lms.xapi.XapiFixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agent + verb as one key (V21_0): the migration gives the statements stored before it the keys
 * the LRS's FilterKeys gives new ones, and a statement targeting another still matches each filter
 * through either statement (Communication 2.1.3) though only its own pairs are keyed.
 */
@QuarkusTest
class XapiAgentVerbKeysTest {
    private static final String SCHEMA = "lrs_agent_verb";
    private static final String VERB = "http://adlnet.gov/expapi/verbs/experienced";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    CredentialService credentials;

    @AfterEach
    void drop() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void theMigrationKeysStoredStatementsAsFilterKeysKeysNewOnes() throws SQLException {
        drop();
        Flyway before = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration").target("20.0").load();
        before.migrate();
        // statement -> the identifiers FilterKeys pairs with its verb, in the forms Agents.ifi knows
        Map<String, List<String>> statements = new LinkedHashMap<>();
        statements.put("""
                {"actor":{"mbox":"mailto:an@example.org"},"verb":{"id":"%s"},"object":{"id":"http://example.org/a"}}"""
                .formatted(VERB), List.of("mbox|mailto:an@example.org"));
        statements.put("""
                {"actor":{"mbox_sha1sum":"ABCDEF0123456789ABCDEF0123456789ABCDEF01"},"verb":{"id":"%s"},
                 "object":{"objectType":"Agent","openid":"http://openid.example.org/binh"}}""".formatted(VERB),
                List.of("mbox_sha1sum|abcdef0123456789abcdef0123456789abcdef01", "openid|http://openid.example.org/binh"));
        statements.put("""
                {"actor":{"objectType":"Group","account":{"homePage":"https://hocvu.vn","name":"to-1"},
                          "member":[{"mbox":"mailto:chi@example.org"},{"account":{"homePage":"https://hocvu.vn","name":"dung"}}]},
                 "verb":{"id":"%s"},"object":{"id":"http://example.org/b"}}""".formatted(VERB),
                List.of("account|https://hocvu.vn|to-1", "mbox|mailto:chi@example.org", "account|https://hocvu.vn|dung"));
        statements.put("""
                {"actor":{"mbox":"mailto:giang@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(UUID.randomUUID()), List.of("mbox|mailto:giang@example.org"));
        Map<Long, Set<UUID>> expected = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> statement : statements.entrySet()) {
            var json = XapiJson.parse(statement.getKey().getBytes(StandardCharsets.UTF_8), "statement");
            Set<UUID> keys = new HashSet<>();
            statement.getValue().forEach(ifi -> keys.add(FilterKeys.agentVerb(ifi, json.path("verb").path("id").asText())));
            if (json.path("object").path("objectType").asText().equals("StatementRef")) {
                keys.add(FilterKeys.REFERENCING);
            }
            assertTrue(FilterKeys.of(json).containsAll(keys), "FilterKeys gives " + statement.getValue() + " with the verb");
            expected.put(insert(statement.getKey()), keys);
        }

        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration").load().migrate();

        Map<Long, Set<UUID>> migrated = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, key FROM " + SCHEMA + ".xapi_statement_key ORDER BY seq")) {
            while (rs.next()) {
                migrated.computeIfAbsent(rs.getLong(1), seq -> new HashSet<>()).add(rs.getObject(2, UUID.class));
            }
        }
        assertEquals(expected, migrated, "the migration's keys are FilterKeys' for every stored statement");
    }

    @Test
    void aVoidingStatementMatchesAgentAndVerbThroughEitherStatement() {
        IssuedCredential all = XapiFixtures.credential(credentials, "all");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String learner = "mailto:hoc-vien-" + run + "@example.org";
        String admin = "mailto:quan-tri-" + run + "@example.org";
        String passed = "http://adlnet.gov/expapi/verbs/passed";
        String target = UUID.randomUUID().toString();
        as(all).contentType(ContentType.JSON).body("""
                {"id":"%s","actor":{"mbox":"%s"},"verb":{"id":"%s"},"object":{"id":"http://example.org/test/%s"}}"""
                .formatted(target, learner, passed, run)).post("/xapi/statements").then().statusCode(200);
        String voiding = as(all).contentType(ContentType.JSON).body("""
                {"actor":{"mbox":"%s"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(admin, target))
                .post("/xapi/statements").then().statusCode(200).extract().path("[0]");

        // the admin's own verb is "voided", the learner's is "passed": each pair matches through one side each
        for (String[] filter : List.of(new String[] {admin, passed}, new String[] {learner, "http://adlnet.gov/expapi/verbs/voided"},
                new String[] {admin, "http://adlnet.gov/expapi/verbs/voided"})) {
            as(all).queryParam("agent", "{\"mbox\":\"" + filter[0] + "\"}").queryParam("verb", filter[1])
                    .get("/xapi/statements").then().statusCode(200).body("statements.id", contains(voiding));
        }
        as(all).queryParam("agent", "{\"mbox\":\"" + learner + "\"}").queryParam("verb", "http://adlnet.gov/expapi/verbs/experienced")
                .get("/xapi/statements").then().statusCode(200).body("statements", org.hamcrest.Matchers.empty());
    }

    private long insert(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("INSERT INTO " + SCHEMA + ".xapi_statement (id, stored, filter_keys, statement) VALUES ('"
                     + UUID.randomUUID() + "', now(), '{}', '" + statement.replace("'", "''") + "'::jsonb) RETURNING seq")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
