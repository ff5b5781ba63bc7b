package org.hocvu.lms.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Locale;

/** Turns every failure of the JSON API into an {@link ApiError} in the caller's language. */
public class ApiExceptionMappers {

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers) {
        return error(e.status(), e.field(), Messages.get(locale(headers), e.messageKey(), e.args()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(HttpHeaders headers) {
        return Response.fromResponse(error(Response.Status.UNAUTHORIZED, null, Messages.get(locale(headers), "error.unauthorized")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hocvu\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return error(Response.Status.FORBIDDEN, null, Messages.get(locale(headers), "error.forbidden"));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers) {
        ConstraintViolation<?> first = e.getConstraintViolations().iterator().next();
        String path = first.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return error(Response.Status.BAD_REQUEST, field,
                Messages.get(locale(headers), "error.invalid-field", field, first.getMessage()));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers) {
        return error(Response.Status.BAD_REQUEST, null, Messages.get(locale(headers), "error.unreadable-json", e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers) {
        return error(Response.Status.NOT_FOUND, null, Messages.get(locale(headers), "error.not-found"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Response.status(status.getStatusCode())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(),
                        Messages.get(locale(headers), "error.http", status.getStatusCode(), status.getReasonPhrase()), null))
                .build();
    }

    static Response error(Response.Status status, String field, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message, field))
                .build();
    }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Messages.VIETNAMESE : Messages.fromAcceptLanguage(headers.getAcceptableLanguages());
    }
}
