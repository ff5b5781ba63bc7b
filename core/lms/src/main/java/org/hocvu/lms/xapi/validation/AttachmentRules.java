package org.hocvu.lms.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.XapiException;

import java.util.Set;

/** Attachment objects (Data 2.4.11). */
final class AttachmentRules {
    private static final Set<String> ATTACHMENT_PROPERTIES = Set.of("usageType", "display", "description", "contentType",
            "length", "sha2", "fileUrl");

    private AttachmentRules() {
    }

    static void attachments(JsonNode node, String path) {
        Shape.array(node, path);
        for (int i = 0; i < node.size(); i++) {
            attachment(node.get(i), Shape.index(path, i));
        }
    }

    private static void attachment(JsonNode node, String path) {
        Shape.allowOnly(node, path, ATTACHMENT_PROPERTIES);
        Shape.iri(Shape.required(node, "usageType", path), Shape.join(path, "usageType"));
        Shape.languageMap(Shape.required(node, "display", path), Shape.join(path, "display"));
        if (node.has("description")) {
            Shape.languageMap(node.get("description"), Shape.join(path, "description"));
        }
        Shape.formatted(Shape.required(node, "contentType", path), Shape.join(path, "contentType"), Formats::mediaType,
                "xapi.rule.media-type");
        JsonNode length = Shape.required(node, "length", path);
        if (!length.isIntegralNumber() || length.longValue() < 0) {
            throw XapiException.invalid(Shape.join(path, "length"), "xapi.rule.length");
        }
        Shape.formatted(Shape.required(node, "sha2", path), Shape.join(path, "sha2"), Formats::sha2, "xapi.rule.sha2");
        if (node.has("fileUrl")) {
            Shape.iri(node.get("fileUrl"), Shape.join(path, "fileUrl"));
        }
    }
}
