package org.hocvu.lms.facilitation;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.facilitation.FacilitationViews.Consent;
import org.hocvu.lms.facilitation.FacilitationViews.PersonInput;
import org.hocvu.lms.facilitation.FacilitationViews.SessionInput;
import org.hocvu.lms.facilitation.FacilitationViews.TopicRef;
import org.hocvu.lms.facilitation.FacilitationViews.VerificationInput;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.identity.people.AccountView;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.ApiException;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the demo content is published at start ({@code hocvu.content.demo-dir}, as ./run.sh sets it),
 * the demo facilitator's work in the demo learner's commune: two sessions about practical skills of
 * the learner's group, a person registered on the spot, their attendance and two skills verified,
 * all through the services, so their statements are in the LRS like any other. Ids are fixed, so a
 * second start finds them and adds nothing; skipped, and said so, without Keycloak or the demo people.
 */
@ApplicationScoped
public class DemoFacilitation {
    private static final Logger LOG = Logger.getLogger(DemoFacilitation.class);
    static final String FACILITATOR = "facilitator";
    static final String LEARNER = "learner";

    @ConfigProperty(name = "hocvu.content.demo-dir")
    Optional<Path> demoDir;
    @Inject
    PeopleService people;
    @Inject
    PluginRegistry plugins;
    @Inject
    Facilitators facilitators;
    @Inject
    Sessions sessions;
    @Inject
    Registrations registrations;
    @Inject
    Verifications verifications;
    @Inject
    Clock clock;

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 960) StartupEvent event) {
        if (demoDir.isEmpty()) {
            return;
        }
        try {
            seed();
        } catch (ApiException | IllegalStateException e) {
            LOG.infof("Demo facilitation not seeded (%s)", e.getMessage());
        }
    }

    @ActivateRequestContext
    void seed() {
        Optional<AccountView> facilitatorAccount = people.account(FACILITATOR);
        Optional<AccountView> learnerAccount = people.account(LEARNER);
        if (facilitatorAccount.isEmpty() || learnerAccount.isEmpty()) {
            return;
        }
        LearnerView facilitator = people.learner(facilitatorAccount.get());
        LearnerView learner = people.learner(learnerAccount.get());
        if (learner.unit() == null || facilitatorAccount.get().unitCode() == null) {
            return;
        }
        Facilitator f = new Facilitator(facilitator.id(), facilitator.displayName(), facilitatorAccount.get().unitCode(),
                facilitators.path(facilitatorAccount.get().unitCode()), false);
        if (!f.covers(facilitators.path(learner.unit().code()))) {
            LOG.infof("Demo facilitation not seeded: the demo facilitator's unit does not cover the demo learner's");
            return;
        }
        List<String> skills = skillsOf(learner);
        if (skills.isEmpty() || sessions.row(id("session-1")).isPresent()) {
            return;
        }
        String commune = learner.unit().code();
        Instant day = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(3));
        for (int n = 1; n <= 2; n++) {
            sessions.put(f, id("session-" + n), new SessionInput(commune, day.plus(Duration.ofDays(n)),
                    day.plus(Duration.ofDays(n)).plus(Duration.ofHours(2)), n == 1 ? "Nhà văn hóa khu phố 1" : "Hội trường phường",
                    new TopicRef("skill", skills.get(n % skills.size())), List.of(), null));
        }
        UUID neighbour = id("person-1");
        registrations.register(f, neighbour, new PersonInput("Trần Thị Bảy", 1952, commune,
                List.of(skills.get(0).split("/", 2)[0]), new Consent(true, "2026-1", true)));
        for (int n = 1; n <= 2; n++) {
            sessions.attend(f, id("session-" + n), learner.id());
            sessions.attend(f, id("session-" + n), neighbour);
        }
        for (int n = 0; n < Math.min(2, skills.size()); n++) {
            String[] skill = skills.get(n).split("/", 2);
            verifications.verify(f, id("verification-" + n), new VerificationInput(learner.id(), skill[0], skill[1],
                    null, id("session-1")));
        }
        LOG.infof("Demo facilitation seeded: 2 sessions, 1 person registered on the spot, 4 attendances, %d skills verified",
                Math.min(2, skills.size()));
    }

    /** "plugin/skill" of the practical skills of the learner's groups, else of every group. */
    private List<String> skillsOf(LearnerView learner) {
        List<String> own = skillsOf(learner.targetGroups().stream().filter(plugins.targetGroupIds()::contains).toList());
        return own.isEmpty() ? skillsOf(List.copyOf(plugins.targetGroupIds())) : own;
    }

    private List<String> skillsOf(List<String> groups) {
        return groups.stream().sorted().flatMap(g -> plugins.plugin(g).practicalSkills().stream()
                .map(PluginData.PracticalSkill::id).map(s -> g + "/" + s)).toList();
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("hocvu-demo-facilitation/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
