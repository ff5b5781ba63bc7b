package org.hocvu.lms.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.JDBCException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;

/**
 * Turns every failure of the JSON API into an {@link ApiError} in the caller's language ({@link RequestLanguage}).
 */
public class ApiExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, HttpServerRequest request) {
        return error(e.status(), e.field(), message(request, e.messageKey(), e.args()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(HttpServerRequest request) {
        return Response.fromResponse(error(Response.Status.UNAUTHORIZED, null, message(request, "error.unauthorized")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hocvu\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return error(Response.Status.FORBIDDEN, null, message(request, "error.forbidden"));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        ConstraintViolation<?> first = e.getConstraintViolations().iterator().next();
        String path = first.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return error(Response.Status.BAD_REQUEST, field,
                message(request, "error.invalid-field", field, first.getMessage()));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        return error(Response.Status.BAD_REQUEST, null, message(request, "error.unreadable-json", e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return error(Response.Status.NOT_FOUND, null, message(request, "error.not-found"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Response.status(status.getStatusCode())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(),
                        message(request, "error.http", status.getStatusCode(), status.getReasonPhrase()), null))
                .build();
    }

    /**
     * No connection free in time (a burst of requests): 503 with {@code Retry-After}, never 500, so
     * clients retry instead of giving up; any other database failure is an unforeseen 500, logged.
     */
    @ServerExceptionMapper
    public Response database(SQLException e, HttpServerRequest request) {
        if (DatabaseBusy.is(e)) {
            return Response.fromResponse(error(Response.Status.SERVICE_UNAVAILABLE, null, message(request, "error.busy", DatabaseBusy.RETRY_AFTER_SECONDS)))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseBusy.RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.errorf(e, "%s %s failed in the database", request.method(), request.path());
        return web(new InternalServerErrorException(), request);
    }

    /** Hibernate's JDBC failures are judged by the {@link SQLException} they carry. */
    @ServerExceptionMapper
    public Response hibernate(JDBCException e, HttpServerRequest request) {
        return database(e.getSQLException() != null ? e.getSQLException() : new SQLException(e.getMessage(), e), request);
    }

    private static String message(HttpServerRequest request, String key, Object... args) {
        return Messages.get(RequestLanguage.of(request), key, args);
    }

    static Response error(Response.Status status, String field, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message, field))
                .build();
    }
}
