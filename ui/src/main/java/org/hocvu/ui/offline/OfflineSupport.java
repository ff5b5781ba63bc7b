package org.hocvu.ui.offline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;
import org.hocvu.ui.web.Assets;

import java.util.List;

/** What makes HọcVụ installable and kind when the network is gone: the manifest, the service worker, the offline page. */
@Path("/")
@PermitAll
public class OfflineSupport {
    static final String MANIFEST = "application/manifest+json";
    static final String JAVASCRIPT = "text/javascript";
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
    @Produces(MediaType.TEXT_HTML)
    public Response offline() {
        return utf8(Templates.offline(Chrome.anonymous(page.locale(), "/offline")).setLocale(page.locale()), MediaType.TEXT_HTML)
                .build();
    }

    @GET
    @Path("manifest.webmanifest")
    @Produces(MANIFEST)
    public Response manifest() {
        return utf8(Templates.manifest(page.locale().getLanguage()).setLocale(page.locale()), MANIFEST).build();
    }

    /** At the root, so it may control every page; never cached, so a new version is found on the next visit. */
    @GET
    @Path("sw.js")
    @Produces(JAVASCRIPT)
    public Response serviceWorker() {
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        return utf8(Templates.sw(assets.version(), assets.offlinePageUrls()), JAVASCRIPT).cacheControl(noCache).build();
    }

    /**
     * Rendered here with the charset named: Qute would answer a template with the type of its file
     * suffix ({@code text/javascript}) and no charset, and a browser may then read Vietnamese wrong.
     */
    private static Response.ResponseBuilder utf8(TemplateInstance template, String type) {
        return Response.ok(template.render()).type(type + "; charset=utf-8");
    }
}
