package org.hocvu.lms.certificate;

import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.credential.NewCredential;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.record.Result;
import org.hocvu.lms.xapi.record.Score;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test help: a learner passes (or fails) the testers group's standard test, as the assessment context records it. */
@ApplicationScoped
public class CertificateFixtures {
    public static final String GROUP = "testers";

    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    StatementFeed feed;
    @Inject
    CertificateStore store;
    @Inject
    CredentialService lrsCredentials;

    /** Records a statement of the standard test's outcome and lets the feed deliver it; returns the statement id. */
    public UUID takeTest(UUID learner, boolean passed) {
        UUID statement = records.record(LearningEvent.of(learner, passed ? Verb.PASSED : Verb.FAILED,
                        activities.standardTest(GROUP, Map.of("vi", "Bài kiểm tra chuẩn")))
                .withResult(Result.graded(Score.points(passed ? 20 : 5, 25), passed)));
        feed.drain();
        return statement;
    }

    /** A learner passes and gets their certificate; returns its id. */
    public UUID certified(UUID learner) {
        UUID statement = takeTest(learner, true);
        return store.bySource(statement).orElseThrow(() -> new AssertionError("no certificate issued")).id();
    }

    /** The LRS as a reader of every statement. */
    public RequestSpecification lrs() {
        IssuedCredential c = lrsCredentials.issue(new NewCredential("certificate test " + UUID.randomUUID(), List.of("all")));
        return given().auth().preemptive().basic(c.key(), c.secret()).header("X-Experience-API-Version", "1.0.3");
    }
}
