package org.hocvu.lms.content.check;

import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.PackageKind;
import org.hocvu.lms.content.cmi5.CourseStructureReader;
import org.hocvu.lms.content.nativeformat.ManifestReader;
import org.hocvu.lms.content.scorm.ScormImport;
import org.hocvu.lms.content.nativeformat.NativeValidator;
import org.hocvu.lms.content.zip.Unpacked;
import org.hocvu.lms.content.zip.UploadLimits;
import org.hocvu.lms.content.zip.ZipSafety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks at an upload and says what it is and whether it may be kept: unpacks it safely into a
 * temporary folder, recognises a native package ({@code package.yaml}) or a cmi5 course
 * ({@code cmi5.xml} at the root, or a bare {@code cmi5.xml}) or a SCORM package ({@code imsmanifest.xml}
 * at the root), and validates it. The application's
 * upload and the partner tool both use it, so a partner sees offline what the server will say.
 */
public final class PackageInspector {
    /** The outcome: the package's files (null when refused before unpacking) and its description if readable. */
    public record Inspection(PackageKind kind, Unpacked files, PackageDescription description, Report report) {
        public boolean accepted() {
            return files != null && description != null && report.isClean();
        }
    }

    private PackageInspector() {
    }

    /**
     * Inspects {@code upload} (named {@code filename} by its sender), unpacking into {@code workArea}.
     * When the inspection does not accept the package, its files are already removed.
     */
    public static Inspection inspect(Path upload, String filename, Path workArea, UploadLimits limits,
                                     KnownFrameworks frameworks) throws IOException {
        Report report = new Report();
        long size = Files.size(upload);
        if (size > limits.maxUploadBytes()) {
            report.add(null, "content.upload.too-large", ZipSafety.megabytes(limits.maxUploadBytes()));
            return new Inspection(null, null, null, report);
        }
        Inspection inspection;
        if (ZipSafety.looksLikeZip(upload)) {
            inspection = inspectZip(upload, workArea, limits, frameworks, report);
        } else if (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            Unpacked files = new Unpacked(workArea);
            Files.createDirectories(workArea);
            files.write(CourseStructureReader.FILE, Files.readAllBytes(upload));
            inspection = new Inspection(PackageKind.CMI5, files,
                    CourseStructureReader.read(Files.readAllBytes(upload), null, report).orElse(null), report);
        } else {
            report.add(filename, "content.zip.not-a-zip", filename);
            inspection = new Inspection(null, null, null, report);
        }
        if (!inspection.accepted() && inspection.files() != null) {
            inspection.files().discard();
        }
        return inspection;
    }

    private static Inspection inspectZip(Path upload, Path workArea, UploadLimits limits, KnownFrameworks frameworks,
                                         Report report) throws IOException {
        Unpacked files = ZipSafety.unpack(upload, workArea, limits, report);
        if (files == null) {
            return new Inspection(null, null, null, report);
        }
        if (files.has(CourseStructureReader.FILE)) {
            Optional<PackageDescription> course = CourseStructureReader.read(
                    Files.readAllBytes(files.file(CourseStructureReader.FILE)), files, report);
            checkSvgs(files, report);
            return new Inspection(PackageKind.CMI5, files, course.orElse(null), report);
        }
        if (files.has(ManifestReader.MANIFEST)) {
            Optional<PackageDescription> description = NativeValidator.validate(files, frameworks, report);
            if (description.isPresent() && report.isClean()) {
                NativeValidator.render(description.get(), files);
            }
            return new Inspection(PackageKind.NATIVE, files, description.orElse(null), report);
        }
        if (ScormImport.isScorm(files)) {
            Optional<PackageDescription> description = ScormImport.describe(files, frameworks, report);
            return new Inspection(description.map(PackageDescription::kind).orElse(null), files, description.orElse(null), report);
        }
        boolean nestedCmi5 = files.files().keySet().stream().anyMatch(p -> p.endsWith("/" + CourseStructureReader.FILE));
        report.add(null, nestedCmi5 ? "content.cmi5.not-at-root" : "content.upload.unknown-kind");
        return new Inspection(null, files, null, report);
    }

    /** SVG in a cmi5 course is drawn by the learner's browser like any image: it must only draw. */
    private static void checkSvgs(Unpacked files, Report report) throws IOException {
        for (String path : files.files().keySet()) {
            if (path.toLowerCase(Locale.ROOT).endsWith(".svg")) {
                String svg = Files.readString(files.file(path), java.nio.charset.StandardCharsets.ISO_8859_1);
                ActiveContent.svgProblem(svg).ifPresent(key -> report.add(path, key));
            }
        }
    }
}
