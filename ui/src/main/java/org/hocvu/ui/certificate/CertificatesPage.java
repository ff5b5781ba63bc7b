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
import org.hocvu.lms.certificate.CertificatePrint;
import org.hocvu.lms.certificate.CertificateService;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.ui.error.ErrorPages;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A learner's certificates: each with its verification page and share link, the signed credential
 * (JSON), a printable A4 PDF and a phone-sized image; and the choice of the name printed on them.
 * Works without JavaScript.
 */
@Path("/certificates")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_certificates", order = 30, roles = {Roles.LEARNER})
public class CertificatesPage {
    static final String PATH = "/certificates";

    @Inject
    PageContext page;
    @Inject
    CertificateService certificates;
    @Inject
    ErrorPages errorPages;

    /** The page's data: the certificates, the name printed (null: none), the profile's name, whether it was just saved. */
    public record View(List<CertificateRow> certificates, String printedName, String profileName, boolean saved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Chrome chrome, View view);
    }

    @GET
    public TemplateInstance list(@QueryParam("saved") String saved) {
        MeView me = page.profile();
        View view = new View(CertificateRow.of(certificates.mine(me.id())), certificates.printedName(me.id()).orElse(null),
                me.displayName() == null ? "" : me.displayName(), saved != null);
        return Templates.list(page.chrome(), view).setLocale(page.locale());
    }

    @POST
    @Path("name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseName(@FormParam("printName") String printName) {
        MeView me = page.profile();
        certificates.choosePrintedName(me.id(), "yes".equals(printName) ? me.displayName() : null);
        return Response.seeOther(URI.create(PATH + "?saved=1")).build();
    }

    @GET
    @Path("{id}/credential")
    @Produces(MediaType.APPLICATION_JSON)
    public Response credential(@PathParam("id") String id) {
        return download(id, uuid -> certificates.credential(uuid, page.profile().id(), false), MediaType.APPLICATION_JSON, "json");
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        return download(id, uuid -> CertificatePrint.pdf(sheet(uuid), page.locale()), "application/pdf", "pdf");
    }

    @GET
    @Path("{id}/png")
    @Produces("image/png")
    public Response png(@PathParam("id") String id) {
        return download(id, uuid -> CertificatePrint.png(sheet(uuid), page.locale()), "image/png", "png");
    }

    private CertificatePrint.Sheet sheet(UUID id) {
        return certificates.sheet(id, page.profile().id(), false);
    }

    /** A file of one of the caller's own certificates; anyone else's, or an unknown id, is the 404 page. */
    private Response download(String id, java.util.function.Function<UUID, Object> body, String type, String extension) {
        UUID uuid = CertificateService.parseId(id);
        try {
            Object entity = body.apply(uuid);
            return Response.ok(entity, type)
                    .header("Content-Disposition", "attachment; filename=\"hocvu-certificate-" + uuid + "." + extension + "\"")
                    .build();
        } catch (ApiException notFound) {
            return errorPages.response(404, page.chrome(), null);
        }
    }
}
