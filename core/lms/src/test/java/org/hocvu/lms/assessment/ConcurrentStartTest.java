package org.hocvu.lms.assessment;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hocvu.lms.plugin.Difficulty;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A commune hall pressing Start at the same moment: every learner gets a started attempt with a
 * form that satisfies the blueprint, and the draws are counted as exposures once folded.
 */
@QuarkusTest
class ConcurrentStartTest {
    private static final int LEARNERS = 30;
    private static final String TEST = "testers";

    @Inject
    AttemptService attempts;
    @Inject
    AttemptStore store;
    @Inject
    ItemStore items;
    @Inject
    ExposureTally tally;
    @Inject
    PluginRegistry plugins;
    @Inject
    Sql sql;

    @Test
    void simultaneousStartsOfDifferentLearnersAllSucceedWithValidForms() throws Exception {
        tally.fold();
        long exposuresBefore = storedExposures();
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
        List<Future<AttemptService.Started>> starts = new ArrayList<>();
        try {
            for (int i = 0; i < LEARNERS; i++) {
                UUID learner = UUID.randomUUID();
                starts.add(pool.submit(() -> {
                    gate.await();
                    return attempts.start(learner, Set.of(TEST), TEST, Locale.ENGLISH);
                }));
            }
            gate.countDown();
            Set<UUID> ids = new HashSet<>();
            for (Future<AttemptService.Started> start : starts) {
                AttemptService.Started s = start.get(120, TimeUnit.SECONDS);
                assertTrue(s.started(), "a Start answered a resumed attempt: " + s.attempt().id());
                assertEquals("started", s.attempt().status());
                ids.add(s.attempt().id());
                assertFormFollowsBlueprint(s.attempt().id());
            }
            assertEquals(LEARNERS, ids.size());
        } finally {
            pool.shutdownNow();
        }
        tally.fold();
        int formSize = plugins.plugin(TEST).blueprint().items();
        assertEquals(exposuresBefore + (long) LEARNERS * formSize, storedExposures(), "every drawn item is counted once");
    }

    @Test
    void twoStartsOfOneLearnerWithAPreparedAttemptResolveToThatAttempt() throws Exception {
        UUID learner = UUID.randomUUID();
        assertEquals(1, attempts.prepare(TEST, "double-tap", List.of(learner)));
        UUID prepared = store.open(learner, TEST).orElseThrow().id();
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<AttemptService.Started>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starts.add(pool.submit(() -> {
                    gate.await();
                    return attempts.start(learner, Set.of(TEST), TEST, Locale.ENGLISH);
                }));
            }
            gate.countDown();
            int startedHere = 0;
            for (Future<AttemptService.Started> start : starts) {
                AttemptService.Started s = start.get(120, TimeUnit.SECONDS);
                assertEquals(prepared, s.attempt().id());
                assertEquals("started", s.attempt().status());
                assertEquals(plugins.plugin(TEST).blueprint().items(), s.attempt().items().size());
                startedHere += s.started() ? 1 : 0;
            }
            assertEquals(1, startedHere, "one Start started the prepared attempt, the other resumed it");
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertFormFollowsBlueprint(UUID attempt) {
        PluginData plugin = plugins.plugin(TEST);
        Map<String, String> domainOf = new HashMap<>();
        plugin.framework().domains().forEach(d -> d.competencies().forEach(c -> domainOf.put(c.code(), d.code())));
        Map<String, Map<Difficulty, Integer>> drawn = new HashMap<>();
        Set<String> itemIds = new HashSet<>();
        for (AttemptStore.Item row : store.items(attempt)) {
            TestItem item = items.get(row.ref());
            assertTrue(itemIds.add(item.id()), "an item twice on one form: " + item.id());
            drawn.computeIfAbsent(domainOf.get(item.competency()), d -> new HashMap<>()).merge(item.difficulty(), 1, Integer::sum);
        }
        for (PluginData.Area area : plugin.blueprint().areas()) {
            Map<Difficulty, Integer> quota = new HashMap<>(plugin.blueprint().quota(area));
            quota.values().removeIf(n -> n == 0);
            assertEquals(quota, drawn.getOrDefault(area.domain(), Map.of()), "area " + area.domain() + " of attempt " + attempt);
        }
    }

    private long storedExposures() {
        return sql.one("SELECT coalesce(sum(exposures), 0) FROM assessment_item WHERE bank = ?",
                ps -> ps.setString(1, FormDrawer.pluginBank(TEST)), rs -> rs.getLong(1)).orElseThrow();
    }
}
