package org.hocvu.lms.xapi.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.xapi.auth.Scope;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues, lists, revokes and checks LRS credentials. Secrets are 256 random bits, so a salted
 * SHA-256 protects them at rest as well as a slow password hash would, and checking one costs
 * microseconds (every xAPI request is checked). Checked credentials are cached for a few seconds;
 * a revocation reaches every node within that time.
 */
@ApplicationScoped
public class CredentialService {
    private static final long CACHE_MILLIS = 5_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    Sql sql;

    private record Cached(StoredSecret secret, long until) {
    }

    private record StoredSecret(LrsCredential credential, String salt, String hash) {
    }

    public IssuedCredential issue(NewCredential request) {
        if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 255) {
            throw ApiException.badRequest("name", "xapi.credential.name");
        }
        List<String> scopes = request.scopes() == null || request.scopes().isEmpty()
                ? List.of(Scope.STATEMENTS_WRITE.value(), Scope.STATEMENTS_READ_MINE.value())
                : request.scopes();
        for (String scope : scopes) {
            if (Scope.parse(scope).isEmpty()) {
                throw ApiException.badRequest("scopes", "xapi.credential.scope", scope);
            }
        }
        String key = randomHex(16);
        String secret = randomHex(32);
        UUID id = UUID.randomUUID();
        insert(id, key, secret, request.name().trim(), scopes, "");
        return new IssuedCredential(id, key, secret, request.name().trim(), List.copyOf(scopes));
    }

    /** Creates a credential with a chosen key and secret unless one with that key exists (bootstrap). */
    public void ensure(String key, String secret, String name, List<String> scopes) {
        insert(UUID.randomUUID(), key, secret, name, scopes, " ON CONFLICT (api_key) DO NOTHING");
    }

    /** Stores a credential with its secret salted and hashed; {@code onConflict} is "" or an ON CONFLICT clause. */
    private void insert(UUID id, String key, String secret, String name, List<String> scopes, String onConflict) {
        String salt = randomHex(16);
        sql.update("""
                INSERT INTO xapi_credential (id, api_key, secret_salt, secret_hash, name, scopes)
                VALUES (?, ?, ?, ?, ?, ?)""" + onConflict, insert -> {
            insert.setObject(1, id);
            insert.setString(2, key);
            insert.setString(3, salt);
            insert.setString(4, hash(salt, secret));
            insert.setString(5, name);
            insert.setArray(6, insert.getConnection().createArrayOf("text", scopes.toArray()));
        });
    }

    public List<LrsCredential> list() {
        return sql.query("SELECT * FROM xapi_credential ORDER BY created_at, api_key", Sql.Params.NONE,
                rs -> read(rs).credential());
    }

    public void revoke(UUID id) {
        if (sql.update("UPDATE xapi_credential SET revoked_at = coalesce(revoked_at, now()) WHERE id = ?",
                update -> update.setObject(1, id)) == 0) {
            throw ApiException.notFound("xapi.credential.not-found", id);
        }
        cache.clear();
    }

    /** True when checking this key needs no database access (it was loaded a moment ago). */
    public boolean cached(String key) {
        Cached cached = cache.get(key);
        return cached != null && cached.until() >= System.currentTimeMillis();
    }

    /** The live credential with this key and secret, if both match. */
    public Optional<LrsCredential> check(String key, String secret) {
        long now = System.currentTimeMillis();
        Cached cached = cache.get(key);
        if (cached == null || cached.until() < now) {
            cached = new Cached(load(key), now + CACHE_MILLIS);
            cache.put(key, cached);
        }
        StoredSecret stored = cached.secret();
        if (stored == null || stored.credential().revokedAt() != null) {
            return Optional.empty();
        }
        boolean matches = MessageDigest.isEqual(stored.hash().getBytes(StandardCharsets.US_ASCII),
                hash(stored.salt(), secret).getBytes(StandardCharsets.US_ASCII));
        return matches ? Optional.of(stored.credential()) : Optional.empty();
    }

    private StoredSecret load(String key) {
        return sql.one("SELECT * FROM xapi_credential WHERE api_key = ?", q -> q.setString(1, key), CredentialService::read)
                .orElse(null);
    }

    private static StoredSecret read(ResultSet rs) throws SQLException {
        Array scopes = rs.getArray("scopes");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        LrsCredential credential = new LrsCredential(rs.getObject("id", UUID.class), rs.getString("api_key"),
                rs.getString("name"), Arrays.asList((String[]) scopes.getArray()),
                rs.getTimestamp("created_at").toInstant(), revoked == null ? null : revoked.toInstant());
        return new StoredSecret(credential, rs.getString("secret_salt"), rs.getString("secret_hash"));
    }

    static String hash(String salt, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
