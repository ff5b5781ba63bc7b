package org.hocvu.lms.xapi.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * HTTP Basic for the xAPI resources only (/xapi/...), next to the Keycloak bearer tokens that the
 * OIDC mechanism handles. "Basic Og==" (empty key and secret) is an explicitly anonymous request.
 */
@ApplicationScoped
public class LrsBasicAuthMechanism implements HttpAuthenticationMechanism {
    static final String RATE_LIMITED = "hocvu.xapi.rate-limited";
    private static final String PREFIX = "/xapi/";

    @Inject
    FailedAuthLimiter limiter;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext rc, IdentityProviderManager identities) {
        String header = rc.request().getHeader("Authorization");
        if (!rc.normalizedPath().startsWith(PREFIX) || header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Uni.createFrom().nullItem();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        int colon = decoded.indexOf(':');
        String key = colon < 0 ? decoded : decoded.substring(0, colon);
        String secret = colon < 0 ? "" : decoded.substring(colon + 1);
        if (key.isEmpty() && secret.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        String client = rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().hostAddress();
        if (limiter.blocked(client)) {
            rc.put(RATE_LIMITED, Boolean.TRUE);
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new LrsBasicRequest(key, secret, client), rc));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext rc) {
        if (!rc.normalizedPath().startsWith(PREFIX)) {
            return Uni.createFrom().nullItem();
        }
        if (Boolean.TRUE.equals(rc.get(RATE_LIMITED))) {
            return Uni.createFrom().item(new ChallengeData(429, "Retry-After", "60"));
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"xapi\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(LrsBasicRequest.class);
    }
}
