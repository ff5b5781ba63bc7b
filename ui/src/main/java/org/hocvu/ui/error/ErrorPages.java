package org.hocvu.ui.error;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.ui.i18n.Texts;
import org.hocvu.ui.layout.Chrome;

import java.util.Locale;

/** The pages shown instead of a stack trace: 401, 403, 404 and 500, in the person's language. */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Chrome chrome, Problem problem);
    }

    /** The page for {@code status}; {@code missingRole} names the role a 403 page asks for. */
    public String render(int status, Chrome chrome, String missingRole) {
        return Templates.error(chrome, problem(status, chrome.locale(), missingRole))
                .setLocale(chrome.locale())
                .render();
    }

    public Response response(int status, Chrome chrome, String missingRole) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(status, chrome, missingRole))
                .build();
    }

    static Problem problem(int status, Locale l, String missingRole) {
        String goHome = Texts.get(l, "error_go_home");
        return switch (status) {
            case 401 -> new Problem(status, Texts.get(l, "error_401_title"), Texts.get(l, "error_401_explanation"),
                    "/signin", Texts.get(l, "sign_in_again"));
            case 403 -> new Problem(status, Texts.get(l, "error_403_title"),
                    Texts.get(l, "error_403_explanation", Texts.roleName(l, missingRole)), "/", goHome);
            case 404 -> new Problem(status, Texts.get(l, "error_404_title"), Texts.get(l, "error_404_explanation"), "/", goHome);
            default -> new Problem(status, Texts.get(l, "error_500_title"), Texts.get(l, "error_500_explanation"), "/", goHome);
        };
    }
}
