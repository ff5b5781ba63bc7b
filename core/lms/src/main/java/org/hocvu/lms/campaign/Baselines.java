package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hocvu.lms.shared.Messages;

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
public class Baselines extends CampaignImport<BaselineReport.Row, Baselines.Population> {
    /** Largest CSV file a campaign admin may upload. */
    public static final int MAX_BYTES = CampaignCsv.MAX_BYTES;
    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2100;
    static final List<String> COLUMNS = List.of("year", "group", "unit", "population");

    /** What is stored for a year, group and unit. */
    record Population(String path, int people) {
    }

    @Transactional
    public BaselineReport importCsv(byte[] csv, String importedBy, Locale locale) {
        List<BaselineReport.Row> rows = run(csv, COLUMNS, importedBy, locale);
        return logged(ImportLog.BASELINES, importedBy, rows, BaselineReport.Row::imported, BaselineReport::new);
    }

    @Override
    BaselineReport.Row check(int line, Map<String, String> r, Gathered gathered, Locale locale) {
        String unit = trim(r.get("unit"));
        String oldUnit = trim(r.get("old_unit"));
        String group = trim(r.get("group"));
        Integer year = number(r.get("year"));
        Integer population = number(r.get("population"));
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
            reason = gathered.add(year + "|" + group + "|" + to.code(), line, to.from() != null, new Population(to.path(), population),
                    (a, b) -> new Population(a.path(), a.people() + b.people()),
                    Messages.get(locale, "campaign.baseline.row.duplicate", to.code(), group, year), locale);
        }
        return new BaselineReport.Row(line, unit.isEmpty() ? oldUnit : unit, group, year, population,
                to == null || !to.landed() ? null : to.code(), reason == null, reason);
    }

    @Override
    void store(String key, Population p, String by) {
        String[] k = key.split("\\|", 3);
        em.createNativeQuery("""
                        INSERT INTO campaign_baseline (year, group_id, unit_code, unit_path, population, imported_at, imported_by)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (year, group_id, unit_code) DO UPDATE SET population = EXCLUDED.population,
                        unit_path = EXCLUDED.unit_path, imported_at = EXCLUDED.imported_at, imported_by = EXCLUDED.imported_by""")
                .setParameter(1, Short.valueOf(k[0])).setParameter(2, k[1]).setParameter(3, k[2])
                .setParameter(4, p.path()).setParameter(5, p.people()).setParameter(6, now()).setParameter(7, by).executeUpdate();
    }
}
