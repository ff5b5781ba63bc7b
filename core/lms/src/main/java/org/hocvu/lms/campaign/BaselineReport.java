package org.hocvu.lms.campaign;

import java.util.List;

/**
 * What a baseline import did, row by row: the file's line, what it named, the unit it landed on
 * ({@code landedOn}: differs from {@code unit} when the row named a unit that ceased at the
 * 2025-07-01 merger), and why a row was refused.
 */
public record BaselineReport(int imported, int refused, List<Row> rows) {
    public record Row(int line, String unit, String group, Integer year, Integer population, String landedOn, boolean imported,
                      String reason) {
    }
}
