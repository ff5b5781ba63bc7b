package org.hocvu.lms.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.identity.event.LearnerGroupsChanged;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.identity.people.PersonView;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.lms.shared.event.DeliveredEvent;
import org.hocvu.lms.shared.event.DomainEventConsumer;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * On a demo machine ({@code hocvu.content.demo-dir} set, as {@code ./run.sh} does), the demo learner
 * ({@code hocvu.assessment.demo-learner}, default {@code learner}) gets one passed standard test of
 * their group when they first join it: started, answered from the key and submitted through
 * {@link AttemptService}, so its rows, statements, profile and certificate come from the real path.
 * A learner's profile exists only once they sign in, so this follows their first groups.
 */
@ApplicationScoped
public class DemoAttempt implements DomainEventConsumer<LearnerGroupsChanged> {
    private static final Logger LOG = Logger.getLogger(DemoAttempt.class);

    @ConfigProperty(name = "hocvu.content.demo-dir")
    Optional<Path> demoDir;
    @ConfigProperty(name = "hocvu.assessment.demo-learner", defaultValue = "learner")
    String demoUsername;
    @Inject
    PeopleService people;
    @Inject
    IdentityService identities;
    @Inject
    PluginRegistry plugins;
    @Inject
    AttemptService attempts;
    @Inject
    KeyAnswers keys;
    /** The demo learner's id once found: a profile's id never changes, so Keycloak is asked until then only. */
    private volatile UUID demoLearnerId;

    @Override
    public String name() {
        return "assessment-demo-attempt";
    }

    @Override
    public Class<LearnerGroupsChanged> eventType() {
        return LearnerGroupsChanged.class;
    }

    @Override
    public void accept(List<DeliveredEvent<LearnerGroupsChanged>> events) {
        if (demoDir.isEmpty()) {
            return;
        }
        // a learner's first groups are the only events that matter; Keycloak is asked once per batch of them
        List<LearnerGroupsChanged> firstGroups = events.stream().map(DeliveredEvent::event)
                .filter(e -> e.previousGroups() != null && e.previousGroups().isEmpty() && e.groups() != null).toList();
        Optional<UUID> demo = firstGroups.isEmpty() ? Optional.empty() : demoLearner();
        for (LearnerGroupsChanged e : firstGroups) {
            if (demo.filter(e.learnerId()::equals).isPresent()) {
                e.groups().stream().sorted().filter(g -> plugins.testBank(g).usable()).findFirst()
                        .ifPresent(group -> passApart(e.learnerId(), group));
            }
        }
    }

    /** In a transaction of its own: a refusal (a cool-down, a bank changed meanwhile) is logged, never redelivered. */
    private void passApart(UUID learner, String group) {
        try {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> pass(learner, group));
        } catch (RuntimeException e) {
            LOG.warnf("Demo: the %s standard test was not seeded: %s", group, e.getMessage());
        }
    }

    private void pass(UUID learner, String group) {
        AttemptService.Started started = attempts.start(learner, java.util.Set.of(group), group, Locale.forLanguageTag("vi"));
        UUID id = started.attempt().id();
        keys.of(id).forEach((item, response) -> attempts.respond(learner, id, item, response));
        AttemptView done = attempts.submit(learner, id, Locale.forLanguageTag("vi"));
        LOG.infof("Demo: %s took the %s standard test through the real path: %d/%d, passed %s", demoUsername, group,
                done.result().points(), done.result().maxPoints(), done.result().passed());
    }

    /** The demo learner's id, once they have signed in (found through Keycloak by username). */
    private Optional<UUID> demoLearner() {
        if (demoLearnerId != null) {
            return Optional.of(demoLearnerId);
        }
        try {
            Optional<UUID> found = people.search(demoUsername, PageRequest.of("0", "20")).items().stream()
                    .filter(p -> demoUsername.equals(p.username())).map(PersonView::id).findFirst()
                    .map(subject -> identities.profiles(List.of(subject)).get(subject)).map(LearnerView::id);
            found.ifPresent(id -> demoLearnerId = id);
            return found;
        } catch (RuntimeException e) {
            LOG.warnf("Demo: cannot find the demo learner '%s' (%s); no standard test is seeded", demoUsername, e.getMessage());
            return Optional.empty();
        }
    }
}
