package org.hocvu.lms.xapi.jdbc;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.exception.JDBCConnectionException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Test-only endpoints failing the way a burst of requests makes them fail: with the exception a real
 * Agroal pool throws when none of its connections frees up in time (a one-connection pool of the
 * test database, its connection held), as {@link Sql} and Hibernate pass it on.
 */
@Path("/api/v1/test-only/exhausted-pool")
@PermitAll
public class ExhaustedPoolProbe {

    @GET
    @Path("/sql")
    public String sql() {
        throw new SqlFailure(acquisitionTimeout());
    }

    @GET
    @Path("/hibernate")
    public String hibernate() {
        throw new JDBCConnectionException("Unable to acquire JDBC Connection", acquisitionTimeout());
    }

    @GET
    @Path("/other-failure")
    public String otherFailure() {
        throw new SqlFailure(new SQLException("relation \"nope\" does not exist", "42P01"));
    }

    static SQLException acquisitionTimeout() {
        var config = ConfigProvider.getConfig();
        AgroalDataSourceConfigurationSupplier tiny = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(1).acquisitionTimeout(Duration.ofMillis(200))
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl(config.getValue("quarkus.datasource.jdbc.url", String.class))
                                .principal(new NamePrincipal(config.getValue("quarkus.datasource.username", String.class)))
                                .credential(new SimplePassword(config.getValue("quarkus.datasource.password", String.class)))));
        try (AgroalDataSource db = AgroalDataSource.from(tiny); Connection held = db.getConnection()) {
            try (Connection second = db.getConnection()) {
                throw new AssertionError("a one-connection pool gave a second connection");
            }
        } catch (SQLException e) {
            return e;
        }
    }
}
