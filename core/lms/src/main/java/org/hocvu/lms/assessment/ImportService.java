package org.hocvu.lms.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.assessment.importing.ImportRefused;
import org.hocvu.lms.assessment.importing.ImportReport;
import org.hocvu.lms.assessment.importing.QuestionImports;
import org.hocvu.lms.plugin.Difficulty;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Imports of question banks people already have (Moodle XML, GIFT): each import is a bank of its own,
 * {@code import:<id>}, with the report of what was and was not carried over; nothing is stored when the
 * file cannot be read or holds no question HọcVụ can mark.
 */
@ApplicationScoped
public class ImportService {
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject
    ItemStore items;
    @Inject
    Sql sql;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;
    @Inject
    Clock clock;

    /** An import as admins see it: its bank (to use its items), the file, and the report. */
    public record ImportView(UUID id, String bank, String fileName, String format, String importedBy, Instant importedAt,
                             ImportReport report) {
    }

    @Transactional
    public ImportView importFile(byte[] file, String fileName, String language, String competency, Difficulty difficulty,
                                 String importedBy) {
        QuestionImports.Result read;
        try {
            read = QuestionImports.read(file, language, competency, difficulty);
        } catch (ImportRefused e) {
            throw new ApiException(Response.Status.BAD_REQUEST, e.messageKey(), "file", e.args());
        }
        if (read.items().isEmpty()) {
            throw new ApiException(Response.Status.BAD_REQUEST, "assessment.import.nothing-markable", "file",
                    read.report().skipped().size());
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String bank = bank(id);
        read.items().forEach(item -> items.put(bank, item, null, now));
        sql.update("""
                INSERT INTO assessment_import (id, file_name, format, imported_by, imported_at, report)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))""", ps -> {
            ps.setObject(1, id);
            ps.setString(2, fileName);
            ps.setString(3, read.report().format());
            ps.setString(4, importedBy);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setString(6, write(read.report()));
        });
        return new ImportView(id, bank, fileName, read.report().format(), importedBy, now, read.report());
    }

    /** The latest imports, newest first. */
    public List<ImportView> recent(int limit) {
        return sql.query("""
                SELECT id, file_name, format, imported_by, imported_at, report FROM assessment_import
                ORDER BY imported_at DESC LIMIT ?""", ps -> ps.setInt(1, limit), rs -> {
            UUID id = rs.getObject(1, UUID.class);
            return new ImportView(id, bank(id), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getTimestamp(5).toInstant(), read(rs.getString(6)));
        });
    }

    /** The current items of an import's bank, keys included: for the admins who use them. */
    public List<TestItem> items(UUID importId) {
        return items.current(bank(importId));
    }

    private String write(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport read(String report) {
        try {
            return json.readValue(report, ImportReport.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String bank(UUID importId) {
        return "import:" + importId;
    }
}
