package org.hocvu.lms.xapi.credential;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.xapi.auth.Scope;

import java.util.List;
import java.util.Optional;

/**
 * An optional credential with scope "all" created at start (HOCVU_XAPI_BOOTSTRAP_KEY and _SECRET):
 * for a conformance suite or a benchmark on a fresh store, before any admin has signed in.
 * Unset by default; revoke it through the admin API once it is no longer needed.
 */
@ApplicationScoped
public class CredentialBootstrap {
    @Inject
    CredentialService credentials;
    @ConfigProperty(name = "hocvu.xapi.bootstrap.key")
    Optional<String> key;
    @ConfigProperty(name = "hocvu.xapi.bootstrap.secret")
    Optional<String> secret;

    void onStart(@Observes StartupEvent event) {
        if (key.isPresent() && secret.isPresent()) {
            credentials.ensure(key.get(), secret.get(), "bootstrap", List.of(Scope.ALL.value()));
        }
    }
}
