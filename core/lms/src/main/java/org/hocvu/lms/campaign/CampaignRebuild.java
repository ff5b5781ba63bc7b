package org.hocvu.lms.campaign;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hocvu.lms.xapi.feed.StatementFeed;

/**
 * Throws away everything the campaign derived from statements and replays the feed from statement
 * zero. The roster, baselines, targets and responsibilities stay: they are not derived. A batch the
 * feed delivers between the wipe and the replay is harmless: evidence is keyed by statement and the
 * indicators are recomputed from it.
 */
@ApplicationScoped
public class CampaignRebuild {
    @Inject
    EntityManager em;
    @Inject
    StatementFeed feed;
    @Inject
    ProgressCache cache;

    /** Rebuilds and returns when the progress has caught up with the log. */
    public void rebuild() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM campaign_evidence").executeUpdate();
            em.createNativeQuery("DELETE FROM campaign_learner_indicator").executeUpdate();
            em.createNativeQuery("DELETE FROM campaign_daily_count").executeUpdate();
        });
        feed.replay(ProgressFeed.NAME);
        feed.drain(ProgressFeed.NAME);
        cache.changedEverywhere();
    }
}
