package org.hocvu.lms.content;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.content.review.Decision;
import org.hocvu.lms.content.review.ReviewService;
import org.hocvu.lms.content.review.VersionView;
import org.hocvu.lms.content.store.ContentStore;
import org.hocvu.lms.content.tool.PackageZip;
import org.hocvu.lms.shared.ApiException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * With {@code hocvu.content.demo-dir} set (the launcher sets it to the repository's
 * {@code content-packages/}), every package folder there is uploaded, submitted and approved at
 * start through the same path a partner's upload takes, so a fresh machine's catalog is not empty.
 * A version already stored is left alone; a folder that does not validate is logged and skipped.
 */
@ApplicationScoped
public class DemoPackages {
    private static final Logger LOG = Logger.getLogger(DemoPackages.class);
    static final Caller PUBLISHER = new Caller("hocvu-demo", "hocvu", true);

    @ConfigProperty(name = "hocvu.content.demo-dir")
    Optional<Path> demoDir;
    @Inject
    PackageService packages;
    @Inject
    ReviewService reviews;
    @Inject
    ContentStore store;

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) StartupEvent event) throws IOException {
        if (demoDir.isEmpty() || !Files.isDirectory(demoDir.get())) {
            return;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(demoDir.get())) {
            folders = list.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith(".")).sorted().toList();
        }
        int published = 0;
        for (Path folder : folders) {
            if (publish(folder)) {
                published++;
            }
        }
        LOG.infof("Demo content: %d package version(s) published from %s", published, demoDir.get());
    }

    private boolean publish(Path folder) throws IOException {
        Path zip = store.workFile(".zip");
        try {
            PackageZip.build(folder, zip);
            VersionView draft = packages.upload(zip, folder.getFileName() + ".zip", PUBLISHER);
            Decision note = new Decision("demo content from " + folder.getFileName() + ", published at start");
            reviews.submit(draft.packageId(), draft.version(), PUBLISHER, note);
            reviews.approve(draft.packageId(), draft.version(), PUBLISHER, note);
            return true;
        } catch (PackageRejected e) {
            LOG.warnf("Demo package %s does not validate and is skipped:%n  %s", folder,
                    String.join("\n  ", e.report().problems().stream().map(p -> p.render(java.util.Locale.ENGLISH)).toList()));
            return false;
        } catch (ApiException e) {
            LOG.debugf("Demo package %s: %s (already there)", folder, e.messageKey());
            return false;
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
