package org.hocvu.lms.content.tool;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips a package folder the same way every time (sorted entries, fixed timestamps, hidden files
 * left out), so building twice gives the same bytes and the same content hashes.
 */
public final class PackageZip {
    private static final FileTime EPOCH = FileTime.fromMillis(315532800000L); // 1980-01-01, zip's first day

    private PackageZip() {
    }

    public static void build(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> folder.relativize(p).toString().chars().noneMatch(c -> c == '\\'))
                    .filter(p -> !hidden(folder.relativize(p)))
                    .sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
                entry.setLastModifiedTime(EPOCH);
                z.putNextEntry(entry);
                Files.copy(file, z);
                z.closeEntry();
            }
        }
    }

    private static boolean hidden(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
