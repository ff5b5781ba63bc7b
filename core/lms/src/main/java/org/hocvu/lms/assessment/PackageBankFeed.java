package org.hocvu.lms.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.content.event.VersionPublished;
import org.hocvu.lms.shared.event.DeliveredEvent;
import org.hocvu.lms.shared.event.DomainEventConsumer;

import java.util.List;

/** Follows {@code content.version-published}: the published version's quiz items become its package's bank. */
@ApplicationScoped
public class PackageBankFeed implements DomainEventConsumer<VersionPublished> {
    @Inject
    PackageBanks banks;

    @Override
    public String name() {
        return "assessment-package-banks";
    }

    @Override
    public Class<VersionPublished> eventType() {
        return VersionPublished.class;
    }

    @Override
    public void accept(List<DeliveredEvent<VersionPublished>> events) {
        events.forEach(e -> banks.storeIfCurrent(e.event().packageId(), e.event().versionId()));
    }
}
