package org.hocvu.lms.competency;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The error body of the IMS CASE 1.0 REST binding: a failure, its severity, a description and a code minor. */
public record ImsxStatusInfo(@JsonProperty("imsx_codeMajor") String codeMajor,
                             @JsonProperty("imsx_severity") String severity,
                             @JsonProperty("imsx_description") String description,
                             @JsonProperty("imsx_codeMinor") CodeMinor codeMinor) {

    public record CodeMinor(@JsonProperty("imsx_codeMinorField") List<CodeMinorField> fields) {
    }

    public record CodeMinorField(@JsonProperty("imsx_codeMinorFieldName") String name,
                                 @JsonProperty("imsx_codeMinorFieldValue") String value) {
    }

    static ImsxStatusInfo failure(String field, String codeMinor, String description) {
        return new ImsxStatusInfo("failure", "error", description,
                new CodeMinor(List.of(new CodeMinorField(field, codeMinor))));
    }
}
