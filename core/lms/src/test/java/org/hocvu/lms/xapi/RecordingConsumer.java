package org.hocvu.lms.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.lms.xapi.feed.LearningStatement;
import org.hocvu.lms.xapi.feed.XapiStatementConsumer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A statement consumer for the feed test: it remembers what it was given. */
@ApplicationScoped
public class RecordingConsumer implements XapiStatementConsumer {
    private final List<LearningStatement> received = new CopyOnWriteArrayList<>();

    /** What arrived so far (a method: the test holds a client proxy, whose fields are not the bean's). */
    List<LearningStatement> received() {
        return received;
    }

    @Override
    public String name() {
        return "test-recorder";
    }

    @Override
    public void accept(List<LearningStatement> statements) {
        received.addAll(statements);
    }
}
