package org.hocvu.lms.shared;

import jakarta.ws.rs.core.Response;

/**
 * A failure a person can act on: an HTTP status, a message key of the {@code i18n/messages}
 * bundle with its arguments, and the request field it concerns (if any).
 */
public class ApiException extends RuntimeException {
    private final Response.Status status;
    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public ApiException(Response.Status status, String messageKey, String field, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.field = field;
        this.args = args;
    }

    public static ApiException badRequest(String field, String messageKey, Object... args) {
        return new ApiException(Response.Status.BAD_REQUEST, messageKey, field, args);
    }

    public static ApiException notFound(String messageKey, Object... args) {
        return new ApiException(Response.Status.NOT_FOUND, messageKey, null, args);
    }

    public static ApiException conflict(String messageKey, Object... args) {
        return new ApiException(Response.Status.CONFLICT, messageKey, null, args);
    }

    public Response.Status status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args;
    }
}
