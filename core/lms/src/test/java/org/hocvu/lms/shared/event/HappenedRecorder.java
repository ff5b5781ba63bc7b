package org.hocvu.lms.shared.event;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

@ApplicationScoped
public class HappenedRecorder implements DomainEventConsumer<Happened> {
    private final List<DeliveredEvent<Happened>> received = new CopyOnWriteArrayList<>();

    List<DeliveredEvent<Happened>> received() {
        return received;
    }

    @Override
    public String name() {
        return "test-happened";
    }

    @Override
    public Class<Happened> eventType() {
        return Happened.class;
    }

    @Override
    public void accept(List<DeliveredEvent<Happened>> events) {
        received.addAll(events);
    }
}
