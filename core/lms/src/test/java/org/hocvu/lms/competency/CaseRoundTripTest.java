package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.hocvu.lms.competency.CaseExchangeTest.BASE;
import static org.hocvu.lms.competency.CaseExchangeTest.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Import → export of a file another CASE tool wrote gives back every identifier, field and association,
 * compared field by field. What changes, by design: objects HọcVụ now serves carry its provider URIs
 * (the source's own address for them is kept in the stored framework), and a package's items and
 * associations carry no {@code CFDocumentURI}, nor its document a {@code CFPackageURI} (the CASE 1.0
 * package schema has none there; the provider API's single objects have them).
 */
class CaseRoundTripTest {
    private static final String SERVED = "<served by the provider>";

    @Test
    void aForeignFileComesBackFieldByField() throws Exception {
        for (String file : List.of("opensalt-style-adult-digital-skills-fr.json", "external-adult-digital-skills.json")) {
            JsonNode source = CaseExchangeTest.resource("/case/" + file);
            Framework f = CaseExchangeTest.read(source).framework();
            JsonNode exported = JSON.valueToTree(new CaseExporter(BASE).export(f, Locale.ENGLISH));
            List<String> differences = new ArrayList<>();
            String sourceBase = source.at("/CFDocument/uri").asText().replaceFirst("/ims/case/v1p0/.*", "/");
            compare("", comparable(source.deepCopy(), sourceBase), comparable(exported.deepCopy(), sourceBase), differences);
            assertEquals(List.of(), differences, file);
        }
    }

    @Test
    void linksToFrameworksHocVuDoesNotHoldKeepTheSourcesUri() throws Exception {
        Framework f = CaseExchangeTest.read(CaseExchangeTest.resource("/case/opensalt-style-adult-digital-skills-fr.json")).framework();
        CasePackage pkg = new CaseExporter(BASE).export(f, Locale.ENGLISH);
        List<String> external = pkg.associations().stream()
                .flatMap(a -> java.util.stream.Stream.of(a.originNodeURI().uri(), a.destinationNodeURI().uri()))
                .filter(u -> !u.startsWith(BASE)).distinct().sorted().toList();
        assertEquals(List.of("https://frameworks.example.eu/case/v1p0/CFDocuments/e7e70000-0000-4000-8000-0000000000d0",
                "https://frameworks.example.eu/case/v1p0/CFItems/e7e70000-0000-4000-8000-000000000101",
                "https://frameworks.example.eu/case/v1p0/CFItems/e7e70000-0000-4000-8000-000000000402"), external);
    }

    /** The URIs of what HọcVụ serves, on either address, are the same to this comparison; nothing else is touched. */
    private static JsonNode comparable(JsonNode node, String sourceBase) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("CFDocumentURI", "CFPackageURI"));
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            List<String> served = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (e.getKey().equals("uri") && e.getValue().isTextual()
                        && (e.getValue().asText().startsWith(sourceBase) || e.getValue().asText().startsWith(BASE))) {
                    served.add(e.getKey());
                } else {
                    comparable(e.getValue(), sourceBase);
                }
            }
            served.forEach(k -> o.put(k, SERVED));
        } else if (node instanceof ArrayNode a) {
            a.forEach(n -> comparable(n, sourceBase));
        }
        return node;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            expected.fieldNames().forEachRemaining(k -> compare(path + "." + k, expected.get(k),
                    actual.has(k) ? actual.get(k) : com.fasterxml.jackson.databind.node.MissingNode.getInstance(), differences));
            actual.fieldNames().forEachRemaining(k -> {
                if (!expected.has(k)) {
                    differences.add(path + "." + k + " added: " + actual.get(k));
                }
            });
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.doubleValue() != actual.doubleValue()) {
                differences.add(path + ": " + expected + " became " + actual);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": " + expected + " became " + actual);
        }
        assertTrue(differences.size() < 100, () -> String.join("\n", differences));
    }
}
