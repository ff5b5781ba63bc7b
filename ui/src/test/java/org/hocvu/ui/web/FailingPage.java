package org.hocvu.ui.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A page that breaks, only in tests: shows what a person sees when something fails on the server. */
@Path("/test-only/broken-page")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class FailingPage {
    @GET
    public String fail() {
        throw new IllegalStateException("broken on purpose by the test");
    }
}
