package org.hocvu.lms.content.zip;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.hocvu.lms.content.check.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Unpacks an uploaded zip (Zip32 or Zip64) only when it is harmless: every entry name is a plain
 * relative path that stays inside the package (no "..", no absolute or drive paths, no backslashes,
 * no control characters), no entry is a symlink or a device, there are not too many entries, and
 * neither the total nor any one entry expands past its limit — counted on the bytes actually
 * inflated, not the sizes the archive claims. Everything is written below a fresh temporary folder;
 * when anything is refused the folder is removed and the report says why.
 */
public final class ZipSafety {
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFLNK = 0120000;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f]");

    private ZipSafety() {
    }

    /** Whether the file starts like a zip archive (a local file header or an empty archive). */
    public static boolean looksLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K'
                    && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
        }
    }

    /**
     * The zip's files below {@code into} (created here), or {@code null} with the report saying why
     * the archive was refused; nothing is left behind in that case.
     */
    public static Unpacked unpack(Path zip, Path into, UploadLimits limits, Report report) {
        Unpacked unpacked = new Unpacked(into);
        boolean refused = true;
        try (ZipFile archive = ZipFile.builder().setPath(zip).setUseUnicodeExtraFields(true).get()) {
            List<ZipArchiveEntry> entries = java.util.Collections.list(archive.getEntries());
            if (entries.size() > limits.maxEntries()) {
                report.add(null, "content.zip.too-many-entries", entries.size(), limits.maxEntries());
                return null;
            }
            if (!checkEntries(entries, limits, report)) {
                return null;
            }
            Files.createDirectories(into);
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = normalised(entry.getName());
                Path target = into.resolve(name).normalize();
                if (!target.startsWith(into)) { // a second guard: checkEntries already refused such a name
                    report.add(entry.getName(), "content.zip.outside");
                    return null;
                }
                Files.createDirectories(target.getParent());
                long written = copyLimited(archive, entry, target, limits, limits.maxUnpackedBytes() - total, report, unpacked, name);
                if (written < 0) {
                    return null;
                }
                total += written;
            }
            refused = false;
            return unpacked;
        } catch (IOException | RuntimeException e) {
            // commons-compress reports a truncated or forged archive as an IOException or an
            // IllegalArgumentException; either way the partner gets a report, not a 500
            report.add(null, "content.zip.not-a-zip", String.valueOf(e.getMessage()));
            return null;
        } finally {
            if (refused) {
                unpacked.discard();
            }
        }
    }

    private static boolean checkEntries(List<ZipArchiveEntry> entries, UploadLimits limits, Report report) {
        boolean ok = true;
        long declared = 0;
        Set<String> seen = new HashSet<>();
        for (ZipArchiveEntry entry : entries) {
            String raw = entry.getName();
            int type = entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX ? entry.getUnixMode() & S_IFMT : 0;
            if (entry.isUnixSymlink() || type == S_IFLNK) {
                report.add(raw, "content.zip.symlink");
                ok = false;
            } else if (type != 0 && type != S_IFREG && type != S_IFDIR) {
                report.add(raw, "content.zip.special-entry");
                ok = false;
            }
            if (raw.startsWith("/") || DRIVE.matcher(raw).matches()) {
                report.add(raw, "content.zip.absolute-path");
                ok = false;
            } else if (raw.contains("\\") || CONTROL.matcher(raw).find() || hasDotDot(raw)) {
                report.add(raw, "content.zip.unsafe-path");
                ok = false;
            } else if (!entry.isDirectory() && !seen.add(normalised(raw))) {
                report.add(raw, "content.zip.duplicate-entry");
                ok = false;
            }
            if (!entry.isDirectory() && !entryReadable(entry)) {
                report.add(raw, "content.zip.unsupported-entry");
                ok = false;
            }
            declared += Math.max(0, entry.getSize());
        }
        if (declared > limits.maxUnpackedBytes()) {
            report.add(null, "content.zip.too-large-unpacked", megabytes(limits.maxUnpackedBytes()));
            ok = false;
        }
        return ok;
    }

    private static boolean entryReadable(ZipArchiveEntry entry) {
        return !entry.getGeneralPurposeBit().usesEncryption();
    }

    private static boolean hasDotDot(String name) {
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The entry's path without "./" segments or doubled slashes. */
    static String normalised(String name) {
        StringBuilder out = new StringBuilder();
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(segment);
        }
        return out.toString();
    }

    /** Inflates one entry while counting; -1 (with the report) when it expands past a limit. */
    private static long copyLimited(ZipFile archive, ZipArchiveEntry entry, Path target, UploadLimits limits, long budget,
                                    Report report, Unpacked unpacked, String name) throws IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        long ratioCap = Math.max(UploadLimits.RATIO_FREE_BYTES, compressed * limits.maxCompressionRatio());
        MessageDigest sha = sha256();
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = archive.getInputStream(entry);
             OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > budget) {
                    report.add(entry.getName(), "content.zip.too-large-unpacked", megabytes(limits.maxUnpackedBytes()));
                    return -1;
                }
                if (written > ratioCap) {
                    report.add(entry.getName(), "content.zip.ratio", limits.maxCompressionRatio());
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        unpacked.add(new Unpacked.Entry(name, HexFormat.of().formatHex(sha.digest()), written));
        return written;
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
