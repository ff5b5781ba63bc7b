package org.hocvu.lms.shared;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error response of the JSON API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String field) {
}
