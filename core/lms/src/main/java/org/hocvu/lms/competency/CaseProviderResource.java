package org.hocvu.lms.competency;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.shared.RequestLanguage;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * The IMS CASE 1.0 REST provider API, read-only and public: every URI HọcVụ exports resolves here.
 * Failures answer the binding's {@code imsx_StatusInfo} with its status codes (404 {@code unknownobject}
 * or {@code invaliduuid}, 400 {@code invalid_selection_field} / {@code invalid_sort_field}, 500
 * {@code internal_server_error}). HọcVụ's own bilingual frameworks answer in the Accept-Language asked.
 */
@Path("/ims/case/v1p0")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "IMS CASE 1.0 provider")
public class CaseProviderResource {
    private static final Logger LOG = Logger.getLogger(CaseProviderResource.class);
    private static final int DEFAULT_LIMIT = 100;

    @Inject
    RequestLanguage language;
    @Inject
    CaseProvider provider;

    public record DocumentSet(@JsonProperty("CFDocuments") List<CasePackage.Document> documents) {
    }

    public record AssociationSet(@JsonProperty("CFItem") CasePackage.Item item,
                                 @JsonProperty("CFAssociations") List<CasePackage.Association> associations) {
    }

    public record ItemTypeSet(@JsonProperty("CFItemTypes") List<CasePackage.ItemType> itemTypes) {
    }

    public record ConceptSet(@JsonProperty("CFConcepts") List<CasePackage.Concept> concepts) {
    }

    public record SubjectSet(@JsonProperty("CFSubjects") List<CasePackage.Subject> subjects) {
    }

    @GET
    @Path("CFDocuments")
    @Operation(summary = "The current version of every framework as a CFDocument (limit, offset)")
    public DocumentSet documents(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
                                 @QueryParam("sort") String sort, @QueryParam("orderBy") String orderBy,
                                 @QueryParam("filter") String filter, @QueryParam("fields") String fields) {
        unsupported("sort", sort, "invalid_sort_field");
        unsupported("orderBy", orderBy, "invalid_sort_field");
        unsupported("filter", filter, "invalid_selection_field");
        unsupported("fields", fields, "invalid_selection_field");
        return new DocumentSet(provider.documents(count("offset", offset, 0, 0), count("limit", limit, DEFAULT_LIMIT, 1),
                language.locale()));
    }

    @GET
    @Path("CFDocuments/{sourcedId}")
    public CasePackage.Document document(@PathParam("sourcedId") String id) {
        return provider.document(id, language.locale());
    }

    @GET
    @Path("CFPackages/{sourcedId}")
    public CasePackage pkg(@PathParam("sourcedId") String id) {
        return provider.pkg(id, language.locale());
    }

    @GET
    @Path("CFItems/{sourcedId}")
    public CasePackage.Item item(@PathParam("sourcedId") String id) {
        return provider.item(id, language.locale());
    }

    @GET
    @Path("CFAssociations/{sourcedId}")
    public CasePackage.Association association(@PathParam("sourcedId") String id) {
        return provider.association(id, language.locale());
    }

    @GET
    @Path("CFItemAssociations/{sourcedId}")
    @Operation(summary = "An item and every association that starts or ends at it")
    public AssociationSet itemAssociations(@PathParam("sourcedId") String id) {
        CaseProvider.ItemAssociations found = provider.itemAssociations(id, language.locale());
        return new AssociationSet(found.item(), found.associations());
    }

    @GET
    @Path("CFRubrics/{sourcedId}")
    public CasePackage.Rubric rubric(@PathParam("sourcedId") String id) {
        return provider.rubric(id, language.locale());
    }

    @GET
    @Path("CFItemTypes/{sourcedId}")
    public ItemTypeSet itemTypes(@PathParam("sourcedId") String id) {
        return new ItemTypeSet(provider.itemTypes(id, language.locale()));
    }

    @GET
    @Path("CFConcepts/{sourcedId}")
    public ConceptSet concepts(@PathParam("sourcedId") String id) {
        return new ConceptSet(provider.concepts(id, language.locale()));
    }

    @GET
    @Path("CFSubjects/{sourcedId}")
    public SubjectSet subjects(@PathParam("sourcedId") String id) {
        return new SubjectSet(provider.subjects(id, language.locale()));
    }

    @GET
    @Path("CFLicenses/{sourcedId}")
    public CasePackage.License license(@PathParam("sourcedId") String id) {
        return provider.license(id, language.locale());
    }

    @GET
    @Path("CFAssociationGroupings/{sourcedId}")
    public CasePackage.Grouping grouping(@PathParam("sourcedId") String id) {
        return provider.grouping(id, language.locale());
    }

    @ServerExceptionMapper
    public Response failed(CaseProviderFailure e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ImsxStatusInfo.failure(e.field(), e.codeMinor(), Messages.get(language.locale(), e.getMessage(), e.args())))
                .build();
    }

    /** The binding's answer to anything unforeseen, in its own error body. */
    @ServerExceptionMapper
    public Response broken(RuntimeException e) {
        LOG.error("CASE provider API failed", e);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ImsxStatusInfo.failure("server", "internal_server_error", e.getClass().getSimpleName())).build();
    }

    private static void unsupported(String name, String value, String codeMinor) {
        if (value != null) {
            throw new CaseProviderFailure(400, codeMinor, name, "competency.case.provider.unsupported-parameter", name);
        }
    }

    private static int count(String name, String value, int absent, int min) {
        if (value == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new CaseProviderFailure(400, "invalid_selection_field", name, "competency.case.provider.invalid-selection",
                name, value);
    }
}
