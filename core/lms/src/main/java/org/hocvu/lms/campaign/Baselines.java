package org.hocvu.lms.campaign;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Population baselines (the denominators) from a CSV with the columns {@code year, group, unit,
 * population}: every good row is stored (replacing that year, group and unit's earlier figure),
 * every bad row is named in the report with a reason a person can act on.
 */
@ApplicationScoped
public class Baselines {
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2100;
    static final List<String> COLUMNS = List.of("year", "group", "unit", "population");

    @Inject
    EntityManager em;
    @Inject
    UnitPaths paths;
    @Inject
    PluginRegistry plugins;
    @Inject
    Clock clock;

    @Transactional
    public BaselineReport importCsv(byte[] csv, String importedBy, Locale locale) {
        if (csv == null || csv.length == 0) {
            throw ApiException.badRequest("file", "campaign.baseline.empty");
        }
        if (csv.length > MAX_BYTES) {
            throw ApiException.badRequest("file", "campaign.baseline.too-big", MAX_BYTES / 1024 / 1024);
        }
        List<Map<String, String>> records = read(csv);
        if (records.size() > MAX_ROWS) {
            throw ApiException.badRequest("file", "campaign.baseline.too-many-rows", MAX_ROWS);
        }
        List<BaselineReport.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int imported = 0;
        int line = 1;
        for (Map<String, String> r : records) {
            line++;
            BaselineReport.Row row = importRow(line, r, seen, importedBy, locale);
            rows.add(row);
            imported += row.imported() ? 1 : 0;
        }
        return new BaselineReport(imported, rows.size() - imported, rows);
    }

    private BaselineReport.Row importRow(int line, Map<String, String> r, Set<String> seen, String by, Locale locale) {
        String unit = trim(r.get("unit"));
        String group = trim(r.get("group"));
        Integer year = number(r.get("year"));
        Integer population = number(r.get("population"));
        String reason = null;
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            reason = Messages.get(locale, "campaign.baseline.row.year", trim(r.get("year")), FIRST_YEAR, LAST_YEAR);
        } else if (!plugins.targetGroupIds().contains(group)) {
            reason = Messages.get(locale, "campaign.baseline.row.group", group, String.join(", ", plugins.targetGroupIds()));
        } else if (!paths.exists(unit)) {
            reason = Messages.get(locale, "campaign.baseline.row.unit", unit);
        } else if (population == null || population < 0) {
            reason = Messages.get(locale, "campaign.baseline.row.population", trim(r.get("population")));
        } else if (!seen.add(year + "|" + group + "|" + unit)) {
            reason = Messages.get(locale, "campaign.baseline.row.duplicate", unit, group, year);
        }
        if (reason != null) {
            return new BaselineReport.Row(line, unit, group, year, population, false, reason);
        }
        em.createNativeQuery("""
                        INSERT INTO campaign_baseline (year, group_id, unit_code, unit_path, population, imported_at, imported_by)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (year, group_id, unit_code) DO UPDATE SET population = EXCLUDED.population,
                        unit_path = EXCLUDED.unit_path, imported_at = EXCLUDED.imported_at, imported_by = EXCLUDED.imported_by""")
                .setParameter(1, year.shortValue()).setParameter(2, group).setParameter(3, unit)
                .setParameter(4, paths.of(unit)).setParameter(5, population)
                .setParameter(6, java.sql.Timestamp.from(clock.instant())).setParameter(7, by).executeUpdate();
        return new BaselineReport.Row(line, unit, group, year, population, true, null);
    }

    private static List<Map<String, String>> read(byte[] csv) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel's byte order mark
        }
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            boolean any = it.hasNextValue(); // reads the header
            CsvSchema header = (CsvSchema) it.getParser().getSchema();
            List<String> missing = COLUMNS.stream().filter(c -> header.column(c) == null).toList();
            if (!missing.isEmpty()) {
                throw ApiException.badRequest("file", "campaign.baseline.columns", String.join(", ", missing), String.join(",", COLUMNS));
            }
            List<Map<String, String>> rows = new ArrayList<>();
            while (any && it.hasNextValue()) {
                rows.add(it.nextValue());
                if (rows.size() > MAX_ROWS) {
                    break;
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("file", "campaign.baseline.unreadable", e.getMessage());
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
