package org.hocvu.ui.error;

import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.UnauthorizedExceptionMapper;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.hibernate.JDBCException;
import org.hocvu.lms.shared.ApiExceptionMappers;
import org.hocvu.lms.shared.DatabaseBusy;
import org.hocvu.ui.web.WebRoutes;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;

/**
 * Pages get pages, the JSON API keeps JSON. Quarkus REST answers every path nothing else serves, so
 * an unknown page arrives here as a {@link NotFoundException}; these mappers come before the
 * engine's JSON-only ones and hand the API's paths back to them.
 */
public class PageErrorMappers {
    private static final Logger LOG = Logger.getLogger(PageErrorMappers.class);
    private static final ApiExceptionMappers API = new ApiExceptionMappers();
    private static final UnauthorizedExceptionMapper SIGN_IN = new UnauthorizedExceptionMapper();

    @Inject
    ErrorPages errorPages;

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Uni<Response> notFound(NotFoundException e, HttpServerRequest request) {
        if (WebRoutes.isApi(request.path())) {
            return Uni.createFrom().item(API.notFound(e, request));
        }
        return errorPages.responseFor(404, request);
    }

    /**
     * A page that needs a signed-in person ({@code @Authenticated}, {@code @RolesAllowed}) reached
     * by a visitor: the web tenant's challenge, a redirect to Keycloak's sign-in page, as Quarkus
     * REST answers by default; the JSON API keeps its 401 in JSON.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext context) {
        if (WebRoutes.isApi(context.normalizedPath())) {
            return Uni.createFrom().item(API.unauthorized(context.request()));
        }
        return SIGN_IN.handle(context);
    }

    /**
     * The database out of connections (a burst of requests): a page saying so with {@code Retry-After},
     * not the 500 page; the API keeps its JSON 503. Other database failures are unforeseen.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Uni<Response> database(SQLException failure, HttpServerRequest request) {
        if (WebRoutes.isApi(request.path())) {
            return Uni.createFrom().item(API.database(failure, request));
        }
        if (DatabaseBusy.is(failure)) {
            return Uni.createFrom().item(errorPages.busy(request));
        }
        return unexpected(failure, request);
    }

    /** Hibernate's JDBC failures are judged by the {@link SQLException} they carry. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Uni<Response> hibernate(JDBCException failure, HttpServerRequest request) {
        return database(failure.getSQLException() != null ? failure.getSQLException() : new SQLException(failure.getMessage(), failure),
                request);
    }

    /** Failures nobody foresaw: logged with their trace for operators, never shown to the person. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Uni<Response> unexpected(Exception failure, HttpServerRequest request) {
        LOG.errorf(failure, "%s %s failed", request.method(), request.path());
        if (WebRoutes.isApi(request.path())) {
            return Uni.createFrom().item(API.web(new InternalServerErrorException(), request));
        }
        return errorPages.responseFor(500, request);
    }
}
