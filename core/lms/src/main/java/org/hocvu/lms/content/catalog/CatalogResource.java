package org.hocvu.lms.content.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;

/** The public catalog of published lesson packages. */
@Path("/api/v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "content")
public class CatalogResource {
    @Inject
    CatalogService catalog;

    @GET
    @PermitAll
    @Operation(summary = "Published packages, newest first; filter by target group, competency code, level and language; q: words of title, summary or publisher, accents aside")
    public Page<CatalogEntry> list(@QueryParam("group") String group, @QueryParam("competency") String competency,
                                   @QueryParam("level") String level, @QueryParam("language") String language,
                                   @QueryParam("q") String query, @QueryParam("page") String page, @QueryParam("size") String size) {
        return catalog.list(group, competency, level, language, query, PageRequest.of(page, size));
    }
}
