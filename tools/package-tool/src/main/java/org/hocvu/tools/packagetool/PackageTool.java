package org.hocvu.tools.packagetool;

import org.hocvu.lms.content.check.KnownFrameworks;
import org.hocvu.lms.content.check.PackageInspector;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.tool.PackageZip;
import org.hocvu.lms.content.zip.UploadLimits;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The partners' command, offline: validates a package folder or zip exactly as the server will
 * (same checks, same limits, the installed plugins' frameworks) and, for a valid folder, builds the
 * zip to upload. Usage: {@code java -jar hocvu-package-tool.jar <folder|zip> [--out <zip>] [--lang en]};
 * exit status 0 when valid, 1 with every problem as {@code file:line: message}, 2 on wrong usage.
 */
public final class PackageTool {
    private PackageTool() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        Path input = null;
        Path zipOut = null;
        Locale locale = Locale.forLanguageTag("vi");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> zipOut = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--lang" -> locale = i + 1 < args.length ? Locale.forLanguageTag(args[++i]) : locale;
                default -> input = Path.of(args[i]);
            }
        }
        if (input == null || !Files.exists(input)) {
            out.println("usage: hocvu-package-tool <package folder or zip> [--out package.zip] [--lang vi|en]");
            return 2;
        }
        return validate(input, zipOut, InstalledFrameworks.load(), locale, out) ? 0 : 1;
    }

    /** Validates (and, when valid and asked, writes the zip); prints the report. */
    static boolean validate(Path input, Path zipOut, KnownFrameworks frameworks, Locale locale, PrintStream out) throws IOException {
        boolean folder = Files.isDirectory(input);
        Path zip = folder ? Files.createTempFile("hocvu-package-", ".zip") : input;
        Path work = Files.createTempDirectory("hocvu-package-check-");
        try {
            if (folder) {
                PackageZip.build(input, zip);
            }
            PackageInspector.Inspection inspection = PackageInspector.inspect(zip, zip.getFileName().toString(), work.resolve("files"),
                    UploadLimits.defaults(), frameworks);
            for (Report.Problem p : inspection.report().problems()) {
                out.println(input.getFileName() + "/" + p.render(locale));
            }
            if (!inspection.accepted()) {
                out.println(input.getFileName() + ": " + inspection.report().problems().size() + " problem(s)");
                return false;
            }
            inspection.files().discard();
            if (zipOut != null && folder) {
                Files.createDirectories(zipOut.toAbsolutePath().getParent());
                Files.copy(zip, zipOut, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            String version = inspection.description().version() == null ? "" : " " + inspection.description().version();
            out.println(input.getFileName() + ": " + inspection.description().id() + version
                    + " (" + inspection.kind().dataName() + ") is valid" + (zipOut != null && folder ? ", zip: " + zipOut : ""));
            return true;
        } finally {
            if (folder) {
                Files.deleteIfExists(zip);
            }
            Files.deleteIfExists(work.resolve("files"));
            Files.deleteIfExists(work);
        }
    }
}
