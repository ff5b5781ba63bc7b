package org.hocvu.lms.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.lms.xapi.feed.LearningStatement;
import org.hocvu.lms.xapi.feed.XapiStatementConsumer;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every committed statement, so tests see what the assessment context recorded. */
@ApplicationScoped
public class RecordedStatements implements XapiStatementConsumer {
    private final List<LearningStatement> received = new CopyOnWriteArrayList<>();

    List<LearningStatement> ofRegistration(UUID registration) {
        return received.stream().filter(s -> registration.equals(s.registration())).toList();
    }

    @Override
    public String name() {
        return "assessment-test-recorder";
    }

    @Override
    public void accept(List<LearningStatement> statements) {
        received.addAll(statements);
    }
}
