package org.hocvu.lms.xapi.http;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.XapiVersion;
import org.hocvu.lms.xapi.auth.XapiCaller;
import org.hocvu.lms.xapi.auth.XapiCallers;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The xAPI 1.0.3 LRS at /xapi/. Who may call: /xapi/about anyone; every other resource needs an
 * LRS Basic credential or a Keycloak token, and each resource checks the caller's xAPI scopes
 * (see {@link XapiCaller}). Security is decided here rather than by annotations because the
 * alternate request syntax may carry the Authorization header inside the form body.
 */
@Path("/xapi")
@Tag(name = "xapi")
@PermitAll
public class XapiResource {
    private static final Logger LOG = Logger.getLogger(XapiResource.class);

    @Inject
    SecurityIdentity identity;
    @Inject
    XapiCallers callers;
    @Inject
    XapiRouter router;
    @Context
    HttpServerRequest vertxRequest;

    @GET
    @Path("{resource: .+}")
    @Operation(summary = "xAPI GET (statements, documents, activities, agents, about)")
    public Response get(@PathParam("resource") String resource, @Context UriInfo uri, @Context HttpHeaders headers) {
        return dispatch("GET", resource, uri, headers, null);
    }

    @HEAD
    @Path("{resource: .+}")
    public Response head(@PathParam("resource") String resource, @Context UriInfo uri, @Context HttpHeaders headers) {
        return dispatch("HEAD", resource, uri, headers, null);
    }

    @PUT
    @Path("{resource: .+}")
    @Consumes("*/*")
    @Operation(summary = "xAPI PUT (a statement with statementId, a document)")
    public Response put(@PathParam("resource") String resource, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return dispatch("PUT", resource, uri, headers, body);
    }

    @POST
    @Path("{resource: .+}")
    @Consumes("*/*")
    @Operation(summary = "xAPI POST (statements, document merge, the alternate request syntax)")
    public Response post(@PathParam("resource") String resource, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return dispatch("POST", resource, uri, headers, body);
    }

    @DELETE
    @Path("{resource: .+}")
    @Operation(summary = "xAPI DELETE (documents)")
    public Response delete(@PathParam("resource") String resource, @Context UriInfo uri, @Context HttpHeaders headers) {
        return dispatch("DELETE", resource, uri, headers, null);
    }

    private Response dispatch(String method, String resource, UriInfo uri, HttpHeaders httpHeaders, byte[] body) {
        Locale locale = Messages.fromAcceptLanguage(httpHeaders.getAcceptableLanguages());
        try {
            Map<String, String> headers = new HashMap<>();
            httpHeaders.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            String formType = headers.remove(XapiHttpFilter.FORM_CONTENT_TYPE.toLowerCase(Locale.ROOT));
            if (formType != null) {
                headers.put("content-type", formType);
            }
            Map<String, String> params = single(uri.getQueryParameters());
            String effectiveMethod = method;
            byte[] effectiveBody = body;
            if (method.equals("POST") && params.containsKey("method")) {
                AlternateSyntax alternate = AlternateSyntax.parse(params, headers, body);
                effectiveMethod = alternate.method();
                params = alternate.params();
                effectiveBody = alternate.body();
            }
            String client = vertxRequest.remoteAddress() == null ? "?" : vertxRequest.remoteAddress().hostAddress();
            XapiCaller caller = callers.of(identity, formAuthorization(headers, httpHeaders), client);
            XapiRequest request = new XapiRequest(effectiveMethod, resource, params, headers, effectiveBody, caller);
            if (!router.allows(resource, effectiveMethod)) {
                throw new XapiException(405, "xapi.method.not-allowed", effectiveMethod, resource);
            }
            if (!resource.equals("about")) {
                checkVersion(request);
                if (caller.anonymous()) {
                    throw new XapiException(401, "xapi.auth.required");
                }
            }
            return router.handler(resource).handle(request);
        } catch (XapiException e) {
            if (e.status() >= 500) {
                LOG.error("xAPI request failed", e);
            }
            return XapiResponses.error(e, locale);
        }
    }

    /** The Authorization given as a form parameter of the alternate syntax; a real header wins. */
    private static String formAuthorization(Map<String, String> headers, HttpHeaders original) {
        return original.getHeaderString("Authorization") == null ? headers.get("authorization") : null;
    }

    private static void checkVersion(XapiRequest request) {
        String version = request.header("x-experience-api-version");
        if (version == null) {
            throw XapiException.badRequest("xapi.version.missing", XapiVersion.CURRENT);
        }
        if (!XapiVersion.accepted(version)) {
            throw XapiException.badRequest("xapi.version.unsupported", version, XapiVersion.CURRENT);
        }
    }

    private static Map<String, String> single(MultivaluedMap<String, String> query) {
        Map<String, String> params = new LinkedHashMap<>();
        query.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        return params;
    }
}
