package org.hocvu.lms.content.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.review.Descriptions;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The public catalog: one row per package holding its current published version, so publishing a
 * new version replaces the old entry (the old version's files stay served). Filters are arrays with
 * GIN indexes; lists are newest first and paged.
 */
@ApplicationScoped
public class CatalogService {
    static final int MAX_FILTER = 100;

    @Inject
    EntityManager em;
    @Inject
    ContentLinks links;

    /** Puts a version in the catalog in place of its package's previous one (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(UUID versionId, PackageDescription d, Instant at) {
        List<CatalogEntry.Lesson> lessons = d.lessons().stream().map(l -> new CatalogEntry.Lesson(l.id(), l.title(),
                links.lessonActivity(d, l).id(), l.launch())).toList();
        CatalogEntry entry = new CatalogEntry(d.id(), d.version(), d.kind().dataName(), d.title(), d.summary(),
                d.publisher(), d.licence(), d.languages(), d.targetGroups(), d.competencyCodes(), d.levels(),
                d.estimatedMinutes(), links.packageActivity(d).id(), links.contentBase(versionId), at, lessons);
        em.createNativeQuery("""
                INSERT INTO content_catalog_entry (package_id, version_id, published_at, target_groups, competencies, levels, languages, entry)
                VALUES (?1, ?2, ?3, CAST(?4 AS text[]), CAST(?5 AS text[]), CAST(?6 AS text[]), CAST(?7 AS text[]), ?8)
                ON CONFLICT (package_id) DO UPDATE SET version_id = EXCLUDED.version_id, published_at = EXCLUDED.published_at,
                  target_groups = EXCLUDED.target_groups, competencies = EXCLUDED.competencies, levels = EXCLUDED.levels,
                  languages = EXCLUDED.languages, entry = EXCLUDED.entry""")
                .setParameter(1, d.id()).setParameter(2, versionId).setParameter(3, at)
                .setParameter(4, array(d.targetGroups())).setParameter(5, array(d.competencyCodes()))
                .setParameter(6, array(d.levels())).setParameter(7, array(d.primaryLanguages()))
                .setParameter(8, Descriptions.json(entry))
                .executeUpdate();
    }

    /** Published packages matching every given filter (null: any), newest first. */
    @Transactional
    public Page<CatalogEntry> list(String group, String competency, String level, String language, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<String> values = new ArrayList<>();
        filter("target_groups", "group", group, where, values);
        filter("competencies", "competency", competency, where, values);
        filter("levels", "level", level, where, values);
        filter("languages", "language", language == null ? null : language.split("-")[0].toLowerCase(java.util.Locale.ROOT),
                where, values);
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        var count = em.createNativeQuery("SELECT count(*) FROM content_catalog_entry" + condition);
        var rows = em.createNativeQuery("SELECT entry FROM content_catalog_entry" + condition
                + " ORDER BY published_at DESC, package_id LIMIT " + page.size() + " OFFSET " + page.offset());
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
            rows.setParameter(i + 1, values.get(i));
        }
        List<CatalogEntry> items = ((List<?>) rows.getResultList()).stream()
                .map(json -> Descriptions.read((String) json, CatalogEntry.class)).toList();
        return Page.of(items, page, ((Number) count.getSingleResult()).longValue());
    }

    /** The catalog entries of those packages that are published, by package id (the others are absent). */
    @Transactional
    public java.util.Map<String, CatalogEntry> published(Collection<String> packageIds) {
        java.util.Map<String, CatalogEntry> out = new java.util.LinkedHashMap<>();
        if (packageIds.isEmpty()) {
            return out;
        }
        ((List<?>) em.createNativeQuery("SELECT entry FROM content_catalog_entry WHERE package_id = ANY(CAST(?1 AS text[]))")
                .setParameter(1, array(packageIds)).getResultList())
                .forEach(json -> {
                    CatalogEntry e = Descriptions.read((String) json, CatalogEntry.class);
                    out.put(e.packageId(), e);
                });
        return out;
    }

    @Transactional
    public boolean isPublished(String packageId) {
        return !em.createNativeQuery("SELECT 1 FROM content_catalog_entry WHERE package_id = ?1")
                .setParameter(1, packageId).getResultList().isEmpty();
    }

    private static void filter(String column, String name, String value, List<String> where, List<String> values) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.length() > MAX_FILTER) {
            throw ApiException.badRequest(name, "content.catalog.bad-filter", name);
        }
        values.add(value.strip());
        where.add(column + " @> ARRAY[CAST(?" + values.size() + " AS text)]");
    }

    /** A PostgreSQL array literal, each element quoted. */
    static String array(Collection<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (String v : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }
}
