package org.hocvu.lms.campaign;

import java.util.List;

/** What a baseline import did, row by row: the file's line, what it named, and why a row was refused. */
public record BaselineReport(int imported, int refused, List<Row> rows) {
    public record Row(int line, String unit, String group, Integer year, Integer population, boolean imported, String reason) {
    }
}
