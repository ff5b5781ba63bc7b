package org.hocvu.lms.cmi5;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;

/** Acts as an AU over REST: reads its launch URL, fetches the token, sends statements and documents with it. */
final class AuClient {
    static final ObjectMapper JSON = new ObjectMapper();
    final Map<String, String> params = new HashMap<>();
    final String session;
    String token;

    AuClient(String launchUrl, String session) {
        for (String pair : URI.create(launchUrl).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        this.session = session;
    }

    String fetchPath() {
        return URI.create(params.get("fetch")).getPath();
    }

    AuClient fetchToken() {
        token = given().post(fetchPath()).then().statusCode(200).contentType(ContentType.JSON).extract().path("auth-token");
        return this;
    }

    /** A cmi5 defined statement of this session; {@code change} alters it before it is sent. */
    ObjectNode statement(String verb, Consumer<ObjectNode> change) {
        try {
            ObjectNode s = JSON.createObjectNode().put("id", UUID.randomUUID().toString());
            s.set("actor", JSON.readTree(params.get("actor")));
            s.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/" + verb);
            s.putObject("object").put("id", params.get("activityId"));
            ObjectNode context = s.putObject("context").put("registration", params.get("registration"));
            context.putObject("extensions").put("https://w3id.org/xapi/cmi5/context/extensions/sessionid", session);
            context.putObject("contextActivities").putArray("category").addObject()
                    .put("id", "https://w3id.org/xapi/cmi5/context/categories/cmi5");
            if (verb.equals("completed") || verb.equals("passed") || verb.equals("failed")) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) context.get("contextActivities").get("category")).addObject()
                        .put("id", "https://w3id.org/xapi/cmi5/context/categories/moveon");
                ObjectNode result = s.putObject("result").put("duration", "PT5S");
                if (verb.equals("completed")) {
                    result.put("completion", true);
                } else {
                    result.put("success", verb.equals("passed"));
                }
            }
            if (verb.equals("terminated")) {
                s.putObject("result").put("duration", "PT9S");
            }
            if (change != null) {
                change.accept(s);
            }
            return s;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Response send(ObjectNode statement) {
        return xapi().contentType(ContentType.JSON).body(statement.toString()).post("/xapi/statements");
    }

    int send(String verb, Consumer<ObjectNode> change) {
        return send(statement(verb, change)).statusCode();
    }

    io.restassured.specification.RequestSpecification xapi() {
        return given().header("Authorization", "Basic " + token).header("X-Experience-API-Version", "1.0.3");
    }

    static ObjectNode score(ObjectNode s, double scaled) {
        ((ObjectNode) s.get("result")).putObject("score").put("scaled", scaled);
        return s;
    }
}
