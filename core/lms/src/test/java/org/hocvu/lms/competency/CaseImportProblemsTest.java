package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.hocvu.lms.competency.CaseExchangeTest.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad CASE files are refused with every problem named by object and field; never an exception. */
class CaseImportProblemsTest {

    private static ObjectNode valid() throws Exception {
        return (ObjectNode) CaseExchangeTest.resource("/case/external-adult-digital-skills.json");
    }

    private static List<String> problems(JsonNode file) {
        CaseImporter.Result result = CaseImporter.read(file, JSON);
        assertNull(result.framework());
        return result.problems().stream().map(p -> p.in(Locale.ENGLISH)).toList();
    }

    @Test
    void anAssociationWithoutItsTypeIsNamed() throws Exception {
        ObjectNode file = valid();
        ((ObjectNode) file.get("CFAssociations").get(3)).remove("associationType");
        assertEquals(List.of("CFAssociations[3].associationType is missing"), problems(file));
    }

    @Test
    void nullEntriesTypeMismatchesAndLengthsAreNamed() throws Exception {
        ObjectNode file = valid();
        ((ArrayNode) file.get("CFItems")).insertNull(1);
        ((ObjectNode) file.get("CFItems").get(2)).put("fullStatement", 5);
        ((ObjectNode) file.get("CFAssociations").get(0)).put("sequenceNumber", "first");
        assertEquals(List.of("CFItems[1] is null, not an object", "CFItems[2].fullStatement must be a string",
                "CFAssociations[0].sequenceNumber must be an integer"), problems(file));

        ObjectNode tooLong = valid();
        ((ObjectNode) tooLong.get("CFItems").get(0)).put("humanCodingScheme", "x".repeat(61));
        ((ObjectNode) tooLong.get("CFDocument")).put("version", "v".repeat(41));
        assertEquals(List.of("CFDocument.version is longer than 40 characters",
                "CFItems[0].humanCodingScheme is longer than 60 characters"), problems(tooLong));
    }

    @Test
    void identifiersTypesAndTreesAreChecked() throws Exception {
        ObjectNode file = valid();
        ((ObjectNode) file.get("CFAssociations").get(1)).put("associationType", "isCousinOf");
        ((ObjectNode) file.get("CFItems").get(1)).put("identifier", "not-a-uuid");
        ((ObjectNode) file.get("CFDocument")).remove("lastChangeDateTime");
        List<String> problems = problems(file);
        assertTrue(problems.contains("CFDocument.lastChangeDateTime is missing"), problems::toString);
        assertTrue(problems.contains("CFItems[1].identifier must be a UUID, not 'not-a-uuid'"), problems::toString);
        assertTrue(problems.contains("CFAssociations[1].associationType: 'isCousinOf' is not a CASE 1.0 association type"), problems::toString);

        ObjectNode cycle = valid();
        ObjectNode back = ((ObjectNode) cycle.get("CFAssociations").get(2)).deepCopy();
        back.put("identifier", "a5500000-0009-4000-8000-000000000009");
        back.set("originNodeURI", cycle.get("CFAssociations").get(2).get("destinationNodeURI"));
        back.set("destinationNodeURI", cycle.get("CFAssociations").get(2).get("originNodeURI"));
        ((ArrayNode) cycle.get("CFAssociations")).add(back);
        assertTrue(problems(cycle).get(0).startsWith("CFAssociations: isChildOf associations make a cycle"));

        assertEquals(List.of("CFPackage must be a JSON object"), problems(JSON.readTree("[1, 2]")));
        assertEquals(List.of("CFDocument is missing"), problems(JSON.readTree("{}")));
    }

    @Test
    void atMostFiftyProblemsAreListedThenCounted() throws Exception {
        ObjectNode file = valid();
        ArrayNode items = (ArrayNode) file.get("CFItems");
        for (int i = 0; i < 120; i++) {
            items.addNull();
        }
        CaseImporter.Result result = CaseImporter.read(file, JSON);
        assertEquals(CaseProblems.LISTED, result.problems().size());
        assertEquals(120, result.problemCount());
    }

    @Test
    void problemsAreInVietnameseByDefault() throws Exception {
        ObjectNode file = valid();
        ((ObjectNode) file.get("CFAssociations").get(3)).remove("associationType");
        assertEquals("CFAssociations[3].associationType: thiếu",
                CaseImporter.read(file, JSON).problems().get(0).in(Locale.forLanguageTag("vi")));
    }
}
