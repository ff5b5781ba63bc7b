package org.hocvu.ui;

import io.quarkus.test.common.QuarkusTestResource;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.hocvu.testkit.quarkus.PostgresTestResource;

/** Services shared by every test of the assembled application: started once per test JVM. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
public final class UiTestResources {
    private UiTestResources() {
    }
}
