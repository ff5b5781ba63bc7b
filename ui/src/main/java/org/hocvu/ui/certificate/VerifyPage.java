package org.hocvu.ui.certificate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.certificate.CertificateCheck;
import org.hocvu.lms.certificate.CertificateService;
import org.hocvu.ui.layout.PageContext;


/**
 * The public verification page, {@code /verify/{id}}, which a certificate's QR code opens: no sign-in,
 * one small self-contained page (no script, inline style, well under 20 KB) for a cheap phone on a poor
 * connection. It says valid, revoked (with the date) or not found, and that the signature and the
 * published status were checked here; it shows only what the certificate shows. An unknown or malformed
 * id gets the same 404 page, after the same amount of work.
 */
@Path("/verify")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class VerifyPage {
    @Inject
    PageContext page;
    @Inject
    CertificateService certificates;

    /** The check with its dates written for people. */
    public record View(CertificateCheck check, String issuedOn, String revokedOn, String lang) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(View view);
    }

    @GET
    @Path("{id}")
    public Response verify(@PathParam("id") String id) {
        CertificateCheck check = certificates.check(id);
        View view = new View(check, CertificateRow.day(check.issuedAt()), CertificateRow.day(check.revokedAt()),
                page.locale().getLanguage());
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        int status = check.outcome() == CertificateCheck.Outcome.NOT_FOUND ? 404 : 200;
        return Response.status(status).entity(Templates.verify(view).setLocale(page.locale())).cacheControl(cache).build();
    }
}
