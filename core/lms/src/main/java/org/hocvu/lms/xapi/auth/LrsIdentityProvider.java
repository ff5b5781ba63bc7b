package org.hocvu.lms.xapi.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.LrsCredential;
import org.hocvu.lms.xapi.session.LrsSessions;

/** Checks LRS Basic credentials against the credential table (off the event loop). */
@ApplicationScoped
public class LrsIdentityProvider implements IdentityProvider<LrsBasicRequest> {
    /** The attribute of the identity that holds the {@link LrsCredential}. */
    public static final String CREDENTIAL = "hocvu.xapi.credential";
    /** The attribute of the identity that holds the {@link org.hocvu.lms.xapi.session.LrsSession} of a launch token. */
    public static final String SESSION = "hocvu.xapi.session";

    @Inject
    CredentialService credentials;
    @Inject
    FailedAuthLimiter limiter;
    @Inject
    Instance<LrsSessions> sessions;

    @Override
    public Class<LrsBasicRequest> getRequestType() {
        return LrsBasicRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(LrsBasicRequest request, AuthenticationRequestContext context) {
        if (credentials.cached(request.key())) {
            // a hash comparison in memory: no reason to leave the event loop
            try {
                return Uni.createFrom().item(credentialIdentity(request));
            } catch (AuthenticationFailedException e) {
                return Uni.createFrom().failure(e);
            }
        }
        return context.runBlocking(() -> identity(request));
    }

    private SecurityIdentity identity(LrsBasicRequest request) {
        if (!sessions.isUnsatisfied()) {
            var session = sessions.get().resolve(request.key(), request.secret());
            if (session.isPresent()) {
                return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("lrs-session:" + session.get().id()))
                        .addAttribute(SESSION, session.get()).build();
            }
        }
        return credentialIdentity(request);
    }

    /** A stored LRS credential (a hash comparison; the session check above needs the database). */
    private SecurityIdentity credentialIdentity(LrsBasicRequest request) {
        LrsCredential credential = credentials.check(request.key(), request.secret()).orElse(null);
        if (credential == null) {
            limiter.failed(request.client());
            throw new AuthenticationFailedException();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("lrs:" + credential.key()))
                .addAttribute(CREDENTIAL, credential);
        credential.scopes().forEach(identity::addRole);
        return identity.build();
    }
}
