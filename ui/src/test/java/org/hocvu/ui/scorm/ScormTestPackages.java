package org.hocvu.ui.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.content.Caller;
import org.hocvu.lms.content.PackageService;
import org.hocvu.lms.content.review.Decision;
import org.hocvu.lms.content.review.ReviewService;
import org.hocvu.lms.content.review.VersionView;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** SCORM packages published for the page tests, as a partner uploads and a reviewer approves them. */
@ApplicationScoped
public class ScormTestPackages {
    public static final String TINY = "ui-scorm-tiny";
    static final String MANIFEST = """
            <?xml version="1.0"?>
            <manifest identifier="org.example.ui.tiny" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
              xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
              <organizations default="o"><organization identifier="o"><title>Máy tính bảng cơ bản</title>
                <item identifier="one" identifierref="r1"><title>Bài một</title></item>
                <item identifier="two" identifierref="r2"><title>Bài hai</title></item>
              </organization></organizations>
              <resources>
                <resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="one.html"><file href="one.html"/></resource>
                <resource identifier="r2" type="webcontent" adlcp:scormtype="sco" href="two.html"><file href="two.html"/></resource>
              </resources>
            </manifest>""";

    @Inject
    PackageService packages;
    @Inject
    ReviewService reviews;
    private boolean published;

    public synchronized void publishTiny() throws IOException {
        if (!published) {
            Path zip = Files.createTempFile("ui-scorm-", ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                add(out, "imsmanifest.xml", MANIFEST);
                add(out, "hocvu.yaml", "id: " + TINY + "\nlanguage: vi\n");
                add(out, "one.html", "<!doctype html><title>Bài một</title><p>Bài một</p>");
                add(out, "two.html", "<!doctype html><title>Bài hai</title><p>Bài hai</p>");
            }
            publish(zip);
            published = true;
        }
    }

    /** Uploads {@code zip} as a partner, submits it and approves it as a reviewer; the published version. */
    public VersionView publish(Path zip) throws IOException {
        Caller partner = new Caller("ui-scorm-partner", "org-ui-scorm", false);
        VersionView draft = packages.upload(zip, zip.getFileName().toString(), partner);
        reviews.submit(draft.packageId(), draft.version(), partner, new Decision("ready"));
        return reviews.approve(draft.packageId(), draft.version(), new Caller("ui-scorm-reviewer", null, true), new Decision("ok"));
    }

    private static void add(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
