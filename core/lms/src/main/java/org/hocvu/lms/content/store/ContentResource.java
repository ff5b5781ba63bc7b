package org.hocvu.lms.content.store;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.content.Caller;
import org.hocvu.lms.shared.ApiException;

import java.util.List;
import java.util.UUID;

/**
 * Serves package files from their own path, {@code /content/<version id>/<path>}, apart from the
 * pages: a strict Content-Security-Policy with {@code sandbox} (the file runs in an opaque origin,
 * so it can read no cookie and call nothing of the pages as the signed-in person), no sniffing, no
 * referrer. Native lessons may run no script at all; cmi5 AUs may run their own scripts and talk to
 * the LRS. Published files never change, so they are cached for a year; drafts are shown only to
 * their organisation and reviewers (with a bearer token), never cached.
 */
@Path("/content/{version}/{path: .+}")
@Tag(name = "content")
public class ContentResource {
    static final String NATIVE_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'; "
            + "style-src 'unsafe-inline'; frame-ancestors 'self'; form-action 'none'; base-uri 'none'";
    static final String CMI5_POLICY = "sandbox allow-scripts allow-forms allow-popups; default-src 'self'; "
            + "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'";

    @Inject
    EntityManager em;
    @Inject
    ContentStore store;
    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @Transactional
    @Operation(summary = "A file of a package version (published: anyone; draft: its organisation and reviewers)")
    public Response file(@PathParam("version") String version, @PathParam("path") String path,
                         @HeaderParam("If-None-Match") String ifNoneMatch) {
        UUID versionId = uuid(version);
        List<?> rows = em.createNativeQuery("""
                SELECT f.sha256, v.status, p.kind, p.organisation FROM content_version_file f
                JOIN content_version v ON v.id = f.version_id JOIN content_package p ON p.id = v.package_id
                WHERE f.version_id = ?1 AND f.path = ?2""").setParameter(1, versionId).setParameter(2, path).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("content.file.not-found");
        }
        Object[] row = (Object[]) rows.get(0);
        String sha = ((String) row[0]).strip();
        boolean published = "published".equals(row[1]) || "superseded".equals(row[1]);
        if (!published && !mayPreview((String) row[3])) {
            throw ApiException.notFound("content.file.not-found");
        }
        java.nio.file.Path blob = store.open(sha).orElseThrow(() -> ApiException.notFound("content.file.not-found"));
        String etag = "\"" + sha + "\"";
        Response.ResponseBuilder response = etag.equals(ifNoneMatch) ? Response.notModified()
                : Response.ok(blob.toFile(), ContentTypes.of(path));
        return response.tag(new jakarta.ws.rs.core.EntityTag(sha))
                .header("Cache-Control", published ? "public, max-age=31536000, immutable" : "private, no-store")
                .header("Content-Security-Policy", "native".equals(row[2]) ? NATIVE_POLICY : CMI5_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                // a cmi5 AU runs sandboxed in an opaque origin: its own scripts, styles and images are requests
                // from "null", which a same-origin resource policy would refuse (ADL's CATAPULT AUs then never start)
                .header("Cross-Origin-Resource-Policy", "native".equals(row[2]) ? "same-origin" : "cross-origin")
                .build();
    }

    private boolean mayPreview(String organisation) {
        if (identity.isAnonymous()) {
            return false;
        }
        Caller caller = Caller.of(identity);
        return caller.reviewer() || organisation.equals(caller.organisation());
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("content.file.not-found");
        }
    }
}
