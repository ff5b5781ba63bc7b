package org.hocvu.lms.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.lms.identity.event.LearnerUnitChanged;
import org.hocvu.lms.shared.event.DeliveredEvent;
import org.hocvu.lms.shared.event.DomainEventConsumer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A consumer of unit changes for the tests, as a campaign rollup would be: it remembers what it was given. */
@ApplicationScoped
public class RecordingUnitChanges implements DomainEventConsumer<LearnerUnitChanged> {
    private final List<DeliveredEvent<LearnerUnitChanged>> received = new CopyOnWriteArrayList<>();

    List<DeliveredEvent<LearnerUnitChanged>> received() {
        return received;
    }

    @Override
    public String name() {
        return "test-unit-changes";
    }

    @Override
    public Class<LearnerUnitChanged> eventType() {
        return LearnerUnitChanged.class;
    }

    @Override
    public void accept(List<DeliveredEvent<LearnerUnitChanged>> events) {
        received.addAll(events);
    }
}
