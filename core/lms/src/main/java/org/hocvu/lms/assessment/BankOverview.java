package org.hocvu.lms.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each item bank holds now, for the admins who build tests from it: the current items counted
 * by competency and difficulty (the two things a blueprint draws by).
 */
@ApplicationScoped
public class BankOverview {
    @Inject
    Sql sql;

    /** One bank ({@code plugin:<test>} or {@code import:<id>}), its current items and their spread. */
    public record BankContents(String bank, int items, List<Spread> spread) {
    }

    /** How many current items one competency has at one difficulty. */
    public record Spread(String competency, String difficulty, int items) {
    }

    /** Every bank with current items, plugin banks first; the query reads the item table once. */
    public List<BankContents> banks() {
        record Row(String bank, Spread spread) {
        }
        List<Row> rows = sql.query("""
                SELECT bank, competency, difficulty, count(*) FROM assessment_item WHERE current
                GROUP BY bank, competency, difficulty ORDER BY bank NOT LIKE 'plugin:%', bank, competency,
                array_position(ARRAY['easy', 'medium', 'hard']::varchar[], difficulty)""", ps -> { },
                rs -> new Row(rs.getString(1), new Spread(rs.getString(2), rs.getString(3), rs.getInt(4))));
        Map<String, List<Spread>> byBank = new LinkedHashMap<>();
        rows.forEach(row -> byBank.computeIfAbsent(row.bank(), b -> new ArrayList<>()).add(row.spread()));
        return byBank.entrySet().stream().map(e -> new BankContents(e.getKey(),
                e.getValue().stream().mapToInt(Spread::items).sum(), List.copyOf(e.getValue()))).toList();
    }
}
