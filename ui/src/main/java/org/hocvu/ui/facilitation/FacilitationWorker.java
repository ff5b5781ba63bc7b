package org.hocvu.ui.facilitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.hocvu.ui.web.Assets;

import java.util.List;

/**
 * The facilitator pages' service worker, scoped to {@code /facilitate}: it keeps the notebook's shell
 * and the assets it needs, so the notebook opens in a hamlet hall without signal. It holds no one's
 * data (that is in the vault, encrypted). Never cached, so a new version is found on the next visit.
 */
@Path("/facilitate/sw.js")
@PermitAll
public class FacilitationWorker {
    static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    /** Lets a worker served from /facilitate/ control /facilitate itself, the page without the slash. */
    static final String SCOPE = "/facilitate";
    private static final List<String> SHELL_NEEDS = List.of("app.css", "app.js", "icon.svg", "facilitation-vault.js",
            "facilitation.js");

    @Inject
    Assets assets;

    @CheckedTemplate(basePath = "facilitation")
    static class Templates {
        static native TemplateInstance worker(String version, List<String> assets);
    }

    @GET
    @Produces("text/javascript")
    public Response worker() {
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        List<String> urls = SHELL_NEEDS.stream().map(assets::url).toList();
        return Response.ok(Templates.worker(assets.version(), urls).render()).type(JAVASCRIPT)
                .header("Service-Worker-Allowed", SCOPE).cacheControl(noCache).build();
    }
}
