package org.hocvu.ui.campaign;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.hocvu.lms.campaign.ProgressView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dashboard's tables as rows of text, for the CSV export: the same figures the page shows,
 * headers in the reader's language. A cell a spreadsheet would run as a formula is quoted with a
 * leading apostrophe (names typed by people reach these files).
 */
final class CampaignTables {
    static final List<String> NAMES = List.of("figures", "units", "responsibilities", "trend");

    private CampaignTables() {
    }

    static Optional<List<List<String>>> table(String name, ProgressView view, Function<String, String> text) {
        List<List<String>> rows = new ArrayList<>();
        switch (name) {
            case "figures" -> {
                rows.add(headers(text, "col_group", "col_indicator", "col_actual", "col_denominator", "col_percent", "col_target", "col_gap", "col_gap_people"));
                view.figures().forEach(f -> rows.add(cells(f.groupName(), f.indicatorName(), f.actual(), f.denominator(), f.percent(),
                        f.target(), f.gap(), f.gapPeople())));
            }
            case "units" -> {
                rows.add(headers(text, "col_rank", "col_unit_code", "col_unit", "col_behind", "col_group", "col_indicator", "col_actual",
                        "col_denominator", "col_percent", "col_target"));
                view.unitsBelow().forEach(s -> s.figures().forEach(f -> rows.add(cells(s.rank(), s.unit().code(), s.unit().name(),
                        s.behind(), f.groupName(), f.indicatorName(), f.actual(), f.denominator(), f.percent(), f.target()))));
            }
            case "responsibilities" -> {
                rows.add(headers(text, "col_unit_code", "col_unit", "col_indicator", "col_organisation", "col_person", "col_deadline",
                        "col_percent", "col_target", "col_overdue"));
                view.responsibilities().forEach(r -> rows.add(cells(r.unit().code(), r.unit().name(), r.indicatorName(), r.organisation(),
                        r.person(), r.deadline(), r.percent(), r.target(), r.overdue() ? text.apply("campaign_yes") : text.apply("campaign_no"))));
            }
            case "trend" -> {
                List<String> header = new ArrayList<>(headers(text, "col_group", "col_indicator"));
                header.addAll(view.months());
                rows.add(header);
                view.trend().forEach(t -> {
                    List<Object> row = new ArrayList<>(List.of(t.group(), t.indicatorName()));
                    row.addAll(t.actual());
                    rows.add(cells(row.toArray()));
                });
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(rows);
    }

    static String csv(List<List<String>> rows) {
        try {
            // a byte order mark, so that Excel reads the Vietnamese letters as UTF-8
            return "\uFEFF" + new CsvMapper().writer(CsvSchema.emptySchema()).writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers(Function<String, String> text, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> text.apply("campaign_" + k)).toList();
    }

    private static List<String> cells(Object... values) {
        List<String> cells = new ArrayList<>();
        for (Object v : values) {
            String s = v == null ? "" : v.toString();
            cells.add(!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !isNumber(s) ? "'" + s : s);
        }
        return cells;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
