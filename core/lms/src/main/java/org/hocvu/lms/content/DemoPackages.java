package org.hocvu.lms.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.content.check.PackageInspector;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * With {@code hocvu.content.demo-dir} set (the launcher sets it to the repository's
 * {@code content-packages/}), every package folder there is uploaded, submitted and approved at
 * start through the same path a partner's upload takes, so a fresh machine's catalog is not empty.
 * A version already stored is left alone; a folder that does not validate is logged and skipped.
 * A cmi5 course has no version of its own (each upload becomes the next one), so a cmi5 folder is
 * uploaded only when its files differ from the package's published version: restarts add nothing.
 */
@ApplicationScoped
public class DemoPackages {
    private static final Logger LOG = Logger.getLogger(DemoPackages.class);
    private static final String CMI5_XML = "cmi5.xml";
    static final Caller PUBLISHER = new Caller("hocvu-demo", "hocvu", true);

    @ConfigProperty(name = "hocvu.content.demo-dir")
    Optional<Path> demoDir;
    @Inject
    PackageService packages;
    @Inject
    ReviewService reviews;
    @Inject
    ContentStore store;
    @Inject
    EntityManager em;

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

    /** Uploads, submits and approves one folder; false when skipped (unchanged, already there, or invalid). */
    boolean publish(Path folder) throws IOException {
        Path zip = store.workFile(".zip");
        String filename = folder.getFileName() + ".zip";
        try {
            PackageZip.build(folder, zip);
            if (Files.isRegularFile(folder.resolve(CMI5_XML)) && unchangedCmi5(zip, filename)) {
                LOG.debugf("Demo package %s: its published version has the same files", folder);
                return false;
            }
            VersionView draft = packages.upload(zip, filename, PUBLISHER);
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

    /** Whether the course in this zip is published with exactly these files (paths and content hashes). */
    private boolean unchangedCmi5(Path zip, String filename) throws IOException {
        PackageInspector.Inspection inspection = PackageInspector.inspect(zip, filename, store.workArea(),
                packages.limits(), packages.frameworks());
        if (!inspection.accepted()) {
            return false; // its files are gone already; the upload reports the problems
        }
        Map<String, String> files = new HashMap<>();
        try {
            inspection.files().files().values().forEach(f -> files.put(f.path(), f.sha256()));
        } finally {
            inspection.files().discard();
        }
        return files.equals(publishedFiles(inspection.description().id()));
    }

    private Map<String, String> publishedFiles(String packageId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> files = new HashMap<>();
            List<?> rows = em.createNativeQuery("SELECT f.path, f.sha256 FROM content_catalog_entry e "
                            + "JOIN content_version_file f ON f.version_id = e.version_id WHERE e.package_id = ?1")
                    .setParameter(1, packageId).getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                files.put((String) columns[0], ((String) columns[1]).strip());
            }
            return files;
        });
    }
}
