package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.unit.FormerUnitLookup;
import org.hocvu.lms.unit.UnitService;

import java.util.List;
import java.util.Locale;

/**
 * The unit a figure of an imported row counts in. A row names today's unit ({@code unit}) or a unit
 * that ceased at the 2025-07-01 merger ({@code old_unit}; old and new codes share one number
 * space, so the column says which is meant). An old unit's figure lands on the new unit that took
 * its whole population, through the unit context's old→new table; an old unit divided between
 * several new ones cannot be split by us, so the row is refused naming the candidates.
 */
@ApplicationScoped
class UnitLanding {
    @Inject
    UnitPaths paths;
    @Inject
    UnitService units;

    /** Where a row lands: {@code code} and {@code path}, {@code from} the old code it came through (or null); or why not. */
    record Landing(String code, String path, String from, String refusal) {
        boolean landed() {
            return refusal == null;
        }
    }

    Landing land(String unit, String oldUnit, Locale locale) {
        if (!unit.isEmpty() && !oldUnit.isEmpty()) {
            return refused(Messages.get(locale, "campaign.import.row.both-units", unit, oldUnit));
        }
        if (oldUnit.isEmpty()) {
            return paths.exists(unit) ? new Landing(unit, paths.of(unit), null, null)
                    : refused(Messages.get(locale, "campaign.baseline.row.unit", unit));
        }
        FormerUnitLookup former;
        try {
            former = units.former(oldUnit);
        } catch (ApiException unknown) {
            return refused(Messages.get(locale, "campaign.import.row.old-unit", oldUnit));
        }
        List<FormerUnitLookup.Successor> whole = former.became().stream().filter(FormerUnitLookup.Successor::wholePopulation).toList();
        List<FormerUnitLookup.Successor> into = former.became().size() == 1 ? former.became() : whole;
        if (into.size() != 1) {
            String candidates = String.join(", ", former.became().stream().map(s -> s.unit().code() + " " + s.unit().name()).toList());
            return refused(Messages.get(locale, "campaign.import.row.old-unit-divided", oldUnit, former.unit().name(), candidates));
        }
        String code = into.get(0).unit().code();
        return new Landing(code, paths.of(code), oldUnit, null);
    }

    private static Landing refused(String reason) {
        return new Landing(null, null, null, reason);
    }
}
