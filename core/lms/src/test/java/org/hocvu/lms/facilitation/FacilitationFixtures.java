package org.hocvu.lms.facilitation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.shared.event.DomainEventFeed;
import org.hocvu.lms.xapi.feed.StatementFeed;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** People, sessions and the statements they leave, for the facilitation tests. */
@ApplicationScoped
public class FacilitationFixtures {
    /** A commune of Đồng Tháp only these tests use: the facilitators' unit. */
    static final String COMMUNE = "28336";
    /** A neighbouring commune, outside it. */
    static final String OUTSIDE = "28345";
    static final String SKILL = "sets-two-factor";
    static final String GROUP = "testers";

    @Inject
    IdentityService identities;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    DomainEventFeed domainFeed;
    @Inject
    StatementFeed statementFeed;

    /** A person with an account who never signed in, in {@code unit}; their learner id. */
    UUID learner(String username, String name, String unit) {
        return identities.provision("sub-" + username, username, name, unit, Set.of(GROUP)).id();
    }

    static ValidatableResponse put(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/api/v1/facilitation" + path).then();
    }

    static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/facilitation" + path).then();
    }

    static String session(String unit, String place, String... team) {
        return """
                {"unitCode":"%s","startsAt":"2026-11-20T02:00:00Z","endsAt":"2026-11-20T04:00:00Z","place":"%s",
                 "topic":{"kind":"skill","id":"testers/sets-two-factor"},"team":[%s],"notes":"Mang theo điện thoại"}"""
                .formatted(unit, place, String.join(",", List.of(team).stream().map(t -> "\"" + t + "\"").toList()));
    }

    static String person(String name, int birthYear, String unit) {
        return """
                {"fullName":"%s","birthYear":%d,"unitCode":"%s","groups":["testers"],
                 "consent":{"given":true,"textVersion":"2026-1","readAloud":true}}""".formatted(name, birthYear, unit);
    }

    static String verification(UUID learner) {
        return """
                {"learnerId":"%s","pluginId":"testers","skillId":"sets-two-factor","note":"Tự bật được"}""".formatted(learner);
    }

    /** The statements with this verb about this learner, as stored (voided ones included), oldest first. */
    List<JsonNode> statements(String verbIri, UUID learner) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT CAST(statement AS text), voided FROM xapi_statement
                            WHERE statement -> 'verb' ->> 'id' = ?1 AND statement -> 'actor' -> 'account' ->> 'name' = ?2
                            ORDER BY seq""")
                    .setParameter(1, verbIri).setParameter(2, learner.toString()).getResultList();
            return rows.stream().map(r -> {
                try {
                    return ((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree((String) r[0]))
                            .put("_voided", (Boolean) r[1]);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(JsonNode.class::cast).toList();
        });
    }

    /** The voiding statements that target this statement. */
    long voidings(UUID target) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM xapi_statement WHERE voiding AND statement -> 'object' ->> 'id' = ?1""")
                .setParameter(1, target.toString()).getSingleResult()).longValue());
    }

    void drain() {
        domainFeed.drain();
        statementFeed.drain();
        domainFeed.drain();
    }
}
