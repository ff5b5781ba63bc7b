package org.hocvu.lms.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.hocvu.testkit.quarkus.PostgresTestResource;

/**
 * The one set of services every {@code @QuarkusTest} of this module shares (so the application
 * starts once): embedded PostgreSQL and the real Keycloak, each started once per test JVM.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
public final class LmsTestResources {
    private LmsTestResources() {
    }
}
