package org.hocvu.lms.certificate;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.certificate.key.IssuerKeys;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;

import java.util.List;
import java.util.UUID;

/** Certificates in the JSON API: one credential for its holder or an admin; the latest, revocation and key rotation for admins. */
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates")
public class CertificateResource {
    /** The admin list shows this many of the latest certificates. */
    static final int ADMIN_LIST = 100;

    @Inject
    CertificateService certificates;
    @Inject
    IssuerKeys keys;
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;

    /** Why a certificate is revoked. */
    public record Revocation(String reason) {
    }

    @GET
    @Path("{id}")
    @Produces({"application/vc+ld+json", MediaType.APPLICATION_JSON})
    @Authenticated
    @Operation(summary = "The signed OpenBadgeCredential, to its holder and to admins")
    public Response credential(@PathParam("id") String id) {
        String credential = certificates.credential(CertificateService.parseId(id), identities.me(identity).id(), isAdmin());
        return Response.ok(credential, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CAMPAIGN_ADMIN})
    @Operation(summary = "The latest certificates issued (admins)")
    public List<CertificateView> latest() {
        return certificates.latest(ADMIN_LIST);
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CAMPAIGN_ADMIN})
    @Operation(summary = "Revoke a certificate with a reason (admins); the status list says so from now on")
    public CertificateView revoke(@PathParam("id") String id, Revocation revocation) {
        UUID certificate = CertificateService.parseId(id);
        if (certificate == null) {
            throw ApiException.notFound("certificate.not-found");
        }
        return certificates.revoke(certificate, revocation == null ? null : revocation.reason(),
                identity.getPrincipal().getName());
    }

    @POST
    @Path("issuer-keys/rotation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retire the signing key and make a new one (older certificates stay verifiable)")
    public IssuerKeys.KeyView rotate() {
        return keys.rotate();
    }

    private boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.CAMPAIGN_ADMIN);
    }
}
