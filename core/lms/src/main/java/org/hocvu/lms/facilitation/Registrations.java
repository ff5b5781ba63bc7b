package org.hocvu.lms.facilitation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.facilitation.FacilitationViews.Consent;
import org.hocvu.lms.facilitation.FacilitationViews.PersonInput;
import org.hocvu.lms.facilitation.FacilitationViews.PersonView;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.LearnerDirectory;
import org.hocvu.lms.identity.LearnerListing;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.CanonicalJson;
import org.hocvu.lms.shared.data.SqlValues;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Extensions;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * People registered on the spot with minimal data (full name, year of birth, unit, groups; no
 * e-mail, phone or national id) and the consent read aloud to them, with the facilitator as witness.
 * The learner id is the id the device made. Each registration is a {@code registered} statement in
 * the unit with the facilitator as instructor. Someone alike already known (same name without
 * accents or case, year of birth and unit) makes a conflict to decide, never a silent duplicate.
 */
@ApplicationScoped
public class Registrations {
    static final int MAX_GROUP = 64;
    static final int MAX_TEXT_VERSION = 40;

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    Facilitators facilitators;
    @Inject
    IdentityService identities;
    @Inject
    LearnerDirectory directory;
    @Inject
    UnitService units;
    @Inject
    Conflicts conflicts;
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    Clock clock;

    @Transactional
    public PersonView register(Facilitator f, UUID id, PersonInput body) {
        PersonInput in = check(body);
        String path = facilitators.within(f, in.unitCode(), "unitCode");
        String hash = CanonicalJson.sha256(json.valueToTree(in));
        @SuppressWarnings("unchecked")
        List<Object[]> existing = em.createNativeQuery("SELECT facilitator_id, body_hash FROM facilitation_registration WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (!existing.isEmpty()) {
            if (!existing.get(0)[0].equals(f.id()) || !existing.get(0)[1].equals(hash)) {
                throw ApiException.conflict("facilitation.person.taken");
            }
            return view(id);
        }
        if (!identities.learners(List.of(id)).isEmpty()) {
            throw ApiException.conflict("facilitation.person.taken");
        }
        List<LearnerListing> alike = directory.lookalikes(in.fullName(), in.birthYear(), in.unitCode(), id);
        LearnerView learner = identities.registerWithoutAccount(id, in.fullName(), in.birthYear(), in.unitCode(),
                new TreeSet<>(in.groups()));
        Instant now = clock.instant();
        UUID statement = UUID.randomUUID();
        try {
            em.createNativeQuery("""
                            INSERT INTO facilitation_registration (id, facilitator_id, full_name, birth_year, unit_code, unit_path,
                            groups, consent_text_version, consent_read_aloud, consent_at, statement_id, body_hash)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""")
                    .setParameter(1, id).setParameter(2, f.id()).setParameter(3, learner.displayName())
                    .setParameter(4, in.birthYear()).setParameter(5, in.unitCode()).setParameter(6, path)
                    .setParameter(7, json.writeValueAsString(in.groups())).setParameter(8, in.consent().textVersion())
                    .setParameter(9, true).setParameter(10, now).setParameter(11, statement).setParameter(12, hash)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        records.record(LearningEvent.of(id, Verb.REGISTERED, activities.unit(in.unitCode(), Map.of("vi", units.get(in.unitCode()).name())))
                .withInstructor(f.id())
                .withExtensions(Map.of(Extensions.UNIT, in.unitCode(), Extensions.FACILITATOR, f.id().toString()))
                .withId(statement).at(now));
        if (!alike.isEmpty()) {
            conflicts.open(id, alike.stream().map(LearnerListing::id).toList(), path, now);
        }
        return view(id);
    }

    /** The registration as stored, with its open conflict if any. */
    PersonView view(UUID id) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT full_name, birth_year, unit_code, groups, consent_at FROM facilitation_registration WHERE id = ?1""")
                .setParameter(1, id).getSingleResult();
        try {
            List<String> groups = List.of(json.readValue((String) r[3], String[].class));
            return new PersonView(id, id, (String) r[0], ((Number) r[1]).intValue(), (String) r[2], groups,
                    SqlValues.instant(r[4]), conflicts.of(id).orElse(null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private PersonInput check(PersonInput body) {
        if (body == null) {
            throw ApiException.badRequest(null, "facilitation.body.required");
        }
        String name = Limits.required(body.fullName(), "fullName", Limits.MAX_NAME).replaceAll("\\s+", " ");
        int year = Limits.birthYear(body.birthYear(), clock);
        List<String> groups = Limits.list(body.groups(), "groups", Limits.MAX_GROUPS).stream()
                .map(g -> Limits.required(g, "groups", MAX_GROUP)).distinct().sorted().toList();
        if (groups.isEmpty()) {
            throw ApiException.badRequest("groups", "facilitation.field.required", "groups");
        }
        Consent consent = body.consent();
        if (consent == null || !Boolean.TRUE.equals(consent.given()) || !Boolean.TRUE.equals(consent.readAloud())) {
            throw ApiException.badRequest("consent", "facilitation.consent.required");
        }
        String version = Limits.required(consent.textVersion(), "consent.textVersion", MAX_TEXT_VERSION);
        return new PersonInput(name, year, body.unitCode(), groups, new Consent(true, version, true));
    }
}
