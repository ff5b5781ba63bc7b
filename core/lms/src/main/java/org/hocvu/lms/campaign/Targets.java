package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.unit.UnitView;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Targets: a target set on a unit holds for every unit below it that sets none of its own; with
 * none set anywhere above, the plugin's indicators.yaml gives the year's default.
 */
@ApplicationScoped
public class Targets {
    @Inject
    EntityManager em;
    @Inject
    IndicatorCatalog catalog;
    @Inject
    UnitPaths paths;
    @Inject
    ProgressCache cache;
    @Inject
    Clock clock;

    /** A target that holds for a unit, and where it was set (null: the plugin's default). */
    public record Effective(Integer percent, String setOn) {
        static final Effective NONE = new Effective(null, null);
    }

    @Transactional
    public void set(TargetChange change, String by) {
        CampaignIndicator indicator = checked(change == null ? null : change.year(), change == null ? null : change.group(),
                change == null ? null : change.indicator());
        paths.of("unit", change.unit());
        if (change.percent() == null || change.percent() < 0 || change.percent() > 100) {
            throw ApiException.badRequest("percent", "campaign.target.percent");
        }
        em.createNativeQuery("""
                        INSERT INTO campaign_target (year, group_id, indicator_id, unit_code, percent, set_at, set_by)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (year, group_id, indicator_id, unit_code)
                        DO UPDATE SET percent = EXCLUDED.percent, set_at = EXCLUDED.set_at, set_by = EXCLUDED.set_by""")
                .setParameter(1, change.year().shortValue()).setParameter(2, indicator.group()).setParameter(3, indicator.id())
                .setParameter(4, change.unit()).setParameter(5, change.percent().shortValue())
                .setParameter(6, java.sql.Timestamp.from(clock.instant())).setParameter(7, by).executeUpdate();
        cache.changedEverywhere();
    }

    /** Removes a unit's own target: the one above it (or the plugin's) holds again. */
    @Transactional
    public boolean clear(Integer year, String group, String indicatorId, String unit) {
        CampaignIndicator indicator = checked(year, group, indicatorId);
        cache.changedEverywhere();
        return em.createNativeQuery("""
                        DELETE FROM campaign_target WHERE year = ?1 AND group_id = ?2 AND indicator_id = ?3 AND unit_code = ?4""")
                .setParameter(1, year.shortValue()).setParameter(2, indicator.group()).setParameter(3, indicator.id())
                .setParameter(4, unit).executeUpdate() > 0;
    }

    /** The indicator a change names; a 400 for a year out of range or an unknown group or indicator. */
    CampaignIndicator checked(Integer year, String group, String indicator) {
        if (year == null || year < Baselines.FIRST_YEAR || year > Baselines.LAST_YEAR) {
            throw ApiException.badRequest("year", "campaign.year.range", Baselines.FIRST_YEAR, Baselines.LAST_YEAR);
        }
        return catalog.find(group, indicator).orElseThrow(() ->
                ApiException.badRequest("indicator", "campaign.indicator.unknown", group, indicator));
    }

    /**
     * The targets holding for {@code unit} and for each of {@code children}, by unit code then
     * indicator key; {@code ancestry} is the unit's path, root first, the unit last.
     */
    Map<String, Map<String, Effective>> effective(int year, List<UnitView> ancestry, Collection<UnitView> children) {
        List<String> codes = new ArrayList<>(ancestry.stream().map(UnitView::code).toList());
        children.forEach(c -> codes.add(c.code()));
        Map<String, Map<String, Integer>> own = new HashMap<>();
        for (Object r : em.createNativeQuery("""
                        SELECT unit_code, group_id, indicator_id, percent FROM campaign_target
                        WHERE year = ?1 AND unit_code IN (?2)""")
                .setParameter(1, (short) year).setParameter(2, codes).getResultList()) {
            Object[] row = (Object[]) r;
            own.computeIfAbsent((String) row[0], k -> new HashMap<>()).put(row[1] + "/" + row[2], ((Number) row[3]).intValue());
        }
        Map<String, Map<String, Effective>> result = new HashMap<>();
        List<CampaignIndicator> indicators = catalog.all();
        Map<String, Effective> inherited = new HashMap<>();
        for (CampaignIndicator i : indicators) {
            Integer fallback = i.defaultTarget(year);
            inherited.put(i.key(), fallback == null ? Effective.NONE : new Effective(fallback, null));
        }
        for (UnitView u : ancestry) {
            inherited = overlay(inherited, own.get(u.code()), u.code());
        }
        String unit = ancestry.get(ancestry.size() - 1).code();
        result.put(unit, inherited);
        for (UnitView c : children) {
            result.put(c.code(), overlay(inherited, own.get(c.code()), c.code()));
        }
        return result;
    }

    private static Map<String, Effective> overlay(Map<String, Effective> above, Map<String, Integer> own, String unit) {
        if (own == null) {
            return above;
        }
        Map<String, Effective> result = new HashMap<>(above);
        own.forEach((key, percent) -> result.put(key, new Effective(percent, unit)));
        return result;
    }
}
