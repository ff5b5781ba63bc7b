package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What each of some learners has achieved of the campaign's indicators (keys {@code group/indicator},
 * as {@link CampaignIndicator#key()}), from the statement feed's figures: a facilitator sees what the
 * people they helped still lack.
 */
@ApplicationScoped
public class LearnerAchievements {
    @Inject
    EntityManager em;

    @Transactional
    public Map<UUID, Set<String>> achieved(Collection<UUID> learners) {
        Map<UUID, Set<String>> achieved = new HashMap<>();
        if (learners.isEmpty()) {
            return achieved;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT learner_id, group_id, indicator_id FROM campaign_learner_indicator WHERE learner_id IN (?1)""")
                .setParameter(1, learners).getResultList();
        rows.forEach(r -> achieved.computeIfAbsent((UUID) r[0], k -> new TreeSet<>()).add(r[1] + "/" + r[2]));
        return achieved;
    }
}
