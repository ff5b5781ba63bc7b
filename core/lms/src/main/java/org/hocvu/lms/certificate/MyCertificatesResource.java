package org.hocvu.lms.certificate;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.shared.ApiException;

import java.util.List;
import java.util.UUID;

/** A learner's own certificates and the name printed on them: any signed-in person, about themselves only. */
@Path("/api/v1/me/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates")
@Authenticated
public class MyCertificatesResource {
    @Inject
    CertificateService certificates;
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;

    /** My certificates, newest first, and the name I chose to have printed on them (null: none). */
    public record Mine(List<CertificateView> items, String printedName) {
    }

    /** Whether my name (as my profile gives it) is printed on my certificates. */
    public record NameChoice(Boolean printName) {
    }

    @GET
    @Operation(summary = "My certificates, newest first")
    public Mine mine() {
        UUID me = identities.me(identity).id();
        return new Mine(certificates.mine(me), certificates.printedName(me).orElse(null));
    }

    @PUT
    @Path("name")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Print my name on my certificates, or no name; valid certificates are signed again")
    public Mine chooseName(NameChoice choice) {
        if (choice == null || choice.printName() == null) {
            throw ApiException.badRequest("printName", "certificate.name.choice");
        }
        var me = identities.me(identity);
        certificates.choosePrintedName(me.id(), choice.printName() ? me.displayName() : null);
        return mine();
    }
}
