package org.hocvu.lms.certificate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.certificate.key.IssuerKeys;
import org.hocvu.lms.shared.ApiException;

/**
 * The issuer in public, for any verifier: its profile, which is also the controller document listing
 * its keys as assertion methods; each key (active or retired) as a Multikey; the revocation status lists.
 */
@Path("/issuer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates")
@PermitAll
public class IssuerResource {
    static final String MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";
    /** Defines verificationMethod and assertionMethod, which make the profile the keys' controller document. */
    static final String DID_CONTEXT = "https://www.w3.org/ns/did/v1";

    @Inject
    CredentialBuilder builder;
    @Inject
    IssuerKeys keys;
    @Inject
    IssuerUrls urls;
    @Inject
    StatusLists statusLists;

    @GET
    @Operation(summary = "The issuer's Open Badges Profile and the keys it signs with")
    public ObjectNode profile() {
        ObjectNode profile = builder.issuerProfile();
        ObjectNode document = CredentialBuilder.JSON.createObjectNode();
        document.putArray("@context").add(org.hocvu.lms.certificate.proof.BundledContexts.CREDENTIALS_V2)
                .add(org.hocvu.lms.certificate.proof.BundledContexts.OB_V3P0_3_0_3).add(DID_CONTEXT).add(MULTIKEY_CONTEXT);
        document.setAll(profile);
        ArrayNode methods = document.putArray("verificationMethod");
        ArrayNode assertion = document.putArray("assertionMethod");
        for (IssuerKeys.KeyView key : keys.list()) {
            methods.add(key(key));
            assertion.add(urls.key(key.id()));
        }
        return document;
    }

    @GET
    @Path("keys/{id}")
    @Operation(summary = "One signing key (Multikey), active or retired")
    public ObjectNode key(@PathParam("id") String id) {
        IssuerKeys.KeyView key = keys.list().stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("certificate.key.not-found"));
        ObjectNode document = key(key);
        document.put("@context", MULTIKEY_CONTEXT);
        return document;
    }

    @GET
    @Path("status/{list}")
    @Operation(summary = "A revocation status list (BitstringStatusListCredential)")
    public Response statusList(@PathParam("list") String list) {
        long number;
        try {
            number = Long.parseLong(list);
            if (number < 1 || number > 1_000_000) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw ApiException.notFound("certificate.status.not-found");
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(statusLists.credential(number)).cacheControl(cache).build();
    }

    private ObjectNode key(IssuerKeys.KeyView key) {
        ObjectNode method = CredentialBuilder.JSON.createObjectNode();
        method.put("id", urls.key(key.id()));
        method.put("type", "Multikey");
        method.put("controller", urls.issuer());
        method.put("publicKeyMultibase", key.publicKeyMultibase());
        return method;
    }
}
