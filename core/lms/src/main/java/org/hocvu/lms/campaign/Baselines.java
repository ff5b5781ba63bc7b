package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.Messages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.hocvu.lms.campaign.CampaignCsv.number;
import static org.hocvu.lms.campaign.CampaignCsv.trim;

/**
 * Population baselines (the denominators) from a CSV with the columns {@code year, group, unit,
 * population} (and optionally {@code old_unit}): every good row is stored (replacing that year,
 * group and unit's earlier figure), every bad row is named in the report with a reason a person
 * can act on. Rows given for units that ceased at the 2025-07-01 merger land on the new unit
 * ({@link UnitLanding}); several old units that became one add up.
 */
@ApplicationScoped
public class Baselines {
    /** Largest CSV file a campaign admin may upload. */
    public static final int MAX_BYTES = CampaignCsv.MAX_BYTES;
    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2100;
    static final List<String> COLUMNS = List.of("year", "group", "unit", "population");

    @Inject
    EntityManager em;
    @Inject
    UnitLanding landing;
    @Inject
    PluginRegistry plugins;
    @Inject
    ImportLog log;
    @Inject
    Clock clock;

    /** One stored figure: a year, group and unit's population, and whether it came only from old units (those add up). */
    private record Pending(String path, int population, boolean fromOldUnits) {
    }

    @Transactional
    public BaselineReport importCsv(byte[] csv, String importedBy, Locale locale) {
        List<Map<String, String>> records = CampaignCsv.read(csv, COLUMNS);
        List<BaselineReport.Row> rows = new ArrayList<>();
        Map<String, Pending> pending = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        int line = 1;
        for (Map<String, String> r : records) {
            line++;
            rows.add(check(line, r, pending, rowOf, locale));
        }
        pending.forEach((key, p) -> store(key, p, importedBy));
        int imported = (int) rows.stream().filter(BaselineReport.Row::imported).count();
        BaselineReport report = new BaselineReport(imported, rows.size() - imported, rows);
        log.record(ImportLog.BASELINES, importedBy, imported, rows.size() - imported, report);
        return report;
    }

    private BaselineReport.Row check(int line, Map<String, String> r, Map<String, Pending> pending, Map<String, Integer> rowOf,
                                     Locale locale) {
        String unit = trim(r.get("unit"));
        String oldUnit = trim(r.get("old_unit"));
        String group = trim(r.get("group"));
        Integer year = number(r.get("year"));
        Integer population = number(r.get("population"));
        String named = unit.isEmpty() ? oldUnit : unit;
        String reason = null;
        UnitLanding.Landing to = null;
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            reason = Messages.get(locale, "campaign.baseline.row.year", trim(r.get("year")), FIRST_YEAR, LAST_YEAR);
        } else if (!plugins.targetGroupIds().contains(group)) {
            reason = Messages.get(locale, "campaign.baseline.row.group", group, String.join(", ", plugins.targetGroupIds()));
        } else if (!(to = landing.land(unit, oldUnit, locale)).landed()) {
            reason = to.refusal();
        } else if (population == null || population < 0) {
            reason = Messages.get(locale, "campaign.baseline.row.population", trim(r.get("population")));
        } else {
            String key = year + "|" + group + "|" + to.code();
            Pending before = pending.get(key);
            boolean old = to.from() != null;
            if (before != null && !(old && before.fromOldUnits())) {
                reason = Messages.get(locale, "campaign.baseline.row.duplicate", to.code(), group, year) + " ("
                        + Messages.get(locale, "campaign.import.row.line", rowOf.get(key)) + ")";
            } else {
                pending.put(key, new Pending(to.path(), (before == null ? 0 : before.population()) + population, old));
                rowOf.putIfAbsent(key, line);
            }
        }
        return new BaselineReport.Row(line, named, group, year, population, to == null || !to.landed() ? null : to.code(),
                reason == null, reason);
    }

    private void store(String key, Pending p, String by) {
        String[] k = key.split("\\|", 3);
        em.createNativeQuery("""
                        INSERT INTO campaign_baseline (year, group_id, unit_code, unit_path, population, imported_at, imported_by)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (year, group_id, unit_code) DO UPDATE SET population = EXCLUDED.population,
                        unit_path = EXCLUDED.unit_path, imported_at = EXCLUDED.imported_at, imported_by = EXCLUDED.imported_by""")
                .setParameter(1, Short.valueOf(k[0])).setParameter(2, k[1]).setParameter(3, k[2])
                .setParameter(4, p.path()).setParameter(5, p.population())
                .setParameter(6, java.sql.Timestamp.from(clock.instant())).setParameter(7, by).executeUpdate();
    }
}
