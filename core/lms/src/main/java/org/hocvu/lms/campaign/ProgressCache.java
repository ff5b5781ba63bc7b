package org.hocvu.lms.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The dashboard's figures per unit, year and day, in an Infinispan cache (embedded and local now;
 * the same cache clusters by configuration later). A change to what the figures are made of (the
 * tally, baselines, targets, responsibilities, imports) drops the entries of the units it reaches
 * once its transaction has committed, and a read that began before such a drop does not store
 * what it computed, so a cached read never hides a committed change.
 */
@ApplicationScoped
public class ProgressCache {
    static final String NAME = "campaign-progress";

    @ConfigProperty(name = "hocvu.campaign.cache.max-entries", defaultValue = "20000")
    long maxEntries;
    @ConfigProperty(name = "hocvu.campaign.cache.minutes", defaultValue = "30")
    long minutes;
    @Inject
    Event<Changed> changes;

    private DefaultCacheManager manager;
    private Cache<String, Entry> cache;
    /** Moves on every drop: a read computed across a drop is not stored. */
    private final AtomicLong generation = new AtomicLong();

    @PostConstruct
    void start() {
        GlobalConfigurationBuilder global = new GlobalConfigurationBuilder().nonClusteredDefault();
        global.jmx().enabled(false);
        manager = new DefaultCacheManager(global.build());
        manager.defineConfiguration(NAME, new ConfigurationBuilder().memory().maxCount(maxEntries)
                .expiration().lifespan(minutes, TimeUnit.MINUTES).build());
        cache = manager.getCache(NAME);
    }

    @PreDestroy
    void stop() {
        manager.stop();
    }

    /** The cached figures of a unit, or {@code compute}'s (stored unless a drop happened meanwhile). */
    Entry get(String unit, int year, LocalDate end, LocalDate today, Locale locale, Supplier<ProgressView> compute) {
        String key = unit + "|" + year + "|" + end + "|" + today + "|" + locale.toLanguageTag();
        Entry cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        Entry computed = new Entry(compute.get());
        if (generation.get() == before) {
            cache.putIfAbsent(key, computed);
        }
        return computed;
    }

    /** Drops, after the current transaction commits (now, outside one), the entries of the units on these paths and above. */
    void changedUnder(Set<String> paths) {
        Set<String> units = new HashSet<>();
        for (String path : paths) {
            for (String code : path.split("/")) {
                if (!code.isEmpty()) {
                    units.add(code);
                }
            }
        }
        generation.incrementAndGet();
        changes.fire(new Changed(Set.copyOf(units)));
    }

    /** Drops every entry after the current transaction commits: targets, baselines and the like reach many units. */
    void changedEverywhere() {
        generation.incrementAndGet();
        changes.fire(new Changed(null));
    }

    long size() {
        return cache.size();
    }

    /**
     * Cached figures with their JSON, written once per path a reader may see (the province's runs to
     * hundreds of kilobytes: writing it on every read would cost more than the rest of a warm read).
     */
    static final class Entry {
        private final ProgressView view;
        /** By how many units of the path, counted up from the unit itself, the reader sees. */
        private final AtomicReferenceArray<byte[]> json;

        Entry(ProgressView view) {
            this.view = view;
            this.json = new AtomicReferenceArray<>(view.path().size() + 1);
        }

        ProgressView view() {
            return view;
        }

        /** The figures with the path {@code visible} (what the reader may follow up), as {@code write} renders them. */
        byte[] json(List<ProgressView.UnitRef> visible, Function<ProgressView, byte[]> write) {
            List<ProgressView.UnitRef> path = view.path();
            int n = visible.size();
            if (n > path.size() || !visible.equals(path.subList(path.size() - n, path.size()))) {
                return write.apply(view.withPath(visible)); // not the path's lower end: not kept
            }
            byte[] kept = json.get(n);
            if (kept == null) {
                kept = write.apply(view.withPath(visible));
                json.compareAndSet(n, null, kept);
            }
            return kept;
        }
    }

    /** What a committed change reached: these units and their entries ({@code units} null: every unit). */
    record Changed(Set<String> units) {
    }

    /** Runs once the transaction that fired it has committed (at once outside a transaction); nothing on a rollback. */
    void drop(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        generation.incrementAndGet();
        if (changed.units() == null) {
            cache.clear();
        } else {
            cache.keySet().removeIf(key -> changed.units().contains(key.substring(0, key.indexOf('|'))));
        }
    }
}
