package org.hocvu.lms.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import of figures from another system did, row by row: the file's line, the unit it
 * named and the one it landed on (an old unit's figure lands on its new unit), and why a row was refused.
 */
public record FigureReport(int imported, int refused, List<Row> rows) {
    public record Row(int line, String unit, String group, String figure, Integer value, String source, LocalDate asOf,
                      String landedOn, boolean imported, String reason) {
    }
}
