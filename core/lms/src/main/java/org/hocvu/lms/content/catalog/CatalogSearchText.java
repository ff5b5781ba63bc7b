package org.hocvu.lms.content.catalog;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.content.review.Descriptions;
import org.hocvu.lms.shared.TextSearch;

import java.util.ArrayList;
import java.util.List;

/** The folded text the catalog search matches, and its backfill for entries published before it existed. */
@ApplicationScoped
public class CatalogSearchText {
    @Inject
    EntityManager em;

    static String of(CatalogEntry e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.packageId());
        parts.addAll(e.title().values());
        parts.addAll(e.summary().values());
        if (e.publisher() != null) {
            parts.add(e.publisher());
        }
        return TextSearch.fold(String.join(" ", parts));
    }

    @Transactional
    void backfill(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 800) StartupEvent event) {
        ((List<?>) em.createNativeQuery("SELECT package_id, entry FROM content_catalog_entry WHERE search_text = ''")
                .getResultList()).forEach(r -> {
                    Object[] row = (Object[]) r;
                    em.createNativeQuery("UPDATE content_catalog_entry SET search_text = ?1 WHERE package_id = ?2")
                            .setParameter(1, of(Descriptions.read((String) row[1], CatalogEntry.class)))
                            .setParameter(2, row[0]).executeUpdate();
                });
    }
}
