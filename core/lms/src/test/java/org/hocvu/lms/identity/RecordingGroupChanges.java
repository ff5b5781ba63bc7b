package org.hocvu.lms.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.lms.identity.event.LearnerGroupsChanged;
import org.hocvu.lms.shared.event.DeliveredEvent;
import org.hocvu.lms.shared.event.DomainEventConsumer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A consumer of target-group changes for the tests. */
@ApplicationScoped
public class RecordingGroupChanges implements DomainEventConsumer<LearnerGroupsChanged> {
    private final List<DeliveredEvent<LearnerGroupsChanged>> received = new CopyOnWriteArrayList<>();

    List<DeliveredEvent<LearnerGroupsChanged>> received() {
        return received;
    }

    @Override
    public String name() {
        return "test-group-changes";
    }

    @Override
    public Class<LearnerGroupsChanged> eventType() {
        return LearnerGroupsChanged.class;
    }

    @Override
    public void accept(List<DeliveredEvent<LearnerGroupsChanged>> events) {
        received.addAll(events);
    }
}
