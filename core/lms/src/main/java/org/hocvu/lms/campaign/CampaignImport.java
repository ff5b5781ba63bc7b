package org.hocvu.lms.campaign;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.Messages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the campaign's CSV imports share: read the file ({@link CampaignCsv}), check every row and
 * gather what passes under its key (figures given for several old units that became one add up;
 * any other second row for a key is refused naming the first), store the gathered values, log the
 * import and drop the cached figures.
 *
 * @param <R> a row of the report
 * @param <V> what is stored under one key
 */
abstract class CampaignImport<R, V> {
    @Inject
    EntityManager em;
    @Inject
    UnitLanding landing;
    @Inject
    PluginRegistry plugins;
    @Inject
    ImportLog log;
    @Inject
    ProgressCache cache;
    @Inject
    Clock clock;

    /** The values a file's rows gather, by key, with the line each key first came from. */
    final class Gathered {
        private final Map<String, V> values = new LinkedHashMap<>();
        private final Map<String, Integer> firstLine = new HashMap<>();
        private final Map<String, Boolean> onlyOldUnits = new HashMap<>();

        /**
         * Adds a row's value under its key ({@code merge} adds it to an earlier one from old units);
         * returns why not when the key already has a row it cannot add up with.
         */
        String add(String key, int line, boolean fromOldUnit, V value, java.util.function.BinaryOperator<V> merge,
                   String duplicate, Locale locale) {
            V before = values.get(key);
            if (before != null && !(fromOldUnit && onlyOldUnits.get(key))) {
                return duplicate + " (" + Messages.get(locale, "campaign.import.row.line", firstLine.get(key)) + ")";
            }
            values.put(key, before == null ? value : merge.apply(before, value));
            firstLine.putIfAbsent(key, line);
            onlyOldUnits.put(key, fromOldUnit);
            return null;
        }
    }

    /** Checks one row (its line in the file counts the header as 1), adding what passes to {@code gathered}. */
    abstract R check(int line, Map<String, String> row, Gathered gathered, Locale locale);

    abstract void store(String key, V value, String by);

    /** Every row's result, after the gathered values are stored. */
    List<R> run(byte[] csv, List<String> columns, String by, Locale locale) {
        List<Map<String, String>> records = CampaignCsv.read(csv, columns);
        Gathered gathered = new Gathered();
        List<R> rows = new ArrayList<>();
        int line = 1;
        for (Map<String, String> r : records) {
            rows.add(check(++line, r, gathered, locale));
        }
        gathered.values.forEach((key, value) -> store(key, value, by));
        cache.changedEverywhere();
        return rows;
    }

    /** Logs the import with its report and returns the report. */
    <T> T logged(String kind, String by, List<R> rows, Predicate<R> imported, ReportMaker<R, T> report) {
        int in = (int) rows.stream().filter(imported).count();
        T made = report.make(in, rows.size() - in, rows);
        log.record(kind, by, in, rows.size() - in, made);
        return made;
    }

    interface ReportMaker<R, T> {
        T make(int imported, int refused, List<R> rows);
    }

    java.sql.Timestamp now() {
        return java.sql.Timestamp.from(clock.instant());
    }
}
