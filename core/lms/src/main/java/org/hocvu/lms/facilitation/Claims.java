package org.hocvu.lms.facilitation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.facilitation.FacilitationViews.ClaimCode;
import org.hocvu.lms.facilitation.FacilitationViews.ClaimInput;
import org.hocvu.lms.facilitation.FacilitationViews.Claimed;
import org.hocvu.lms.facilitation.FacilitationViews.PersonView;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.LearnerDirectory;
import org.hocvu.lms.identity.people.AccountView;
import org.hocvu.lms.identity.people.NewPerson;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.CanonicalJson;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A person registered with help makes their own account with a one-time code the facilitator
 * prints or shows: 10 characters of an alphabet without look-alikes (no 0/O, 1/I/L), stored as its
 * SHA-256, one live code per person, expiring after {@code hocvu.facilitation.claim-code-ttl}. The
 * account is made in Keycloak and linked to the profile they already have, so their records stay theirs.
 * Guessing is refused: after {@code hocvu.facilitation.claim-failures} wrong codes from one address
 * within {@code hocvu.facilitation.claim-window}, further tries get 429.
 */
@ApplicationScoped
public class Claims {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 10;
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;
    @Inject
    Facilitators facilitators;
    @Inject
    Registrations registrations;
    @Inject
    LearnerDirectory directory;
    @Inject
    IdentityService identities;
    @Inject
    PeopleService people;
    @Inject
    Clock clock;
    @ConfigProperty(name = "hocvu.facilitation.claim-code-ttl", defaultValue = "P14D")
    Duration ttl;
    @ConfigProperty(name = "hocvu.facilitation.claim-failures", defaultValue = "10")
    int maxFailures;
    @ConfigProperty(name = "hocvu.facilitation.claim-window", defaultValue = "PT15M")
    Duration window;

    /** A new code for a person registered within the caller's unit; the last one stops working. */
    @Transactional
    public ClaimCode issue(Facilitator f, UUID learnerId) {
        List<?> path = em.createNativeQuery("SELECT unit_path FROM facilitation_registration WHERE id = ?1")
                .setParameter(1, learnerId).getResultList();
        if (path.isEmpty()) {
            throw ApiException.notFound("facilitation.person.not-found");
        }
        if (!f.covers((String) path.get(0))) {
            throw new ApiException(Response.Status.FORBIDDEN, "facilitation.learner.outside", null, learnerId);
        }
        if (!directory.unclaimed(learnerId)) {
            throw ApiException.conflict("facilitation.claim.already");
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        em.createNativeQuery("""
                        INSERT INTO facilitation_claim_code (learner_id, code_hash, issued_by, issued_at, expires_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (learner_id) DO UPDATE
                        SET code_hash = EXCLUDED.code_hash, issued_by = EXCLUDED.issued_by, issued_at = EXCLUDED.issued_at,
                        expires_at = EXCLUDED.expires_at""")
                .setParameter(1, learnerId).setParameter(2, hash(code.toString())).setParameter(3, f.id())
                .setParameter(4, now).setParameter(5, expires).executeUpdate();
        return new ClaimCode(learnerId, code.toString(), expires);
    }

    /** Makes the account of the code's person, signs nobody in: they sign in with it as anyone does. */
    @Transactional
    public Claimed claim(ClaimInput body, String source) {
        refuseGuessing(source);
        if (body == null) {
            throw ApiException.badRequest(null, "facilitation.body.required");
        }
        String code = Limits.required(body.code(), "code", 40).toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        String username = Limits.required(body.username(), "username", 64).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest("username", "facilitation.claim.username-invalid");
        }
        String password = body.password();
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw ApiException.badRequest("password", "facilitation.claim.password-invalid", MIN_PASSWORD, MAX_PASSWORD);
        }
        List<?> found = em.createNativeQuery("SELECT learner_id FROM facilitation_claim_code WHERE code_hash = ?1 AND expires_at > ?2")
                .setParameter(1, hash(code)).setParameter(2, clock.instant()).getResultList();
        if (found.isEmpty()) {
            failed(source);
            throw ApiException.badRequest("code", "facilitation.claim.unknown-code");
        }
        UUID learnerId = (UUID) found.get(0);
        PersonView person = registrations.view(learnerId);
        String name = person.fullName();
        int space = name.indexOf(' ');
        NewPerson account = new NewPerson(username, null, space < 0 ? name : name.substring(0, space),
                space < 0 ? "" : name.substring(space + 1), person.unitCode(), new TreeSet<>(person.groups()));
        em.createNativeQuery("DELETE FROM facilitation_claim_code WHERE learner_id = ?1").setParameter(1, learnerId).executeUpdate();
        AccountView created = people.create(account, password)
                .orElseThrow(() -> ApiException.conflict("facilitation.claim.username-taken", username));
        if (!identities.claim(learnerId, created.id(), username)) {
            throw ApiException.conflict("facilitation.claim.already");
        }
        return new Claimed(learnerId, username);
    }

    private void refuseGuessing(String source) {
        long failures = ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM facilitation_claim_failure WHERE source = ?1 AND failed_at > ?2")
                .setParameter(1, source).setParameter(2, clock.instant().minus(window)).getSingleResult()).longValue();
        if (failures >= maxFailures) {
            throw new ApiException(Response.Status.TOO_MANY_REQUESTS, "facilitation.claim.too-many", "code",
                    Math.max(1, window.toMinutes()));
        }
    }

    /** Counts a wrong code in its own transaction: the refusal that follows rolls the caller's back. */
    private void failed(String source) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM facilitation_claim_failure WHERE source = ?1 AND failed_at <= ?2")
                    .setParameter(1, source).setParameter(2, now.minus(window)).executeUpdate();
            em.createNativeQuery("INSERT INTO facilitation_claim_failure (source, failed_at) VALUES (?1, ?2)")
                    .setParameter(1, source).setParameter(2, now).executeUpdate();
        });
    }

    private static String hash(String code) {
        return CanonicalJson.sha256(code);
    }
}
