package org.hocvu.ui.web;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every page signs in with the {@code web} OIDC tenant (authorization-code flow, session cookie):
 * whatever is not the JSON API, the LRS, the operations endpoints or the assets is a page. So a
 * new page needs no path list in the configuration; the API keeps the default tenant (bearer
 * tokens, 401 in JSON, never a redirect).
 */
@ApplicationScoped
public class WebTenant implements TenantResolver {
    public static final String WEB = "web";

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        return isPage(path) ? WEB : null;
    }

    public static boolean isPage(String path) {
        return !WebRoutes.isApi(path) && !WebRoutes.isTool(path) && !WebRoutes.isAsset(path);
    }
}
