package org.hocvu.ui.offline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;
import org.hocvu.ui.web.Assets;

import java.util.List;

/** What makes HọcVụ installable and kind when the network is gone: the manifest, the service worker, the offline page. */
@Path("/")
@PermitAll
public class OfflineSupport {
    @Inject
    PageContext page;
    @Inject
    Assets assets;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offline(Chrome chrome);

        static native TemplateInstance manifest(String lang);

        static native TemplateInstance sw(String version, List<String> assets);
    }

    @GET
    @Path("offline")
    @Produces("text/html")
    public TemplateInstance offline() {
        return Templates.offline(Chrome.anonymous(page.locale(), "/offline")).setLocale(page.locale());
    }

    @GET
    @Path("manifest.webmanifest")
    @Produces("application/manifest+json")
    public TemplateInstance manifest() {
        return Templates.manifest(page.locale().getLanguage()).setLocale(page.locale());
    }

    /** At the root, so it may control every page; never cached, so a new version is found on the next visit. */
    @GET
    @Path("sw.js")
    @Produces("text/javascript")
    public Response serviceWorker() {
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        return Response.ok(Templates.sw(assets.version(), assets.offlinePageUrls())).cacheControl(noCache).build();
    }
}
