package org.hocvu.lms.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Every baseline and figure import with its report, so campaign admins can look back at what a file did. */
@ApplicationScoped
public class ImportLog {
    static final String BASELINES = "baselines";
    static final String FIGURES = "figures";
    /** Imports the admin page and the API list. */
    public static final int LATEST = 20;
    /** Refused rows an import's summary shows; the whole report stays stored. */
    static final int REFUSED_SHOWN = 50;

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** An import: when, by whom, what kind of file, how many rows went in and were refused, the first refused rows. */
    public record Entry(UUID id, String kind, Instant at, String by, int imported, int refused, List<Refused> refusedRows) {
    }

    /** A refused row: its line in the file, the unit it named, why. */
    public record Refused(int line, String unit, String reason) {
    }

    void record(String kind, String by, int imported, int refused, Object report) {
        String text;
        try {
            text = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        em.createNativeQuery("""
                        INSERT INTO campaign_import (id, kind, imported_at, imported_by, imported, refused, report)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb))""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, kind).setParameter(3, java.sql.Timestamp.from(clock.instant()))
                .setParameter(4, by).setParameter(5, imported).setParameter(6, refused).setParameter(7, text).executeUpdate();
    }

    /** The latest imports, newest first. */
    @Transactional
    public List<Entry> latest(int limit) {
        List<Entry> entries = new ArrayList<>();
        for (Object r : em.createNativeQuery("""
                        SELECT id, kind, imported_at, imported_by, imported, refused, CAST(report AS text) FROM campaign_import
                        ORDER BY imported_at DESC LIMIT ?1""").setParameter(1, limit).getResultList()) {
            Object[] row = (Object[]) r;
            entries.add(new Entry((UUID) row[0], (String) row[1], toInstant(row[2]), (String) row[3], ((Number) row[4]).intValue(),
                    ((Number) row[5]).intValue(), refusedRows((String) row[6])));
        }
        return entries;
    }

    private List<Refused> refusedRows(String report) {
        List<Refused> refused = new ArrayList<>();
        try {
            for (JsonNode row : json.readTree(report).path("rows")) {
                if (!row.path("imported").asBoolean() && refused.size() < REFUSED_SHOWN) {
                    refused.add(new Refused(row.path("line").asInt(), row.path("unit").asText(""), row.path("reason").asText("")));
                }
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return refused;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
