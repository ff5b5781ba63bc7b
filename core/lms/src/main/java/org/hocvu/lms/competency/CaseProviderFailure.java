package org.hocvu.lms.competency;

/**
 * A request the CASE provider API cannot answer: the HTTP status, the binding's code minor
 * ({@code unknownobject}, {@code invaliduuid}, {@code invalid_selection_field}, ...), the request field
 * it concerns, and a message key of {@code i18n/competency} for the description.
 */
public class CaseProviderFailure extends RuntimeException {
    private final int status;
    private final String codeMinor;
    private final String field;
    private final transient Object[] args;

    CaseProviderFailure(int status, String codeMinor, String field, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.codeMinor = codeMinor;
        this.field = field;
        this.args = args;
    }

    static CaseProviderFailure unknown(CaseKind kind, String id) {
        return new CaseProviderFailure(404, "unknownobject", "sourcedId", "competency.case.provider.unknown-object",
                kind.path(), id);
    }

    int status() {
        return status;
    }

    String codeMinor() {
        return codeMinor;
    }

    String field() {
        return field;
    }

    Object[] args() {
        return args;
    }
}
