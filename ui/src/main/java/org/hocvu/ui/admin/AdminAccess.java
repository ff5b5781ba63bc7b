package org.hocvu.ui.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.hocvu.ui.error.ErrorPages;
import org.hocvu.ui.layout.PageContext;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may open an admin page, checked in the page's method rather than with {@code @RolesAllowed}:
 * that check fails on the I/O thread, where the page header cannot load the person's profile, and
 * the JSON API's mapper would answer in JSON. A signed-in person without the role is told plainly
 * which role it takes.
 */
@ApplicationScoped
public class AdminAccess {
    @Inject
    ErrorPages errorPages;

    /** The 403 page when the person holds none of {@code roles} (the first is the one it names); empty when they may. */
    public Optional<Response> refusal(PageContext page, String... roles) {
        if (Arrays.stream(roles).anyMatch(page.identity()::hasRole)) {
            return Optional.empty();
        }
        return Optional.of(errorPages.response(403, page.chrome(), roles[0]));
    }
}
