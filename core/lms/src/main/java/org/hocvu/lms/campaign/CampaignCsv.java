package org.hocvu.lms.campaign;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.hocvu.lms.shared.ApiException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A campaign admin's CSV upload, checked before anything is read into memory or stored: not
 * empty, at most {@link #MAX_BYTES} and {@link #MAX_ROWS} rows, UTF-8 (Excel's byte order mark
 * skipped), a header naming every required column. Each row is a map of column → text.
 */
final class CampaignCsv {
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;

    private CampaignCsv() {
    }

    static List<Map<String, String>> read(byte[] csv, List<String> required) {
        String header = String.join(",", required);
        if (csv == null || csv.length == 0) {
            throw ApiException.badRequest("file", "campaign.csv.empty", header);
        }
        if (csv.length > MAX_BYTES) {
            throw ApiException.badRequest("file", "campaign.csv.too-big", MAX_BYTES / 1024 / 1024);
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel's byte order mark
        }
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            boolean any = it.hasNextValue(); // reads the header
            CsvSchema schema = (CsvSchema) it.getParser().getSchema();
            List<String> missing = required.stream().filter(c -> schema.column(c) == null).toList();
            if (!missing.isEmpty()) {
                throw ApiException.badRequest("file", "campaign.csv.columns", String.join(", ", missing), header);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            while (any && it.hasNextValue()) {
                rows.add(it.nextValue());
                if (rows.size() > MAX_ROWS) {
                    throw ApiException.badRequest("file", "campaign.csv.too-many-rows", MAX_ROWS);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("file", "campaign.csv.unreadable", e.getMessage());
        }
    }

    static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
