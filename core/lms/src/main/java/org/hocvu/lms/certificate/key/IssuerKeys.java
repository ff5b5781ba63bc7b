package org.hocvu.lms.certificate.key;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.certificate.IssuerUrls;
import org.hocvu.lms.certificate.proof.Ed25519;
import org.hocvu.lms.certificate.proof.EddsaRdfc2022;
import org.hocvu.lms.certificate.proof.Multikey;
import org.hocvu.lms.certificate.verify.KeyResolver;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deployment's Ed25519 signing keys: made once (the first start finds none and makes one), kept
 * sealed in {@code certificate_issuer_key}, rotated by an admin. A rotated key is retired, not deleted:
 * it stays published so every certificate it signed still verifies.
 */
@ApplicationScoped
public class IssuerKeys {
    static final String DEV_PASSPHRASE = "hocvu-development-only";
    private static final Logger LOG = Logger.getLogger(IssuerKeys.class);

    @Inject
    EntityManager em;
    @Inject
    IssuerUrls urls;
    @Inject
    Clock clock;
    @ConfigProperty(name = "hocvu.certificates.key-passphrase", defaultValue = DEV_PASSPHRASE)
    String passphrase;

    private final Map<String, byte[]> publicKeys = new ConcurrentHashMap<>();

    /** A published key: its id, Multikey, when it was made and when it stopped signing (null: active). */
    public record KeyView(String id, String publicKeyMultibase, Instant createdAt, Instant retiredAt) {
    }

    @Transactional
    void ensureKey(@Observes StartupEvent start) {
        if (DEV_PASSPHRASE.equals(passphrase) && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("Certificates: the signing key is sealed with the development passphrase; set "
                    + "HOCVU_CERTIFICATES_KEY_PASSPHRASE before issuing real certificates");
        }
        if (active() == null) {
            create();
        }
    }

    /** The active key as a signer (its private seed opened for this one use). */
    @Transactional
    public EddsaRdfc2022.Signer signer() {
        Object[] row = active();
        if (row == null) {
            row = create();
        }
        String id = (String) row[0];
        return new EddsaRdfc2022.Signer(urls.key(id), new KeySealing(passphrase).open(id, (byte[]) row[1]));
    }

    /** Retires the active key and makes a new one; returns the new key. */
    @Transactional
    public KeyView rotate() {
        em.createNativeQuery("UPDATE certificate_issuer_key SET retired_at = ?1 WHERE retired_at IS NULL")
                .setParameter(1, Timestamp.from(clock.instant())).executeUpdate();
        create();
        return list().get(0);
    }

    /** Every key ever used, newest first. */
    public List<KeyView> list() {
        List<?> rows = em.createNativeQuery("""
                SELECT id, public_key_multibase, created_at, retired_at FROM certificate_issuer_key
                ORDER BY created_at DESC, id DESC""").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new KeyView((String) r[0], (String) r[1],
                instant(r[2]), r[3] == null ? null : instant(r[3]))).toList();
    }

    /** The public key of one of this issuer's keys, active or retired. */
    public java.util.Optional<byte[]> publicKey(String keyId) {
        if (keyId == null) {
            return java.util.Optional.empty();
        }
        byte[] known = publicKeys.get(keyId);
        if (known != null) {
            return java.util.Optional.of(known);
        }
        List<?> rows = em.createNativeQuery("SELECT public_key_multibase FROM certificate_issuer_key WHERE id = ?1")
                .setParameter(1, keyId).getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        byte[] key = Multikey.decode((String) rows.get(0));
        publicKeys.put(keyId, key);
        return java.util.Optional.of(key);
    }

    /** Resolves only this issuer's own verification methods: HọcVụ vouches for nothing else. */
    public KeyResolver resolver() {
        return method -> publicKey(urls.keyId(method)).map(KeyResolver.Resolved::of)
                .orElseGet(() -> KeyResolver.Resolved.refused("the verificationMethod is not one of this issuer's keys"));
    }

    private Object[] active() {
        List<?> rows = em.createNativeQuery("SELECT id, private_key FROM certificate_issuer_key WHERE retired_at IS NULL")
                .getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private Object[] create() {
        Instant now = clock.instant();
        Ed25519.RawKeyPair pair = Ed25519.generate();
        String id = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(now) + "-"
                + HexFormat.of().formatHex(pair.publicKey(), 0, 4);
        byte[] sealed = new KeySealing(passphrase).seal(id, pair.seed());
        em.createNativeQuery("""
                INSERT INTO certificate_issuer_key (id, public_key_multibase, private_key, created_at)
                VALUES (?1, ?2, ?3, ?4)""").setParameter(1, id).setParameter(2, Multikey.encode(pair.publicKey()))
                .setParameter(3, sealed).setParameter(4, Timestamp.from(now)).executeUpdate();
        LOG.infof("Certificates: new signing key %s", id);
        return new Object[]{id, sealed};
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof Instant i ? i
                : ((java.time.OffsetDateTime) value).toInstant();
    }
}
