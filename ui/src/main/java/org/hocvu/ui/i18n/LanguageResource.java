package org.hocvu.ui.i18n;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.hocvu.ui.web.LocalPath;

/**
 * The language switch. A link rather than a form: it only chooses how pages read, so it must work
 * on every page (error pages included) and with JavaScript off; nothing of the person changes.
 */
@Path("/language/{tag}")
@PermitAll
public class LanguageResource {

    @GET
    public Response choose(@PathParam("tag") String tag, @QueryParam("next") String next) {
        Response.ResponseBuilder back = Response.seeOther(LocalPath.orHome(next));
        return Language.supportedTag(tag)
                .map(lang -> back.cookie(new NewCookie.Builder(Language.COOKIE)
                        .value(lang).path("/").maxAge(Language.COOKIE_MAX_AGE_SECONDS)
                        .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build()))
                .orElse(back)
                .build();
    }
}
