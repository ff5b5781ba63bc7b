package org.hocvu.lms.facilitation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hocvu.lms.facilitation.FacilitationViews.DeviceKey;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.data.SqlValues;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keys a facilitator's device encrypts its offline copy with (AES-256). A key is never stored:
 * it is HMAC-SHA256(server secret, key id + facilitator), so only its id, owner and expiry are rows.
 * One key per sign-in (the token's {@code sid}), asked again by id until it expires (after a reload).
 * The secret is {@code hocvu.facilitation.device-key-secret}, else one made once and kept in the database.
 */
@ApplicationScoped
public class DeviceKeys {
    private static final String SECRET_NAME = "device-key";

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @ConfigProperty(name = "hocvu.facilitation.device-key-ttl", defaultValue = "P7D")
    Duration ttl;
    @ConfigProperty(name = "hocvu.facilitation.device-key-secret")
    Optional<String> configuredSecret;

    /** The live key of this sign-in, made the first time it is asked for. */
    @Transactional
    public DeviceKey issue(Facilitator f, SecurityIdentity identity) {
        String signIn = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("sid") != null
                ? jwt.getClaim("sid").toString() : null;
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> live = em.createNativeQuery("""
                        SELECT id, expires_at FROM facilitation_device_key WHERE facilitator_id = ?1
                        AND sign_in IS NOT DISTINCT FROM ?2 AND expires_at > ?3 ORDER BY issued_at DESC LIMIT 1""")
                .setParameter(1, f.id()).setParameter(2, signIn).setParameter(3, now).getResultList();
        if (!live.isEmpty()) {
            return key(f, (UUID) live.get(0)[0], SqlValues.instant(live.get(0)[1]));
        }
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(ttl);
        em.createNativeQuery("""
                        INSERT INTO facilitation_device_key (id, facilitator_id, sign_in, issued_at, expires_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, id).setParameter(2, f.id()).setParameter(3, signIn).setParameter(4, now)
                .setParameter(5, expires).executeUpdate();
        return key(f, id, expires);
    }

    /** A key issued to this facilitator before, while it lives; 404 for anyone else's, an expired or an unknown one. */
    @Transactional
    public DeviceKey again(Facilitator f, String keyId) {
        UUID id = Ids.uuid(keyId, "keyId");
        @SuppressWarnings("unchecked")
        List<Object> expires = em.createNativeQuery("""
                        SELECT expires_at FROM facilitation_device_key WHERE id = ?1 AND facilitator_id = ?2 AND expires_at > ?3""")
                .setParameter(1, id).setParameter(2, f.id()).setParameter(3, clock.instant()).getResultList();
        if (expires.isEmpty()) {
            throw ApiException.notFound("facilitation.device-key.not-found");
        }
        return key(f, id, SqlValues.instant(expires.get(0)));
    }

    private DeviceKey key(Facilitator f, UUID id, Instant expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] key = mac.doFinal((id + "/" + f.id()).getBytes(StandardCharsets.UTF_8));
            return new DeviceKey(id.toString(), Base64.getEncoder().encodeToString(key), expires);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        if (configuredSecret.isPresent() && !configuredSecret.get().isBlank()) {
            return configuredSecret.get().getBytes(StandardCharsets.UTF_8);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // the first node to need it makes it; every other node (and every later start) reads that one
        em.createNativeQuery("INSERT INTO facilitation_secret (name, secret) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, SECRET_NAME).setParameter(2, Base64.getEncoder().encodeToString(fresh)).executeUpdate();
        String stored = (String) em.createNativeQuery("SELECT secret FROM facilitation_secret WHERE name = ?1")
                .setParameter(1, SECRET_NAME).getSingleResult();
        return Base64.getDecoder().decode(stored);
    }
}
