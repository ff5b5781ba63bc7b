package org.hocvu.lms.content;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.hocvu.lms.content.check.KnownFrameworks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Builds the zips the tests upload, hostile ones included (entries a normal zip tool refuses to write). */
public final class Zips {
    public static final String CMI5_NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    /** The testers plugin's framework, as the plain tests know it without starting the application. */
    public static final KnownFrameworks TESTERS = new KnownFrameworks(Map.of("testers",
            new KnownFrameworks.Group(Set.of("T1", "T1.1", "T1.2", "T2", "T2.1"), Set.of("CB", "TT"))));

    private final ZipArchiveOutputStream out;

    private Zips(Path file, boolean zip64) throws IOException {
        out = new ZipArchiveOutputStream(file);
        out.setUseZip64(zip64 ? Zip64Mode.Always : Zip64Mode.AsNeeded);
    }

    public static Zips create(Path file) throws IOException {
        return new Zips(file, false);
    }

    public static Zips zip64(Path file) throws IOException {
        return new Zips(file, true);
    }

    public Zips add(String name, String text) throws IOException {
        return add(name, text.getBytes(StandardCharsets.UTF_8), 0100644);
    }

    public Zips add(String name, byte[] bytes, int unixMode) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(unixMode);
        out.putArchiveEntry(entry);
        out.write(bytes);
        out.closeArchiveEntry();
        return this;
    }

    /** Adds every file of a folder under its relative path. */
    public Zips addFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                add(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p), 0100644);
            }
        }
        return this;
    }

    public void close() throws IOException {
        out.close();
    }

    /** A minimal cmi5.xml with the given AU elements. */
    public static String courseStructure(String aus) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<courseStructure xmlns=\"" + CMI5_NS + "\">\n"
                + "  <course id=\"https://example.org/courses/c1\"><title><langstring lang=\"vi\">Khóa</langstring></title>"
                + "<description><langstring lang=\"vi\">Mô tả</langstring></description></course>\n" + aus + "</courseStructure>\n";
    }

    public static String au(String id, String url) {
        return "  <au id=\"" + id + "\" moveOn=\"Completed\"><title><langstring lang=\"vi\">Bài</langstring></title>"
                + "<description><langstring lang=\"vi\">Mô tả</langstring></description><url>" + url + "</url></au>\n";
    }

    /** Whether a folder is empty or gone: nothing of a refused upload may stay. */
    public static boolean emptyOrGone(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.noneMatch(Files::isRegularFile);
        }
    }
}
