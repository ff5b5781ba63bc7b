package org.hocvu.lms.content.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.plugin.PublishedPackages;

/** Tells the plugin context which packages its curricula name are published: those in the catalog. */
@ApplicationScoped
public class CatalogPublishedPackages implements PublishedPackages {
    @Inject
    CatalogService catalog;

    @Override
    public boolean isPublished(String packageId) {
        return catalog.isPublished(packageId);
    }
}
