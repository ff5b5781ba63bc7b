package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks the JSON types of a CASE file before it is read into {@link CasePackage}, so that a number where
 * a text belongs, or a null entry in a list, is reported at its path (e.g. {@code CFItems[2].fullStatement})
 * instead of failing the whole read. A JSON {@code null} for an optional field means the field is absent.
 * Fields the specification does not name are ignored, as on import.
 */
final class CaseShapeCheck {

    /** What a field must be. */
    private sealed interface Shape permits Scalar, Obj, Arr {
    }

    private enum Scalar implements Shape { STRING, INTEGER, NUMBER, STRINGS }

    private record Obj(Map<String, Shape> fields) implements Shape {
    }

    private record Arr(Shape element) implements Shape {
    }

    private static final Shape S = Scalar.STRING;
    private static final Obj LINK = obj("title", S, "identifier", S, "uri", S);
    private static final Obj DOCUMENT = obj("identifier", S, "uri", S, "CFPackageURI", LINK, "creator", S, "title", S,
            "lastChangeDateTime", S, "officialSourceURL", S, "publisher", S, "description", S, "subject", Scalar.STRINGS,
            "subjectURI", new Arr(LINK), "language", S, "version", S, "adoptionStatus", S, "statusStartDate", S,
            "statusEndDate", S, "licenseURI", LINK, "notes", S);
    private static final Obj ITEM = obj("identifier", S, "fullStatement", S, "alternativeLabel", S, "CFItemType", S,
            "uri", S, "humanCodingScheme", S, "listEnumeration", S, "abbreviatedStatement", S,
            "conceptKeywords", Scalar.STRINGS, "conceptKeywordsURI", LINK, "notes", S, "language", S,
            "educationLevel", Scalar.STRINGS, "CFItemTypeURI", LINK, "licenseURI", LINK, "statusStartDate", S,
            "statusEndDate", S, "lastChangeDateTime", S, "CFDocumentURI", LINK);
    private static final Obj ASSOCIATION = obj("identifier", S, "associationType", S, "sequenceNumber", Scalar.INTEGER,
            "uri", S, "originNodeURI", LINK, "destinationNodeURI", LINK, "CFAssociationGroupingURI", LINK,
            "lastChangeDateTime", S, "CFDocumentURI", LINK);
    private static final Obj DEFINITION = obj("identifier", S, "uri", S, "title", S, "keywords", S, "hierarchyCode", S,
            "description", S, "licenseText", S, "typeCode", S, "lastChangeDateTime", S);
    private static final Obj DEFINITIONS = obj("CFConcepts", new Arr(DEFINITION), "CFSubjects", new Arr(DEFINITION),
            "CFLicenses", new Arr(DEFINITION), "CFItemTypes", new Arr(DEFINITION),
            "CFAssociationGroupings", new Arr(DEFINITION));
    private static final Obj CRITERION_LEVEL = obj("identifier", S, "uri", S, "description", S, "quality", S,
            "score", Scalar.NUMBER, "feedback", S, "position", Scalar.INTEGER, "rubricCriterionId", S,
            "lastChangeDateTime", S);
    private static final Obj CRITERION = obj("identifier", S, "uri", S, "category", S, "description", S,
            "CFItemURI", LINK, "weight", Scalar.NUMBER, "position", Scalar.INTEGER, "rubricId", S,
            "lastChangeDateTime", S, "CFRubricCriterionLevels", new Arr(CRITERION_LEVEL));
    private static final Obj RUBRIC = obj("identifier", S, "uri", S, "title", S, "description", S,
            "lastChangeDateTime", S, "CFRubricCriteria", new Arr(CRITERION));
    private static final Obj PACKAGE = obj("CFDocument", DOCUMENT, "CFItems", new Arr(ITEM),
            "CFAssociations", new Arr(ASSOCIATION), "CFDefinitions", DEFINITIONS, "CFRubrics", new Arr(RUBRIC));

    private CaseShapeCheck() {
    }

    static void check(JsonNode root, CaseProblems problems) {
        if (root == null || !root.isObject()) {
            problems.add("CFPackage", "not-object");
            return;
        }
        check(root, PACKAGE, "", problems);
    }

    private static void check(JsonNode node, Shape shape, String path, CaseProblems problems) {
        if (shape instanceof Obj o) {
            if (!node.isObject()) {
                problems.add(path, "not-object");
                return;
            }
            o.fields().forEach((name, fieldShape) -> {
                JsonNode value = node.get(name);
                if (value != null && !value.isNull()) {
                    check(value, fieldShape, path.isEmpty() ? name : path + "." + name, problems);
                }
            });
        } else if (shape instanceof Arr a) {
            if (!node.isArray()) {
                problems.add(path, "not-array");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                if (element.isNull()) {
                    problems.add(path + "[" + i + "]", "null-entry");
                } else {
                    check(element, a.element(), path + "[" + i + "]", problems);
                }
            }
        } else {
            scalar(node, (Scalar) shape, path, problems);
        }
    }

    private static void scalar(JsonNode node, Scalar s, String path, CaseProblems problems) {
        switch (s) {
            case STRING -> {
                if (!node.isTextual()) {
                    problems.add(path, "not-string");
                }
            }
            case INTEGER -> {
                if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                    problems.add(path, "not-integer");
                }
            }
            case NUMBER -> {
                if (!node.isNumber()) {
                    problems.add(path, "not-number");
                }
            }
            case STRINGS -> {
                boolean strings = node.isTextual() || node.isArray();
                for (int i = 0; strings && i < node.size(); i++) {
                    strings = node.get(i).isTextual();
                }
                if (!strings) {
                    problems.add(path, "not-strings");
                }
            }
        }
    }

    private static Obj obj(Object... namesAndShapes) {
        Map<String, Shape> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndShapes.length; i += 2) {
            fields.put((String) namesAndShapes[i], (Shape) namesAndShapes[i + 1]);
        }
        return new Obj(fields);
    }
}
