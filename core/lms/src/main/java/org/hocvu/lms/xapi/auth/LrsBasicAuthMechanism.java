package org.hocvu.lms.xapi.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
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
    /** Attribute of the anonymous identity given to a client that failed too often: the LRS answers 429. */
    public static final String RATE_LIMITED = "hocvu.xapi.rate-limited";
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
        // counted per client and key: guessing one key's secret is slowed down, while other people
        // behind the same address (a school, a commune office) keep working
        String client = (rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().hostAddress()) + "|" + key;
        if (limiter.blocked(client)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setAnonymous(true)
                    .setPrincipal(new QuarkusPrincipal("")).addAttribute(RATE_LIMITED, Boolean.TRUE).build());
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new LrsBasicRequest(key, secret, client), rc));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext rc) {
        if (!rc.normalizedPath().startsWith(PREFIX)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"xapi\""));
    }

    /** Asked before the bearer-token mechanism, so that /xapi failures get the Basic (or 429) challenge. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(LrsBasicRequest.class);
    }
}
