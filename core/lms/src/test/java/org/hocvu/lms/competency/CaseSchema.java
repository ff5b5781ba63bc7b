package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The IMS CASE 1.0 CFPackage JSON Schema (test resource {@code case/schema/}), formats asserted. */
final class CaseSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonSchema schema;

    CaseSchema() {
        try (InputStream in = CaseSchema.class.getResourceAsStream("/case/schema/case-v1p0-cfpackage-schema.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> problems(CasePackage pkg) {
        return problems(JSON.valueToTree(pkg));
    }

    List<String> problems(JsonNode pkg) {
        return schema.validate(pkg).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
