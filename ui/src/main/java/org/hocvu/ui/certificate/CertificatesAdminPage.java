package org.hocvu.ui.certificate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.certificate.CertificateService;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.admin.AdminAccess;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The latest certificates for admins, each with a form to revoke it with a reason. */
@Path("/admin/certificates")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class CertificatesAdminPage {
    static final String PATH = "/admin/certificates";
    static final int SHOWN = 100;

    @Inject
    PageContext page;
    @Inject
    AdminAccess access;
    @Inject
    CertificateService certificates;

    /** The list, the certificate a failed revocation was for and why it failed, whether one was just revoked. */
    public record View(List<CertificateRow> certificates, String failedId, String error, boolean revoked) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificates(Chrome chrome, View view);
    }

    @GET
    public Response list(@QueryParam("revoked") String revoked) {
        return access.refusal(page, Roles.ADMIN, Roles.CAMPAIGN_ADMIN).orElseGet(() -> Response.ok(
                Templates.certificates(page.chrome(), new View(CertificateRow.of(certificates.latest(SHOWN)), null, null, revoked != null))
                        .setLocale(page.locale())).build());
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") String id, @FormParam("reason") String reason) {
        return access.refusal(page, Roles.ADMIN, Roles.CAMPAIGN_ADMIN).orElseGet(() -> {
            UUID certificate = CertificateService.parseId(id);
            try {
                if (certificate == null) {
                    throw ApiException.notFound("certificate.not-found");
                }
                certificates.revoke(certificate, reason, page.identity().getPrincipal().getName());
                return Response.seeOther(URI.create(PATH + "?revoked=1")).build();
            } catch (ApiException refused) {
                String message = Messages.get(page.locale(), refused.messageKey(), refused.args());
                return Response.status(refused.status()).entity(Templates.certificates(page.chromeAt(PATH),
                        new View(CertificateRow.of(certificates.latest(SHOWN)), id, message, false)).setLocale(page.locale())).build();
            }
        });
    }
}
