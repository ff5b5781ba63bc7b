package org.hocvu.lms.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.shared.ApiException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The run-time's credential: the SCO's frame is served from the content path (another origin when
 * {@code hocvu.scorm.content-origin} is set) and has no cookie, so the player page hands it a random
 * token for the attempt, valid 12 hours; only its SHA-256 is stored, and a new launch replaces it
 * (the one before stays good for ten minutes, so the last save of a page just closed is kept).
 */
@ApplicationScoped
class RuntimeTokens {
    static final Duration LIFE = Duration.ofHours(12);
    /** How long the token before a new launch still saves: the last beacon of a page closed just before. */
    static final Duration GRACE = Duration.ofMinutes(10);
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final SecureRandom random = new SecureRandom();

    String issue(ScormAttempt attempt, Instant now) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        if (attempt.tokenExpiresAt.isAfter(now)) {
            attempt.previousTokenHash = attempt.tokenHash;
            attempt.previousTokenUntil = now.plus(GRACE);
        }
        attempt.tokenHash = hash(token);
        attempt.tokenExpiresAt = now.plus(LIFE);
        return token;
    }

    /** The attempt a token opens; 403 with a message to open the package again when it is unknown or old. */
    ScormAttempt attempt(String token, Instant now) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            throw expired();
        }
        return ScormAttempt.byTokenHash(hash(token), now).orElseThrow(RuntimeTokens::expired);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException expired() {
        return new ApiException(Response.Status.FORBIDDEN, "scorm.runtime.token", null);
    }
}
