package org.hocvu.lms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.content.check.Frameworks;
import org.hocvu.lms.content.check.KnownFrameworks;
import org.hocvu.lms.content.check.PackageInspector;
import org.hocvu.lms.content.review.ReviewService;
import org.hocvu.lms.content.review.VersionView;
import org.hocvu.lms.content.store.ContentStore;
import org.hocvu.lms.content.zip.Unpacked;
import org.hocvu.lms.content.zip.UploadLimits;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.ApiException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Takes an uploaded package: inspects it in a private work folder; a refused package leaves
 * nothing behind (422 with the report). An accepted one is checked against what is stored
 * (organisation, existing versions) before its files move into the content store and its rows
 * are committed, in that order, so a crash in between leaves nothing half-visible.
 */
@ApplicationScoped
public class PackageService {
    @Inject
    ContentStore store;
    @Inject
    ReviewService reviews;
    @Inject
    PluginRegistry plugins;

    @ConfigProperty(name = "hocvu.content.max-upload-size", defaultValue = "64M")
    io.quarkus.runtime.configuration.MemorySize maxUpload;
    @ConfigProperty(name = "hocvu.content.max-entries", defaultValue = "5000")
    int maxEntries;
    @ConfigProperty(name = "hocvu.content.max-unpacked-size", defaultValue = "512M")
    io.quarkus.runtime.configuration.MemorySize maxUnpacked;
    @ConfigProperty(name = "hocvu.content.max-compression-ratio", defaultValue = "100")
    int maxRatio;

    public UploadLimits limits() {
        return new UploadLimits(maxUpload.asLongValue(), maxEntries, maxUnpacked.asLongValue(), maxRatio);
    }

    public KnownFrameworks frameworks() {
        return Frameworks.of(plugins.targetGroupIds().stream().map(plugins::plugin).toList());
    }

    /** Stores a valid upload as a draft of the caller's organisation; {@link PackageRejected} otherwise. */
    public VersionView upload(Path upload, String filename, Caller caller) throws IOException {
        if (caller.organisation() == null) {
            throw new ApiException(Response.Status.FORBIDDEN, "content.no-organisation", null);
        }
        PackageInspector.Inspection inspection = PackageInspector.inspect(upload, filename, store.workArea(), limits(), frameworks());
        if (!inspection.accepted()) {
            throw new PackageRejected(inspection.report());
        }
        Unpacked files = inspection.files();
        try {
            PackageDescription description = reviews.prepare(inspection.description(), caller);
            List<Unpacked.Entry> entries = List.copyOf(files.files().values());
            store.keep(files);
            return reviews.createDraft(description, entries, caller);
        } finally {
            files.discard();
        }
    }
}
