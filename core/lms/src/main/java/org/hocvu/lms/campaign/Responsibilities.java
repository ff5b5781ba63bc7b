package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.shared.ApiException;

import java.time.Clock;
import java.util.UUID;

/** Who answers for a target in a unit, and by when ("clear person, clear work, clear time"). */
@ApplicationScoped
public class Responsibilities {
    public static final int MAX_TEXT = 255;

    @Inject
    EntityManager em;
    @Inject
    Targets targets;
    @Inject
    UnitPaths paths;
    @Inject
    ProgressCache cache;
    @Inject
    Clock clock;

    @Transactional
    public UUID assign(NewResponsibility r, String by) {
        if (r == null) {
            throw ApiException.badRequest("year", "campaign.year.range", Baselines.FIRST_YEAR, Baselines.LAST_YEAR);
        }
        CampaignIndicator indicator = targets.checked(r.year(), r.group(), r.indicator());
        String path = paths.of("unit", r.unit());
        String organisation = text("organisation", r.organisation());
        String person = text("person", r.person());
        if (r.deadline() == null) {
            throw ApiException.badRequest("deadline", "campaign.responsibility.deadline");
        }
        UUID id = UUID.randomUUID();
        cache.changedEverywhere();
        em.createNativeQuery("""
                        INSERT INTO campaign_responsibility (id, year, group_id, indicator_id, unit_code, unit_path,
                        organisation, person, deadline, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, id).setParameter(2, r.year().shortValue()).setParameter(3, indicator.group())
                .setParameter(4, indicator.id()).setParameter(5, r.unit()).setParameter(6, path)
                .setParameter(7, organisation).setParameter(8, person).setParameter(9, r.deadline())
                .setParameter(10, java.sql.Timestamp.from(clock.instant())).setParameter(11, by).executeUpdate();
        return id;
    }

    @Transactional
    public boolean remove(UUID id) {
        cache.changedEverywhere();
        return em.createNativeQuery("DELETE FROM campaign_responsibility WHERE id = ?1").setParameter(1, id).executeUpdate() > 0;
    }

    private static String text(String field, String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            throw ApiException.badRequest(field, "campaign.responsibility." + field + ".required");
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badRequest(field, "campaign.text.too-long", MAX_TEXT);
        }
        return v;
    }
}
