package org.hocvu.ui.facilitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.facilitation.Claims;
import org.hocvu.lms.facilitation.FacilitationViews.ClaimInput;
import org.hocvu.lms.facilitation.FacilitationViews.Claimed;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.ui.i18n.PageTexts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;

/**
 * Public: a person registered on the spot claims their account with the code the facilitator gave,
 * choosing a username and a password (a plain form); then they sign in like everyone. The engine
 * checks the code, limits the tries per address (as for its API) and creates the account; a refusal keeps what was typed but the
 * password and says why.
 */
@Path("/claim")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class ClaimPage {
    /** Longer than any code or username; anything longer is refused before the engine is asked. */
    static final int MAX_FIELD = 200;

    @Inject
    PageContext page;
    @Inject
    Claims claims;

    @CheckedTemplate(basePath = "facilitation")
    static class Templates {
        static native TemplateInstance claim(Chrome chrome, String code, String username, String error);

        static native TemplateInstance claimed(Chrome chrome, String username);
    }

    @GET
    public TemplateInstance form() {
        return Templates.claim(chrome(), "", "", null).setLocale(page.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@FormParam("code") String code, @FormParam("username") String username,
                          @FormParam("password") String password, @Context HttpServerRequest request) {
        String typedCode = code == null ? "" : code.strip();
        String typedName = username == null ? "" : username.strip();
        if (typedCode.isEmpty() || typedName.isEmpty() || password == null || password.isEmpty()
                || typedCode.length() > MAX_FIELD || typedName.length() > MAX_FIELD || password.length() > MAX_FIELD) {
            return refused(Response.Status.BAD_REQUEST, typedCode, typedName, PageTexts.get(page.locale(), "claim_missing"));
        }
        try {
            Claimed claimed = claims.claim(new ClaimInput(typedCode, typedName, password),
                    request.remoteAddress() == null ? "?" : request.remoteAddress().host());
            return Response.ok(Templates.claimed(chrome(), claimed.username()).setLocale(page.locale())).build();
        } catch (ApiException refusal) {
            return refused(refusal.status(), typedCode, typedName, FacilitationProblems.message(refusal, page.locale()));
        }
    }

    private Response refused(Response.Status status, String code, String username, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.claim(chrome(), code, username, message).setLocale(page.locale()).render()).build();
    }

    private Chrome chrome() {
        return page.chromeAt("/claim");
    }
}
