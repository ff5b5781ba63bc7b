package org.hocvu.lms.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A unit's campaign figures for a year, as the dashboard and {@code GET /api/v1/campaign/progress}
 * show them: every group × indicator, the units directly below ranked furthest behind first, the
 * responsibilities (overdue ones flagged) and the monthly trend. Percentages are of the baseline
 * (denominator); null where no baseline was imported. Figures imported from other systems are
 * apart, in {@code imported}.
 */
public record ProgressView(UnitRef unit, int year, LocalDate asOf, List<UnitRef> path, List<Figure> figures,
                           List<Standing> unitsBelow, List<ResponsibilityView> responsibilities,
                           List<ResponsibilityView> overdue, List<String> months, List<Trend> trend, List<Imported> imported) {

    /** The same figures with the path a person may follow up (a manager sees no unit above their own). */
    public ProgressView withPath(List<UnitRef> visible) {
        return new ProgressView(unit, year, asOf, visible, figures, unitsBelow, responsibilities, overdue, months, trend, imported);
    }

    public record UnitRef(String code, String name, String kind) {
    }

    /**
     * One group × indicator in one unit: learners who achieved it ({@code actual}), the group's
     * population ({@code denominator}), the share in percent, the target and where it was set
     * ({@code targetSetOn} null: the plugin's default), the gap in percentage points and in people.
     */
    public record Figure(String group, String groupName, String indicator, String indicatorName, long actual,
                         Long denominator, Double percent, Integer target, String targetSetOn, Double gap, Long gapPeople) {
    }

    /** A unit below, with how far it is behind its targets in all (sum of gaps in percentage points). */
    public record Standing(int rank, UnitRef unit, double behind, List<Figure> figures) {
    }

    /** Learners who had achieved an indicator by the end of each month of {@link #months}. */
    public record Trend(String group, String indicator, String indicatorName, List<Long> actual, List<Double> percent) {
    }

    /**
     * A figure imported from another system ({@code imported} always true, so a reader of the API
     * cannot take it for one of the LRS's): its value in the unit (its own, else the sum of the units
     * below), the share of the group's population, the sources and latest date it is as of, and
     * whether some of it was given for units that ceased at the 2025-07-01 merger.
     */
    public record Imported(String group, String groupName, String figure, long value, Long denominator, Double percent,
                           String source, LocalDate asOf, boolean viaFormerUnits, boolean imported) {
    }

    public record ResponsibilityView(UUID id, int year, String group, String indicator, String indicatorName, UnitRef unit,
                                     String organisation, String person, LocalDate deadline, Double percent, Integer target,
                                     boolean overdue) {
    }
}
