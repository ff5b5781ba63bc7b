package org.hocvu.ui.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;

/** A page that breaks, only in tests: shows what a person sees when something fails on the server. */
@Path("/test-only/broken-page")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class FailingPage {
    @GET
    public String fail() {
        throw new IllegalStateException("broken on purpose by the test");
    }

    /** Out of connections, as Hibernate reports the pool's acquisition timeout. */
    @GET
    @Path("/busy")
    public String busy() {
        throw new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"));
    }
}
