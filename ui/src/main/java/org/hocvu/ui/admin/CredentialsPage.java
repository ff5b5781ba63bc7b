package org.hocvu.ui.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.xapi.auth.Scope;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.credential.LrsCredential;
import org.hocvu.lms.xapi.credential.NewCredential;
import org.hocvu.ui.i18n.Texts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * LRS credentials for external content and tools: admins only. Issue one with its xAPI scopes and see
 * its secret once (on the page that answers the form, never stored readable, never in a URL); revoke one.
 */
@Path("/admin/credentials")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class CredentialsPage {
    static final String PATH = "/admin/credentials";
    /** A new credential's scopes unless the admin chooses others: send statements, read its own. */
    static final List<String> DEFAULT_SCOPES = List.of(Scope.STATEMENTS_WRITE.value(), Scope.STATEMENTS_READ_MINE.value());

    @Inject
    PageContext page;
    @Inject
    AdminAccess access;
    @Inject
    CredentialService credentials;

    /** A scope as a checkbox: its xAPI name, what it allows in words, whether it is ticked. */
    public record ScopeChoice(String value, String label, boolean chosen) {
    }

    /**
     * @param issued the credential just issued, its secret shown this once; null otherwise
     */
    public record View(List<LrsCredential> credentials, List<ScopeChoice> scopes, String name, IssuedCredential issued,
                       String error, boolean revoked) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance credentials(Chrome chrome, View view);
    }

    @GET
    public Response list(@QueryParam("revoked") String revoked) {
        return access.refusal(page, Roles.ADMIN)
                .orElseGet(() -> show(Response.Status.OK, page.chrome(), view("", DEFAULT_SCOPES, null, null, revoked != null)));
    }

    @POST
    public Response issue(@FormParam("name") String name, @FormParam("scopes") List<String> scopes) {
        return access.refusal(page, Roles.ADMIN).orElseGet(() -> {
            List<String> chosen = scopes == null ? List.of() : scopes;
            try {
                IssuedCredential issued = credentials.issue(new NewCredential(name, chosen.isEmpty() ? DEFAULT_SCOPES : chosen));
                return show(Response.Status.CREATED, page.chromeAt(PATH), view("", DEFAULT_SCOPES, issued, null, false));
            } catch (ApiException refused) {
                String message = Messages.get(page.locale(), refused.messageKey(), refused.args());
                return show(refused.status(), page.chromeAt(PATH), view(name == null ? "" : name, chosen, null, message, false));
            }
        });
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") String id) {
        return access.refusal(page, Roles.ADMIN).orElseGet(() -> {
            try {
                credentials.revoke(UUID.fromString(id));
            } catch (IllegalArgumentException | ApiException unknown) {
                String message = Texts.get(page.locale(), "credentials_unknown");
                return show(Response.Status.NOT_FOUND, page.chromeAt(PATH), view("", DEFAULT_SCOPES, null, message, false));
            }
            return Response.seeOther(URI.create(PATH + "?revoked=1")).build();
        });
    }

    private View view(String name, List<String> chosen, IssuedCredential issued, String error, boolean revoked) {
        Locale locale = page.locale();
        List<ScopeChoice> scopes = Arrays.stream(Scope.values())
                .map(s -> new ScopeChoice(s.value(), Texts.get(locale, "scope_" + s.name().toLowerCase(Locale.ROOT)),
                        chosen.contains(s.value())))
                .toList();
        return new View(credentials.list(), scopes, name, issued, error, revoked);
    }

    private Response show(Response.StatusType status, Chrome chrome, View view) {
        return Response.status(status).entity(Templates.credentials(chrome, view).setLocale(page.locale())).build();
    }
}
