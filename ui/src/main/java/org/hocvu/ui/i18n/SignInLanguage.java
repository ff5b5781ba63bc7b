package org.hocvu.ui.i18n;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.oidc.TenantFeature;
import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.ui.layout.PageContext;

/**
 * Keycloak's sign-in page speaks the language the person chose on HọcVụ: the authorization
 * redirect carries it as {@code ui_locales} (OpenID Connect Core, 3.1.2.1).
 */
@ApplicationScoped
@Unremovable
@TenantFeature("web")
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class SignInLanguage implements OidcRedirectFilter {
    @Override
    public void filter(OidcRedirectContext context) {
        String tag = PageContext.languageOf(context.routingContext().request()).getLanguage();
        context.additionalQueryParams().set("ui_locales", tag);
    }
}
