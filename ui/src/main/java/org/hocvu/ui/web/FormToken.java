package org.hocvu.ui.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF field of a page's forms, for templates ({@code inject:formToken}). A page no resource
 * answers (a 404) never passed the CSRF filter, so it has no token: its forms go without the
 * field rather than the page failing. The only form such a page has is "Đăng xuất", which the
 * OIDC logout path answers without a token anyway.
 */
@RequestScoped
@Named("formToken")
public class FormToken {
    @Inject
    CsrfTokenParameterProvider csrf;

    /** The token, or null when this request has none. */
    public String token() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException noToken) {
            return null;
        }
    }

    public String parameterName() {
        return csrf.getParameterName();
    }
}
