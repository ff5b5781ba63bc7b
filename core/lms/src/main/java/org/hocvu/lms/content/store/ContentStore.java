package org.hocvu.lms.content.store;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.content.zip.Unpacked;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The package files, content-addressed under {@code hocvu.content.dir}: {@code blobs/ab/abcdef…}
 * by SHA-256, so a file shared by versions (or packages) is stored once, and a stored file never
 * changes. Uploads are unpacked in {@code work/<random>/} first; only an accepted package's files
 * move into {@code blobs/}, and only the rows committed afterwards make them visible. A blob
 * without rows (a crash between the two) is invisible and harmless; a work folder left by a crash
 * is removed at the next start.
 */
@ApplicationScoped
public class ContentStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @ConfigProperty(name = "hocvu.content.dir", defaultValue = "data/content")
    Path root;

    void onStart(@Observes StartupEvent event) throws IOException {
        Files.createDirectories(blobs());
        new Unpacked(work()).discard();
        Files.createDirectories(work());
    }

    /** A fresh, private folder to unpack one upload into (not yet created). */
    public Path workArea() {
        return work().resolve(UUID.randomUUID().toString());
    }

    /** A fresh file path in the work area, for an upload being copied in. */
    public Path workFile(String suffix) throws IOException {
        Files.createDirectories(work());
        return Files.createTempFile(work(), "upload-", suffix);
    }

    /** Moves every file of an accepted package into the blob store (a file already there is kept, not copied again). */
    public void keep(Unpacked files) {
        try {
            for (Unpacked.Entry entry : files.files().values()) {
                Path target = blob(entry.sha256());
                if (Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path source = files.file(entry.path());
                try {
                    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Path staging = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
                    Files.copy(source, staging);
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    // another upload stored the same bytes a moment ago: same content, nothing to do
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            files.discard();
        }
    }

    /** The stored file of a hash, if there is one. */
    public Optional<Path> open(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path blob = blob(sha256);
        return Files.isRegularFile(blob) ? Optional.of(blob) : Optional.empty();
    }

    Path blob(String sha256) {
        return blobs().resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private Path blobs() {
        return root.resolve("blobs");
    }

    private Path work() {
        return root.resolve("work");
    }
}
