package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hocvu.lms.shared.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.hocvu.lms.campaign.CampaignCsv.date;
import static org.hocvu.lms.campaign.CampaignCsv.number;
import static org.hocvu.lms.campaign.CampaignCsv.trim;

/**
 * Figures only another system knows (e.g. adults whose digital-skill result is confirmed on VNeID),
 * imported per unit from a CSV with the columns {@code group, unit, figure, value, source, as_of}
 * (and optionally {@code old_unit}): one row per unit, group, figure and date, kept with its source.
 * The dashboard shows them marked as imported, never mixed with the figures from the LRS.
 */
@ApplicationScoped
public class ImportedFigures extends CampaignImport<FigureReport.Row, ImportedFigures.Figure> {
    static final List<String> COLUMNS = List.of("group", "unit", "figure", "value", "source", "as_of");
    static final Pattern FIGURE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final int MAX_SOURCE = 255;
    static final LocalDate FIRST_DAY = LocalDate.of(Baselines.FIRST_YEAR, 1, 1);

    /** What is stored for a unit, group, figure and day; {@code formerUnits}: the old codes it was given for. */
    record Figure(String path, int value, String source, List<String> formerUnits) {
        Figure plus(Figure other) {
            List<String> former = new ArrayList<>(formerUnits);
            former.addAll(other.formerUnits());
            return new Figure(path, value + other.value(), source, former);
        }
    }

    @Transactional
    public FigureReport importCsv(byte[] csv, String importedBy, Locale locale) {
        List<FigureReport.Row> rows = run(csv, COLUMNS, importedBy, locale);
        return logged(ImportLog.FIGURES, importedBy, rows, FigureReport.Row::imported, FigureReport::new);
    }

    @Override
    FigureReport.Row check(int line, Map<String, String> r, Gathered gathered, Locale locale) {
        String unit = trim(r.get("unit"));
        String oldUnit = trim(r.get("old_unit"));
        String group = trim(r.get("group"));
        String figure = trim(r.get("figure"));
        String source = trim(r.get("source"));
        Integer value = number(r.get("value"));
        LocalDate asOf = date(r.get("as_of"));
        LocalDate today = LocalDate.now(clock.withZone(ProgressFeed.CAMPAIGN_ZONE));
        String reason = null;
        UnitLanding.Landing to = null;
        if (!plugins.targetGroupIds().contains(group)) {
            reason = Messages.get(locale, "campaign.baseline.row.group", group, String.join(", ", plugins.targetGroupIds()));
        } else if (!FIGURE.matcher(figure).matches()) {
            reason = Messages.get(locale, "campaign.import.row.figure", figure);
        } else if (!(to = landing.land(unit, oldUnit, locale)).landed()) {
            reason = to.refusal();
        } else if (value == null || value < 0) {
            reason = Messages.get(locale, "campaign.baseline.row.population", trim(r.get("value")));
        } else if (source.isEmpty() || source.length() > MAX_SOURCE) {
            reason = Messages.get(locale, "campaign.import.row.source", MAX_SOURCE);
        } else if (asOf == null || asOf.isBefore(FIRST_DAY) || asOf.isAfter(today)) {
            reason = Messages.get(locale, "campaign.import.row.as-of", trim(r.get("as_of")), FIRST_DAY, today);
        } else {
            boolean old = to.from() != null;
            reason = gathered.add(group + "|" + figure + "|" + asOf + "|" + to.code(), line, old,
                    new Figure(to.path(), value, source, old ? List.of(oldUnit) : List.of()), Figure::plus,
                    Messages.get(locale, "campaign.import.row.duplicate", to.code(), figure, asOf), locale);
        }
        return new FigureReport.Row(line, unit.isEmpty() ? oldUnit : unit, group, figure, value, source, asOf,
                to == null || !to.landed() ? null : to.code(), reason == null, reason);
    }

    @Override
    void store(String key, Figure f, String by) {
        String[] k = key.split("\\|", 4);
        em.createNativeQuery("""
                        INSERT INTO campaign_imported_figure (group_id, figure, as_of, unit_code, unit_path, value, source,
                        former_units, imported_at, imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        ON CONFLICT (unit_code, group_id, figure, as_of) DO UPDATE SET value = EXCLUDED.value,
                        unit_path = EXCLUDED.unit_path, source = EXCLUDED.source, former_units = EXCLUDED.former_units,
                        imported_at = EXCLUDED.imported_at, imported_by = EXCLUDED.imported_by""")
                .setParameter(1, k[0]).setParameter(2, k[1]).setParameter(3, LocalDate.parse(k[2])).setParameter(4, k[3])
                .setParameter(5, f.path()).setParameter(6, f.value()).setParameter(7, f.source())
                .setParameter(8, f.formerUnits().isEmpty() ? null : String.join(",", f.formerUnits()))
                .setParameter(9, now()).setParameter(10, by).executeUpdate();
    }
}
