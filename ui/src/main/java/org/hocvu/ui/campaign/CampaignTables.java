package org.hocvu.ui.campaign;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.hocvu.lms.campaign.NamesView;
import org.hocvu.lms.campaign.ProgressView;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dashboard's tables as rows of values, for the CSV and XLSX exports: the same figures the page
 * shows, headers in the reader's language. Numbers stay numbers and dates dates (XLSX writes them
 * so); in CSV a cell a spreadsheet would run as a formula is quoted with a leading apostrophe
 * (names typed by people reach these files).
 */
final class CampaignTables {
    static final List<String> NAMES = List.of("figures", "units", "responsibilities", "trend", "imported");

    private CampaignTables() {
    }

    static Optional<List<List<Object>>> table(String name, ProgressView view, Function<String, String> text) {
        List<List<Object>> rows = new ArrayList<>();
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
                List<Object> header = new ArrayList<>(headers(text, "col_group", "col_indicator"));
                header.addAll(view.months());
                rows.add(header);
                view.trend().forEach(t -> {
                    List<Object> row = new ArrayList<>(List.of(t.group(), t.indicatorName()));
                    row.addAll(t.actual());
                    rows.add(row);
                });
            }
            case "imported" -> {
                rows.add(headers(text, "col_group", "col_figure", "col_value", "col_denominator", "col_percent", "col_source",
                        "col_as_of", "col_imported"));
                view.imported().forEach(i -> rows.add(cells(i.groupName(), i.figure(), i.value(), i.denominator(), i.percent(),
                        i.source(), i.asOf(), text.apply("campaign_yes"))));
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(rows);
    }

    /** Who has not yet passed or completed, one row per person and list (for a commune's own manager only). */
    static List<List<Object>> names(NamesView names, Function<String, String> text) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headers(text, "col_group", "col_list", "col_name", "col_unit"));
        String unnamed = text.apply("campaign_name_unknown");
        for (NamesView.Group g : names.groups()) {
            g.notPassed().forEach(p -> rows.add(cells(g.groupName(), text.apply("campaign_list_not_passed"),
                    p.name() == null ? unnamed : p.name(), p.unitName())));
            g.notCompleted().forEach(p -> rows.add(cells(g.groupName(), text.apply("campaign_list_not_completed"),
                    p.name() == null ? unnamed : p.name(), p.unitName())));
        }
        return rows;
    }

    static String csv(List<List<Object>> rows) {
        List<List<String>> text = rows.stream().map(CampaignTables::csvCells).toList();
        try {
            // a byte order mark, so that Excel reads the Vietnamese letters as UTF-8
            return "\uFEFF" + new CsvMapper().writer(CsvSchema.emptySchema()).writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows as an XLSX workbook of one sheet named {@code sheet}: numbers as numbers, dates as dates. */
    static byte[] xlsx(List<List<Object>> rows, String sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "HocVu", "1.0");
        Worksheet ws = workbook.newWorksheet(sheet.length() > 31 ? sheet.substring(0, 31) : sheet);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
        }
        if (!rows.isEmpty()) {
            ws.range(0, 0, 0, rows.get(0).size() - 1).style().bold().set();
        }
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<Object> headers(Function<String, String> text, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> (Object) text.apply("campaign_" + k)).toList();
    }

    /** The values of one row: kept as they are, so each export writes them its own way. */
    private static List<Object> cells(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private static List<String> csvCells(List<Object> values) {
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
