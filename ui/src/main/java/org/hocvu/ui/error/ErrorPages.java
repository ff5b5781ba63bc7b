package org.hocvu.ui.error;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.shared.DatabaseBusy;
import org.hocvu.ui.layout.Navigation;
import org.hocvu.ui.layout.PageContext;
import org.jboss.logging.Logger;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.ui.i18n.Texts;
import org.hocvu.ui.layout.Chrome;

import java.util.Locale;

/** The pages shown instead of a stack trace: 401, 403, 404, 500 and 503, in the person's language. */
@ApplicationScoped
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    @Inject
    CurrentIdentityAssociation identityAssociation;
    @Inject
    IdentityService identities;
    @Inject
    Navigation navigation;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Chrome chrome, Problem problem);
    }

    /**
     * The 503 page for a database out of connections: no profile read (that would wait for a
     * connection too), {@code Retry-After} as the API sends, and "try again" leading to the page asked for.
     */
    public Response busy(HttpServerRequest request) {
        Locale locale = PageContext.languageOf(request);
        String asked = "GET".equals(request.method().name()) ? request.uri() : request.path();
        String again = asked.startsWith("/") && !asked.startsWith("//") ? asked : "/";
        return Response.status(503)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Retry-After", DatabaseBusy.RETRY_AFTER_SECONDS)
                .entity(Templates.error(Chrome.anonymous(locale, "/"), problem(503, locale, null, again)).setLocale(locale).render())
                .build();
    }

    /** The page for {@code status}; {@code missingRole} names the role a 403 page asks for. */
    public String render(int status, Chrome chrome, String missingRole) {
        return Templates.error(chrome, problem(status, chrome.locale(), missingRole))
                .setLocale(chrome.locale())
                .render();
    }

    /**
     * The page for {@code status} with the header the person saw before: a signed-in person keeps
     * their name, the navigation and "Đăng xuất" on a 404 or 500 page. Their profile is read on a
     * worker thread (the failure may have come on the I/O thread); if even that fails, as when the
     * database is down, the page still comes, without the person.
     */
    public Uni<Response> responseFor(int status, HttpServerRequest request) {
        Locale locale = PageContext.languageOf(request);
        String back = status == 404 ? request.path() : "/";
        Response anonymous = response(status, Chrome.anonymous(locale, back), null);
        return identityAssociation.getDeferredIdentity()
                .onItem().transformToUni(identity -> identity.isAnonymous() ? Uni.createFrom().item(anonymous)
                        : Uni.createFrom().item(() -> response(status,
                                        PageContext.chromeFor(identity, identities.me(identity), locale, back, navigation), null))
                                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .onFailure().invoke(failure -> LOG.warnf(failure, "the %d page is shown without the person's header", status))
                .onFailure().recoverWithItem(anonymous);
    }

    public Response response(int status, Chrome chrome, String missingRole) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(status, chrome, missingRole))
                .build();
    }

    static Problem problem(int status, Locale l, String missingRole) {
        return problem(status, l, missingRole, "/");
    }

    /** {@code retry}: where "try again" leads on a 503 page (the page that was asked for). */
    static Problem problem(int status, Locale l, String missingRole, String retry) {
        String goHome = Texts.get(l, "error_go_home");
        return switch (status) {
            case 401 -> new Problem(status, Texts.get(l, "error_401_title"), Texts.get(l, "error_401_explanation"),
                    "/signin", Texts.get(l, "sign_in_again"));
            case 403 -> new Problem(status, Texts.get(l, "error_403_title"),
                    Texts.get(l, "error_403_explanation", Texts.roleName(l, missingRole)), "/", goHome);
            case 404 -> new Problem(status, Texts.get(l, "error_404_title"), Texts.get(l, "error_404_explanation"), "/", goHome);
            case 503 -> new Problem(status, Texts.get(l, "error_503_title"),
                    Texts.get(l, "error_503_explanation", DatabaseBusy.RETRY_AFTER_SECONDS), retry, Texts.get(l, "error_try_again"));
            default -> new Problem(status, Texts.get(l, "error_500_title"), Texts.get(l, "error_500_explanation"), "/", goHome);
        };
    }
}
