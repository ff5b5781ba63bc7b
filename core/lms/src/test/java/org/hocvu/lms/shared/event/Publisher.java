package org.hocvu.lms.shared.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A service as a context would write it: it publishes in its transaction, and may then fail. */
@ApplicationScoped
public class Publisher {
    @Inject
    DomainEvents events;

    @Transactional
    public void publish(String what) {
        events.publish(new Happened(what, "d"));
    }

    @Transactional
    public void publishThenFail(String what) {
        events.publish(new Happened(what, "d"));
        throw new IllegalStateException("the change failed after its event was written");
    }
}
