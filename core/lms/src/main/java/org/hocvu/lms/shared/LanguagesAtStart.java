package org.hocvu.lms.shared;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** A wrong {@code hocvu.languages} stops the start with what is wrong, not the first request that speaks. */
@ApplicationScoped
public class LanguagesAtStart {
    private static final Logger LOG = Logger.getLogger(LanguagesAtStart.class);

    void onStart(@Observes StartupEvent event) {
        Languages languages = Languages.configured();
        LOG.infof("Languages: %s (default %s)", String.join(", ", languages.codes()),
                languages.defaultLanguage().getLanguage());
    }
}
