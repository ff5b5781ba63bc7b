package org.hocvu.lms.scorm;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.content.scorm.ScormPackages;
import org.hocvu.lms.shared.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Serves a SCORM attempt's files under {@code /scorm-run/<token>/<path>}, and beside them the
 * run-time wrapper ({@code __hocvu/rte.html}, {@code rte.js}, {@code scorm-model.js}) that holds {@code API} and
 * {@code API_1484_11}. The wrapper and the SCO it frames share one origin — the SCO must reach the
 * API in its parent synchronously — so this path is not an opaque sandbox like {@code /content}:
 * the separation from the pages comes from serving it on its own origin
 * ({@code hocvu.scorm.content-origin}); when that is set, nothing is served here on any other host.
 * The CSP still keeps the SCO from navigating the page, loading anything from elsewhere or being
 * framed by anyone but HọcVụ.
 */
@Path("/scorm-run/{token}/{path: .+}")
@Tag(name = "scorm")
public class ScormRunFiles {
    static final String RUNTIME = "__hocvu/";
    private static final Map<String, String> OWN = Map.of("rte.html", "text/html; charset=utf-8",
            "rte.js", "text/javascript; charset=utf-8", "scorm-model.js", "text/javascript; charset=utf-8");

    @Inject
    ScormPlayer player;
    @Inject
    ScormPackages packages;
    @ConfigProperty(name = "hocvu.scorm.content-origin")
    Optional<String> contentOrigin;
    @ConfigProperty(name = "hocvu.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    @GET
    @PermitAll
    @Operation(summary = "A file of the run-time token's SCORM package version, or the run-time wrapper")
    public Response file(@PathParam("token") String token, @PathParam("path") String path,
                         @HeaderParam("Host") String host, @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (contentOrigin.filter(o -> !o.isBlank()).map(o -> !URI.create(o).getAuthority().equalsIgnoreCase(host)).orElse(false)) {
            throw ApiException.notFound("scorm.file.not-found");
        }
        if (path.startsWith(RUNTIME) && OWN.containsKey(path.substring(RUNTIME.length()))) {
            String name = path.substring(RUNTIME.length());
            return secured(Response.ok(own(name), OWN.get(name))).header("Cache-Control", "no-cache").build();
        }
        var file = packages.file(player.versionOf(token), path).orElseThrow(() -> ApiException.notFound("scorm.file.not-found"));
        String etag = "\"" + file.sha256() + "\"";
        Response.ResponseBuilder response = etag.equals(ifNoneMatch) ? Response.notModified()
                : Response.ok(file.blob().toFile(), file.contentType());
        return secured(response).tag(new EntityTag(file.sha256())).header("Cache-Control", "private, max-age=86400").build();
    }

    private Response.ResponseBuilder secured(Response.ResponseBuilder response) {
        URI app = URI.create(baseUrl);
        String ancestors = "'self' " + app.getScheme() + "://" + app.getAuthority();
        return response
                .header("Content-Security-Policy", "sandbox allow-scripts allow-same-origin allow-forms allow-popups allow-modals; "
                        + "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; "
                        + "frame-src 'self'; object-src 'none'; frame-ancestors " + ancestors + "; base-uri 'self'; form-action 'self'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    private static byte[] own(String name) {
        try (InputStream in = ScormRunFiles.class.getResourceAsStream("/scorm/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the SCORM run-time file " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
