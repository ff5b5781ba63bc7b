package org.hocvu.lms.content.zip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A package's files in a private temporary folder, each with its SHA-256 and size, as the store
 * will keep them. Nothing here is visible to anyone until the store takes the files and the rows
 * are committed; {@link #discard()} removes the folder.
 */
public final class Unpacked implements AutoCloseable {
    /** One file of the package: its path inside the package, content hash and size. */
    public record Entry(String path, String sha256, long size) {
    }

    private final Path root;
    private final SortedMap<String, Entry> files = new TreeMap<>();

    public Unpacked(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path file(String path) {
        return root.resolve(path);
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    public void add(Entry entry) {
        files.put(entry.path(), entry);
    }

    /** Adds a file HọcVụ made (a rendered lesson) as if it had come with the package. */
    public void write(String path, byte[] content) throws IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("outside the package: " + path);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        add(new Entry(path, HexFormat.of().formatHex(ZipSafety.sha256().digest(content)), content.length));
    }

    public Map<String, Entry> files() {
        return files;
    }

    public long totalBytes() {
        return files.values().stream().mapToLong(Entry::size).sum();
    }

    /** Removes the folder and everything in it. */
    public void discard() {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        discard();
    }
}
