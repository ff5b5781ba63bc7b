package org.hocvu.lms.certificate.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** The OB 3.0 data model's typed objects: each says what it is in {@code type} (a string or a list). */
final class Shapes {
    private Shapes() {
    }

    static List<String> types(JsonNode type) {
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null && type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    static void requireType(JsonNode node, String where, List<String> problems, String type) {
        if (!types(node.get("type")).contains(type)) {
            problems.add(where + ".type: must include " + type);
        }
    }

    /** Every object of a field that holds one object or a list must be of that type. */
    static void each(JsonNode field, String where, String type, List<String> problems) {
        if (field == null || field.isNull()) {
            return;
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (field.isArray()) {
            field.forEach(nodes::add);
        } else {
            nodes.add(field);
        }
        for (int i = 0; i < nodes.size(); i++) {
            String at = field.isArray() ? where + "[" + i + "]" : where;
            if (!nodes.get(i).isObject()) {
                if (!nodes.get(i).isTextual()) {
                    problems.add(at + ": must be an object or a URI");
                }
            } else {
                requireType(nodes.get(i), at, problems, type);
            }
        }
    }

    static void requireUri(String value, String where, List<String> problems) {
        try {
            if (value == null || new URI(value).getScheme() == null) {
                problems.add(where + ": must be a URI");
            }
        } catch (URISyntaxException e) {
            problems.add(where + ": must be a URI");
        }
    }

    /** An AchievementSubject with its achievement, identifiers, results and source. */
    static void subject(JsonNode subject, List<String> problems) {
        if (subject == null || !subject.isObject()) {
            problems.add("credentialSubject: an Open Badge has one AchievementSubject");
            return;
        }
        requireType(subject, "credentialSubject", problems, "AchievementSubject");
        if (!subject.hasNonNull("id") && !subject.hasNonNull("identifier")) {
            problems.add("credentialSubject: either id or identifier names the recipient");
        }
        each(subject.get("identifier"), "credentialSubject.identifier", "IdentityObject", problems);
        each(subject.get("result"), "credentialSubject.result", "Result", problems);
        each(subject.get("source"), "credentialSubject.source", "Profile", problems);
        JsonNode achievement = subject.get("achievement");
        if (achievement == null || !achievement.isObject()) {
            problems.add("credentialSubject.achievement: an AchievementSubject names its Achievement");
            return;
        }
        requireType(achievement, "credentialSubject.achievement", problems, "Achievement");
        each(achievement.get("resultDescription"), "credentialSubject.achievement.resultDescription", "ResultDescription", problems);
        each(achievement.get("alignment"), "credentialSubject.achievement.alignment", "Alignment", problems);
        each(achievement.get("creator"), "credentialSubject.achievement.creator", "Profile", problems);
    }
}
