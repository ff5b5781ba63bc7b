package org.hocvu.lms.assessment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts how often items are put on forms without touching the item rows at Start: draws are
 * tallied in memory and folded into {@code assessment_item.exposures} by one short transaction every
 * {@code hocvu.assessment.exposure-fold-every}. Concurrent Starts so never queue on item-row locks
 * (the exam-day pool exhaustion). A draw sees the stored count plus what this node has not folded
 * yet, so draws made between folds still spread. Exposure is only a balancing hint: a crash loses
 * at most one interval's tally of this node, never anything of an attempt.
 */
@ApplicationScoped
class ExposureTally {
    @Inject
    ItemStore items;

    private final Map<ItemStore.ItemRef, LongAdder> unfolded = new ConcurrentHashMap<>();

    void drawn(List<ItemStore.ItemRef> refs) {
        refs.forEach(ref -> unfolded.computeIfAbsent(ref, r -> new LongAdder()).increment());
    }

    /** Draws of this item not yet in the stored count. */
    long unfolded(ItemStore.ItemRef ref) {
        LongAdder n = unfolded.get(ref);
        return n == null ? 0 : n.sum();
    }

    /**
     * Adds the tally to the stored counts, in key order so two nodes folding at once never deadlock;
     * the folded amounts leave the tally only once stored (meanwhile a draw may count them twice, which is harmless).
     * One fold at a time on a node (synchronized), or two would store the same tally twice.
     */
    @Scheduled(every = "${hocvu.assessment.exposure-fold-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void fold() {
        Map<ItemStore.ItemRef, Long> snapshot = new TreeMap<>(Comparator.comparing(ItemStore.ItemRef::bank)
                .thenComparing(ItemStore.ItemRef::itemId).thenComparingInt(ItemStore.ItemRef::version));
        unfolded.forEach((ref, n) -> {
            long sum = n.sum();
            if (sum > 0) {
                snapshot.put(ref, sum);
            }
        });
        if (snapshot.isEmpty()) {
            return;
        }
        items.addExposures(snapshot); // its own transaction, committed on return
        snapshot.forEach((ref, n) -> unfolded.get(ref).add(-n));
    }
}
