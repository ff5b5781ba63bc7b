package org.hocvu.lms.xapi.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.LrsCredential;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.xapi.session.LrsSession;
import org.hocvu.lms.xapi.validation.Formats;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns the authenticated identity into an {@link XapiCaller}: an LRS credential acts with its
 * scopes and its own authority; a Keycloak admin has every scope; any other person signed in with
 * Keycloak acts as their pseudonymous account agent and only about themselves.
 */
@ApplicationScoped
public class XapiCallers {
    private static final XapiCaller ANONYMOUS = new XapiCaller(null, Set.of(), null);
    /** The account name of the engine's own authority: not a learner id (UUID) nor a credential key (hex). */
    static final String ENGINE_ACCOUNT = "hocvu-engine";
    /** The account name of the authority of statements sent with a launch session's token. */
    static final String SESSION_ACCOUNT = "hocvu-launch";

    @ConfigProperty(name = "hocvu.base-url", defaultValue = "http://localhost:8080/")
    String homePage;
    @Inject
    IdentityService identities;
    @Inject
    CredentialService credentials;
    @Inject
    FailedAuthLimiter limiter;

    /**
     * @param formAuthorization the Authorization form parameter of the alternate request syntax
     * @param client            the remote address, for the failed-authentication limit
     */
    public XapiCaller of(SecurityIdentity identity, String formAuthorization, String client) {
        if (Boolean.TRUE.equals(identity.getAttribute(LrsBasicAuthMechanism.RATE_LIMITED))) {
            throw new XapiException(429, "xapi.auth.rate-limited");
        }
        if (identity.isAnonymous()) {
            return formAuthorization == null ? ANONYMOUS : fromFormAuthorization(formAuthorization, client);
        }
        LrsCredential credential = identity.getAttribute(LrsIdentityProvider.CREDENTIAL);
        if (credential != null) {
            return forCredential(credential);
        }
        LrsSession session = identity.getAttribute(LrsIdentityProvider.SESSION);
        if (session != null) {
            ObjectNode agent = learnerAgent(session.learner());
            return new XapiCaller(sessionAuthority(), EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE,
                    Scope.STATE, Scope.PROFILE), agent, session);
        }
        JsonNode agent = learnerAgent(identities.me(identity).id());
        if (identity.hasRole(Roles.ADMIN)) {
            return new XapiCaller(agent, EnumSet.of(Scope.ALL), null);
        }
        return new XapiCaller(agent, EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE, Scope.STATE, Scope.PROFILE), agent);
    }

    /** The pseudonymous agent of a learner: account name = opaque learner id, homePage = this deployment. */
    public ObjectNode learnerAgent(UUID learnerId) {
        ObjectNode agent = XapiJson.object().put("objectType", "Agent");
        agent.putObject("account").put("homePage", homePage).put("name", learnerId.toString());
        return agent;
    }

    /** The learner whose pseudonymous agent this is, or empty for any other actor. */
    public Optional<UUID> learnerOf(JsonNode actor) {
        JsonNode account = actor == null ? null : actor.get("account");
        if (account == null || !"Agent".equals(actor.path("objectType").asText("Agent"))
                || !homePage.equals(account.path("homePage").asText())) {
            return Optional.empty();
        }
        String name = account.path("name").asText();
        return Formats.uuid(name) ? Optional.of(UUID.fromString(name)) : Optional.empty();
    }

    /** The engine itself recording learning events in-process: every scope, its own authority. */
    public XapiCaller engine() {
        ObjectNode authority = XapiJson.object().put("objectType", "Agent");
        authority.putObject("account").put("homePage", homePage).put("name", ENGINE_ACCOUNT);
        return new XapiCaller(authority, EnumSet.of(Scope.ALL), null);
    }

    /** The authority of statements a launch session's token writes: the LMS that launched it. */
    private ObjectNode sessionAuthority() {
        ObjectNode authority = XapiJson.object().put("objectType", "Agent");
        authority.putObject("account").put("homePage", homePage).put("name", SESSION_ACCOUNT);
        return authority;
    }

    private XapiCaller forCredential(LrsCredential credential) {
        ObjectNode authority = XapiJson.object().put("objectType", "Agent").put("name", credential.name());
        authority.putObject("account").put("homePage", homePage).put("name", credential.key());
        return new XapiCaller(authority, XapiCaller.scopesOf(credential.scopes()), null);
    }

    private XapiCaller fromFormAuthorization(String header, String client) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new XapiException(401, "xapi.auth.required");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new XapiException(401, "xapi.auth.required");
        }
        int colon = decoded.indexOf(':');
        String key = colon < 0 ? decoded : decoded.substring(0, colon);
        String secret = colon < 0 ? "" : decoded.substring(colon + 1);
        if (limiter.blocked(client + "|" + key)) {
            throw new XapiException(429, "xapi.auth.rate-limited");
        }
        return credentials.check(key, secret).map(this::forCredential).orElseGet(() -> {
            limiter.failed(client + "|" + key);
            throw new XapiException(401, "xapi.auth.required");
        });
    }
}
