package org.hocvu.lms.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which stored framework version holds which CASE object ({@code competency_case_object}): the provider
 * API finds objects by identifier here, and exports ask which linked nodes HọcVụ serves.
 */
@ApplicationScoped
class CaseObjectIndex {
    @Inject
    EntityManager em;

    /** Records every object the version's export contains; joins the caller's transaction. */
    void store(UUID frameworkId, Framework f) {
        Map<UUID, CaseKind> objects = new HashMap<>(CaseExporter.ownObjects(f));
        insert(frameworkId, f.identifier(), CaseKind.PACKAGE);
        objects.forEach((id, kind) -> insert(frameworkId, id, kind));
    }

    private void insert(UUID frameworkId, UUID identifier, CaseKind kind) {
        em.createNativeQuery("""
                        INSERT INTO competency_case_object (framework_id, identifier, kind) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, frameworkId).setParameter(2, identifier).setParameter(3, kind.name()).executeUpdate();
    }

    boolean indexed(UUID frameworkId) {
        return !em.createNativeQuery("SELECT 1 FROM competency_case_object WHERE framework_id = ?1 LIMIT 1")
                .setParameter(1, frameworkId).getResultList().isEmpty();
    }

    /** The version holding the object: the current version of its framework if it has it, else the latest that had it. */
    Optional<UUID> locate(UUID identifier, CaseKind kind) {
        List<?> rows = em.createNativeQuery("""
                        SELECT o.framework_id FROM competency_case_object o JOIN competency_framework f ON f.id = o.framework_id
                        WHERE o.identifier = ?1 AND o.kind = ?2 ORDER BY f.is_current DESC, f.created_at DESC LIMIT 1""")
                .setParameter(1, identifier).setParameter(2, kind.name()).getResultList();
        return rows.stream().findFirst().map(id -> (UUID) id);
    }

    /** Of these identifiers, the ones a stored framework serves, with the kind to serve them as. */
    Map<UUID, CaseKind> held(Collection<UUID> identifiers) {
        Map<UUID, CaseKind> held = new HashMap<>();
        if (identifiers.isEmpty()) {
            return held;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT DISTINCT identifier, kind FROM competency_case_object WHERE identifier IN (:ids)")
                .setParameter("ids", List.copyOf(identifiers)).getResultList();
        Map<UUID, EnumMap<CaseKind, Boolean>> kinds = new HashMap<>();
        rows.forEach(r -> kinds.computeIfAbsent((UUID) r[0], k -> new EnumMap<>(CaseKind.class))
                .put(CaseKind.valueOf((String) r[1]), true));
        // a document is also its package; a link names the document
        kinds.forEach((id, k) -> held.put(id, k.keySet().iterator().next()));
        return held;
    }
}
