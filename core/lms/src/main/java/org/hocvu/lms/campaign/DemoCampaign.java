package org.hocvu.lms.campaign;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.plugin.IndicatorKind;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.unit.UnitView;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.record.Result;
import org.hocvu.lms.xapi.record.Score;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * With {@code hocvu.campaign.demo-unit} set (the launcher sets the demo manager's province), seeds a
 * demo campaign there: baselines for every commune and group, a province target and a commune's own,
 * two responsibilities, and generated learners whose results are written as statements through
 * {@link LearningRecords} (the real path), so the progress comes from the feed like any other.
 * Generated learners exist in the campaign's roster only (they never signed in). Idempotent: each
 * chunk of learners is written once, in one transaction with its roster rows; runs in the
 * background so the start does not wait for it.
 */
@ApplicationScoped
public class DemoCampaign {
    private static final Logger LOG = Logger.getLogger(DemoCampaign.class);
    static final String SEEDER = "hocvu-demo";
    private static final int CHUNK = 250;

    @ConfigProperty(name = "hocvu.campaign.demo-unit")
    Optional<String> demoUnit;
    @ConfigProperty(name = "hocvu.campaign.demo-learners", defaultValue = "2000")
    int learners;
    @Inject
    UnitService units;
    @Inject
    UnitPaths paths;
    @Inject
    PluginRegistry plugins;
    @Inject
    Baselines baselines;
    @Inject
    Targets targets;
    @Inject
    Responsibilities responsibilities;
    @Inject
    Roster roster;
    @Inject
    Tally tally;
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 950) StartupEvent event) {
        if (demoUnit.isEmpty() || !units.exists(demoUnit.get())) {
            return;
        }
        Thread seeding = new Thread(() -> {
            // a thread of our own has no request context; the unit and plugin reads need one
            io.quarkus.arc.ManagedContext requestContext = io.quarkus.arc.Arc.container().requestContext();
            requestContext.activate();
            try {
                long started = System.nanoTime();
                int written = seed(demoUnit.get());
                LOG.infof("Demo campaign for unit %s: %d new learner(s) seeded in %d ms", demoUnit.get(), written,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Demo campaign: seeding failed", e);
            } finally {
                requestContext.terminate();
            }
        }, "campaign-demo");
        seeding.setDaemon(true);
        seeding.start();
    }

    /** Seeds the demo campaign below {@code unit}; returns how many learners were new. */
    int seed(String unit) {
        List<UnitView> communes = units.children(unit).stream().filter(u -> !u.closed()).toList();
        List<String> groups = List.copyOf(plugins.targetGroupIds());
        if (communes.isEmpty() || groups.isEmpty()) {
            return 0;
        }
        QuarkusTransaction.requiringNew().run(() -> plan(unit, communes, groups));
        int written = 0;
        for (int from = 0; from < learners; from += CHUNK) {
            int start = from;
            written += QuarkusTransaction.requiringNew().call(() -> learners(start, Math.min(start + CHUNK, learners), communes, groups));
        }
        return written;
    }

    /** Baselines (replaced by the same figures each start), the targets and responsibilities (once). */
    private void plan(String unit, List<UnitView> communes, List<String> groups) {
        StringBuilder csv = new StringBuilder("year,group,unit,population\n");
        double expected = (double) learners / (communes.size() * groups.size());
        for (UnitView commune : communes) {
            Random r = new Random(commune.code().hashCode());
            for (String group : groups) {
                int population = (int) Math.max(3, Math.round(expected * (1.1 + r.nextDouble() * 0.5)));
                csv.append(2025).append(',').append(group).append(',').append(commune.code()).append(',').append(population).append('\n');
                csv.append(2026).append(',').append(group).append(',').append(commune.code()).append(',').append(population + 2).append('\n');
            }
        }
        baselines.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8), SEEDER, Messages.VIETNAMESE);
        Number planned = (Number) em.createNativeQuery("SELECT count(*) FROM campaign_responsibility WHERE created_by = ?1")
                .setParameter(1, SEEDER).getSingleResult();
        if (planned.intValue() > 0) {
            return;
        }
        String group = groups.get(0);
        String passed = indicatorOfKind(group, IndicatorKind.PASSED_STANDARD_TEST);
        targets.set(new TargetChange(2026, group, passed, unit, 75), SEEDER);
        targets.set(new TargetChange(2026, group, passed, communes.get(0).code(), 90), SEEDER);
        int year = LocalDate.now(clock).getYear();
        responsibilities.assign(new NewResponsibility(2026, group, passed, communes.get(0).code(),
                "UBND " + communes.get(0).name(), "Trần Văn Minh", LocalDate.of(year, 1, 15)), SEEDER);
        responsibilities.assign(new NewResponsibility(2026, group, indicatorOfKind(group, IndicatorKind.COMPLETED_CURRICULUM), unit,
                "Sở Khoa học và Công nghệ", "Nguyễn Thị Lan", LocalDate.of(year, 12, 31)), SEEDER);
    }

    private String indicatorOfKind(String group, IndicatorKind kind) {
        return plugins.plugin(group).indicators().stream().filter(i -> i.kind() == kind).findFirst().orElseThrow().id();
    }

    /** Learners {@code from} (inclusive) to {@code to}, unless this chunk was written before. */
    private int learners(int from, int to, List<UnitView> communes, List<String> groups) {
        Number done = (Number) em.createNativeQuery("SELECT count(*) FROM campaign_learner WHERE learner_id = ?1")
                .setParameter(1, learnerId(to - 1)).getSingleResult();
        if (done.intValue() > 0) {
            return 0;
        }
        Tally.Changes changes = new Tally.Changes();
        List<LearningEvent> events = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 3, 1);
        long days = Math.max(1, LocalDate.now(clock).toEpochDay() - first.toEpochDay());
        for (int n = from; n < to; n++) {
            Random r = new Random(n);
            UUID learner = learnerId(n);
            UnitView commune = communes.get(r.nextInt(communes.size()));
            String group = groups.get(r.nextInt(groups.size()));
            roster.regroup(learner, Set.of(group), changes);
            roster.moveTo(learner, new Roster.Place(commune.code(), paths.of(commune.code())), changes);
            // communes differ in how far along they are, so the ranking means something
            double zeal = 0.35 + new Random(commune.code().hashCode() * 31L).nextDouble() * 0.6;
            events.addAll(results(learner, group, r, zeal, first, days));
        }
        tally.apply(changes);
        records.record(events);
        return to - from;
    }

    private List<LearningEvent> results(UUID learner, String group, Random r, double zeal, LocalDate first, long days) {
        List<LearningEvent> events = new ArrayList<>();
        PluginData plugin = plugins.plugin(group);
        Map<String, String> name = Map.of("vi", plugins.groupName(group, Messages.VIETNAMESE));
        if (r.nextDouble() < zeal) {
            for (PluginData.Course course : plugin.curriculum()) {
                events.add(event(learner, Verb.COMPLETED, activities.course(course.id(), name), first, days, r, "course " + course.id()));
            }
        }
        if (r.nextDouble() < zeal * 0.85) {
            events.add(event(learner, Verb.PASSED, activities.standardTest(group, name), first, days, r, "test")
                    .withResult(Result.graded(Score.points(80 + r.nextInt(21), 100), true)));
        }
        plugin.indicators().stream().filter(i -> i.kind() == IndicatorKind.VERIFIED_SKILLS).findFirst().ifPresent(i -> {
            if (r.nextDouble() < zeal * 0.6) {
                i.refs().forEach(skill -> events.add(event(learner, Verb.VERIFIED,
                        activities.practicalSkill(group, skill, name), first, days, r, "skill " + skill)));
            }
        });
        return events;
    }

    private LearningEvent event(UUID learner, Verb verb, org.hocvu.lms.xapi.vocabulary.Activity activity, LocalDate first,
                                long days, Random r, String what) {
        Instant at = first.plusDays(r.nextInt((int) days)).atTime(LocalTime.of(8 + r.nextInt(10), r.nextInt(60)))
                .atZone(ProgressFeed.CAMPAIGN_ZONE).toInstant();
        return LearningEvent.of(learner, verb, activity).at(at)
                .withId(UUID.nameUUIDFromBytes(("hocvu-demo-statement:" + learner + ":" + what).getBytes(StandardCharsets.UTF_8)));
    }

    static UUID learnerId(int n) {
        return UUID.nameUUIDFromBytes(("hocvu-demo-learner:" + n).getBytes(StandardCharsets.UTF_8));
    }
}
