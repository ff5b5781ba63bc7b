package org.hocvu.lms.roster;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.TextSearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an enrolment file: UTF-8 with or without a byte order mark, comma- or semicolon-separated
 * (spreadsheets in Vietnamese settings write ';'), a header line naming the columns in English or
 * Vietnamese. Refuses the whole file (4xx) when it cannot be read; a row that is wrong is kept with
 * its problem, for the error report. Counts and lengths are checked here, before the database.
 */
final class RosterCsv {
    static final int MAX_NAME = 255;
    static final int MAX_UNIT = 40;
    static final int MAX_GROUPS = 500;
    private static final Pattern GROUP_SPLIT = Pattern.compile("[;|,]");
    private static final Pattern NO_SPACE = Pattern.compile("\\S+");

    /** The columns, each with the header names it may have (folded: accents and case away, '_' for spaces). */
    enum Column {
        USERNAME("username", "ten_dang_nhap", "tai_khoan"),
        EMAIL("email", "e_mail", "thu_dien_tu"),
        FULL_NAME("full_name", "name", "ho_ten", "ho_va_ten"),
        UNIT("unit", "unit_code", "ma_don_vi", "don_vi"),
        GROUPS("groups", "group", "nhom", "nhom_doi_tuong");

        final Set<String> names;

        Column(String... names) {
            this.names = Set.of(names);
        }
    }

    private final Set<String> knownGroups;
    private final int maxRows;

    RosterCsv(Set<String> knownGroups, int maxRows) {
        this.knownGroups = knownGroups;
        this.maxRows = maxRows;
    }

    List<CsvRow> read(InputStream in) {
        try (BufferedReader reader = new BufferedReader(utf8(in))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            reader.mark(64 * 1024);
            String firstLine = reader.readLine();
            if (firstLine == null || firstLine.isBlank()) {
                throw ApiException.badRequest("file", "roster.file.empty");
            }
            reader.reset();
            char separator = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
            return rows(reader, separator);
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    throw ApiException.badRequest("file", "roster.file.not-utf8");
                }
            }
            throw ApiException.badRequest("file", "roster.file.not-csv", e.getMessage() == null ? "" : firstLine(e.getMessage()));
        }
    }

    private List<CsvRow> rows(Reader reader, char separator) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema).readValues(reader)) {
            if (!it.hasNext()) {
                throw ApiException.badRequest("file", "roster.file.empty");
            }
            Map<Column, Integer> at = header(it.next());
            List<CsvRow> rows = new ArrayList<>();
            while (it.hasNext()) {
                // where the row starts (a quoted field may span lines): read before the row is
                int line = it.getParser().getCurrentLocation().getLineNr();
                String[] cells = it.next();
                if (Arrays.stream(cells).allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw new ApiException(jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE, "roster.file.too-many-rows", "file", maxRows);
                }
                rows.add(row(rows.size() + 1, line, cells, at));
            }
            if (rows.isEmpty()) {
                throw ApiException.badRequest("file", "roster.file.no-rows");
            }
            return rows;
        }
    }

    private static Map<Column, Integer> header(String[] names) {
        Map<Column, Integer> at = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String folded = TextSearch.fold(names[i]).replace(' ', '_');
            for (Column c : Column.values()) {
                if (c.names.contains(folded)) {
                    at.putIfAbsent(c, i);
                }
            }
        }
        if (!at.containsKey(Column.USERNAME) && !at.containsKey(Column.EMAIL)) {
            throw ApiException.badRequest("file", "roster.file.no-header");
        }
        return at;
    }

    private CsvRow row(int rowNo, int line, String[] cells, Map<Column, Integer> at) {
        String username = cell(cells, at, Column.USERNAME);
        String email = cell(cells, at, Column.EMAIL);
        String fullName = cell(cells, at, Column.FULL_NAME);
        String unit = cell(cells, at, Column.UNIT);
        String groupCell = cell(cells, at, Column.GROUPS);
        Set<String> groups = new LinkedHashSet<>();
        if (groupCell != null) {
            Arrays.stream(GROUP_SPLIT.split(groupCell)).map(String::strip).filter(g -> !g.isEmpty()).forEach(groups::add);
        }
        String[] problem = problem(username, email, fullName, unit, groupCell, groups);
        return new CsvRow(rowNo, line, clip(username, MAX_NAME), clip(email, MAX_NAME), clip(fullName, MAX_NAME),
                clip(unit, MAX_UNIT), problem == null ? groups : Set.of(), problem == null ? null : problem[0],
                problem == null ? null : clip(problem[1], MAX_NAME));
    }

    /** What is wrong with a row before anything is looked up: key and value, or null. */
    private String[] problem(String username, String email, String fullName, String unit, String groupCell, Set<String> groups) {
        if (username == null && email == null) {
            return new String[] {"roster.row.login-required", ""};
        }
        if (username != null && (username.length() > PeopleService.MAX_LOGIN || !NO_SPACE.matcher(username).matches())) {
            return new String[] {"roster.row.username-invalid", username};
        }
        if (email != null && (email.length() > PeopleService.MAX_LOGIN || !email.contains("@") || !NO_SPACE.matcher(email).matches())) {
            return new String[] {"roster.row.email-invalid", email};
        }
        if (fullName == null) {
            return null;
        }
        if (fullName.length() > MAX_NAME) {
            return new String[] {"roster.row.name-too-long", String.valueOf(MAX_NAME)};
        }
        if (unit == null) {
            return new String[] {"roster.row.unit-required", fullName};
        }
        if (unit.length() > MAX_UNIT) {
            return new String[] {"roster.row.unit-unknown", unit};
        }
        if (groupCell != null && groupCell.length() > MAX_GROUPS) {
            return new String[] {"roster.row.groups-too-long", String.valueOf(MAX_GROUPS)};
        }
        for (String g : groups) {
            if (!knownGroups.contains(g)) {
                return new String[] {"roster.row.group-unknown", g};
            }
        }
        return null;
    }

    private static String cell(String[] cells, Map<Column, Integer> at, Column column) {
        Integer i = at.get(column);
        if (i == null || i >= cells.length || cells[i] == null || cells[i].isBlank()) {
            return null;
        }
        return cells[i].strip();
    }

    /** Kept as typed up to the column's length, for the report; a longer value is already a problem. */
    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return clip(nl < 0 ? s : s.substring(0, nl), 200);
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
