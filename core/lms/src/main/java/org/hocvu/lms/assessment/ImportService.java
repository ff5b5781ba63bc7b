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
import org.hocvu.lms.shared.Languages;
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
    static final int MAX_COMPETENCY = 64;
    static final int MAX_FILE_NAME = 255;

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

    /**
     * An uploaded file with the form's fields as people fill them in (blank: no competency, medium,
     * Vietnamese), each checked before anything is read or stored.
     */
    @Transactional
    public ImportView importUpload(java.nio.file.Path file, long size, String fileName, String competency,
                                   String difficulty, String language, String importedBy) {
        if (size > MAX_BYTES) {
            throw new ApiException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "assessment.import.too-large", "file",
                    MAX_BYTES / 1024);
        }
        String code = competency == null || competency.isBlank() ? "-" : competency.strip();
        if (code.length() > MAX_COMPETENCY) {
            throw ApiException.badRequest("competency", "assessment.import.competency-too-long", MAX_COMPETENCY);
        }
        Difficulty level = difficulty == null || difficulty.isBlank() ? Difficulty.MEDIUM
                : Difficulty.ofDataName(difficulty.strip()).orElseThrow(() -> ApiException.badRequest("difficulty", "assessment.import.bad-difficulty"));
        String lang = language == null || language.isBlank() ? Languages.VIETNAMESE.getLanguage() : language.strip();
        if (Languages.configured().find(lang).isEmpty()) {
            throw ApiException.badRequest("language", "assessment.import.bad-language", String.join(", ", Languages.configured().codes()));
        }
        String name = fileName == null || fileName.isBlank() ? "questions" : fileName;
        try {
            return importFile(java.nio.file.Files.readAllBytes(file), name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name,
                    lang, code, level, importedBy);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
