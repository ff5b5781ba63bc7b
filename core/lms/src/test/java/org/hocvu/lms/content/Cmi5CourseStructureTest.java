package org.hocvu.lms.content;

import org.hocvu.lms.content.check.PackageInspector;
import org.hocvu.lms.content.check.PackageInspector.Inspection;
import org.hocvu.lms.content.zip.UploadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each MUST of the cmi5 specification's sections on course structures (6.1, 13) and packages (14). */
class Cmi5CourseStructureTest {
    @TempDir
    Path tmp;

    private Inspection zip(String cmi5, String... files) throws IOException {
        Path zip = tmp.resolve("course-" + System.nanoTime() + ".zip");
        Zips z = Zips.create(zip).add("cmi5.xml", cmi5);
        for (String f : files) {
            z.add(f, "<!doctype html><title>AU</title>");
        }
        z.close();
        return PackageInspector.inspect(zip, "course.zip", tmp.resolve("work-" + System.nanoTime()), UploadLimits.defaults(), Zips.TESTERS);
    }

    private Inspection bare(String cmi5) throws IOException {
        Path xml = tmp.resolve("cmi5.xml");
        Files.writeString(xml, cmi5);
        return PackageInspector.inspect(xml, "cmi5.xml", tmp.resolve("work-" + System.nanoTime()), UploadLimits.defaults(), Zips.TESTERS);
    }

    private static void refused(Inspection i, String key) {
        assertFalse(i.accepted(), () -> "accepted: " + i.report().lines(Locale.ENGLISH));
        assertTrue(i.report().has(key), () -> "expected " + key + " in " + i.report().lines(Locale.ENGLISH));
    }

    private static void accepted(Inspection i) {
        assertTrue(i.accepted(), () -> i.report().lines(Locale.ENGLISH).toString());
        i.files().discard();
    }

    @Test
    void section13_2_theCourseStructureMustMatchTheXsd() throws IOException {
        String wrongMoveOn = Zips.courseStructure(Zips.au("https://example.org/au/1", "index.html")).replace("Completed", "Sometimes");
        Inspection i = zip(wrongMoveOn, "index.html");
        refused(i, "content.cmi5.schema");
        assertTrue(i.report().problems().get(0).line() > 0, "a schema error names its line");
        refused(zip(Zips.courseStructure("").replace("</courseStructure>", "<au/></courseStructure>")), "content.cmi5.schema");
    }

    @Test
    void section13_1_leadingAndTrailingWhitespaceIsRemoved() throws IOException {
        Inspection i = zip(Zips.courseStructure(Zips.au("  https://example.org/au/1  ", "\n   index.html   \n")), "index.html");
        assertTrue(i.accepted(), () -> i.report().lines(Locale.ENGLISH).toString());
        assertEquals("index.html", i.description().lessons().get(0).launch());
        assertEquals("https://example.org/au/1", i.description().lessons().get(0).id());
        assertEquals("Khóa", i.description().title().get("vi"));
        i.files().discard();
    }

    @Test
    void section3_idsMustBeFullyQualifiedIris() throws IOException {
        refused(zip(Zips.courseStructure(Zips.au("au-1", "index.html")), "index.html"), "content.cmi5.id-not-an-iri");
    }

    @Test
    void section13_1_4_auIdsMustBeUniqueWithinTheCourse() throws IOException {
        String two = Zips.au("https://example.org/au/1", "a.html") + Zips.au("https://example.org/au/1", "b.html");
        refused(zip(Zips.courseStructure(two), "a.html", "b.html"), "content.cmi5.duplicate-id");
    }

    @Test
    void section14_1_relativeUrlsMustNameAFileInTheZip() throws IOException {
        refused(zip(Zips.courseStructure(Zips.au("https://example.org/au/1", "missing.html")), "index.html"),
                "content.cmi5.url-not-in-package");
        accepted(zip(Zips.courseStructure(Zips.au("https://example.org/au/1", "https://cdn.example.org/au/1.html")
                + Zips.au("https://example.org/au/2", "index.html?page=2")), "index.html"));
    }

    @Test
    void section14_2_aBareCourseStructureNeedsFullyQualifiedUrls() throws IOException {
        refused(bare(Zips.courseStructure(Zips.au("https://example.org/au/1", "index.html"))), "content.cmi5.relative-url-without-zip");
        accepted(bare(Zips.courseStructure(Zips.au("https://example.org/au/1", "https://cdn.example.org/au/1.html"))));
    }

    @Test
    void section8_1_anAusQueryMayNotUseTheLaunchParameters() throws IOException {
        refused(zip(Zips.courseStructure(Zips.au("https://example.org/au/1", "index.html?actor=me&amp;x=1")), "index.html"),
                "content.cmi5.launch-parameter-in-url");
    }

    @Test
    void section14_1_theCourseStructureMustBeAtTheRoot() throws IOException {
        Path zip = tmp.resolve("nested.zip");
        Zips.create(zip).add("course/cmi5.xml", Zips.courseStructure(Zips.au("https://example.org/au/1", "index.html"))).close();
        refused(PackageInspector.inspect(zip, "nested.zip", tmp.resolve("w"), UploadLimits.defaults(), Zips.TESTERS),
                "content.cmi5.not-at-root");
    }

    @Test
    void section6_1_courseStructuresOfMoreThan1000AusImport() throws IOException {
        StringBuilder aus = new StringBuilder();
        for (int n = 1; n <= 1001; n++) {
            aus.append(Zips.au("https://example.org/au/" + n, "index.html?au=" + n));
        }
        Inspection i = zip(Zips.courseStructure(aus.toString()), "index.html");
        assertTrue(i.accepted(), () -> i.report().lines(Locale.ENGLISH).toString());
        assertEquals(1001, i.description().lessons().size());
        i.files().discard();
    }

    @Test
    void xmlWithADtdOrExternalEntitiesIsRefused() throws IOException {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE courseStructure [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + Zips.courseStructure(Zips.au("https://example.org/au/&x;", "index.html")).replaceFirst("<\\?xml[^>]*>\\n", "");
        Inspection i = zip(xxe, "index.html");
        refused(i, "content.cmi5.dtd");
        assertEquals(2, i.report().problems().get(0).line());
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";
        refused(bare(laughs), "content.cmi5.dtd");
    }

    @Test
    void svgThatCouldRunIsRefused() throws IOException {
        String course = Zips.courseStructure(Zips.au("https://example.org/au/1", "index.html"));
        Path zip = tmp.resolve("svg.zip");
        Zips.create(zip).add("cmi5.xml", course).add("index.html", "<p>AU</p>")
                .add("img/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>").close();
        refused(PackageInspector.inspect(zip, "svg.zip", tmp.resolve("w1"), UploadLimits.defaults(), Zips.TESTERS), "content.svg.active-element");
        Path handler = tmp.resolve("handler.zip");
        Zips.create(handler).add("cmi5.xml", course).add("index.html", "<p>AU</p>")
                .add("img/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>").close();
        refused(PackageInspector.inspect(handler, "h.zip", tmp.resolve("w2"), UploadLimits.defaults(), Zips.TESTERS), "content.svg.event-handler");
        Path entity = tmp.resolve("entity.zip");
        Zips.create(entity).add("cmi5.xml", course).add("index.html", "<p>AU</p>")
                .add("img/evil.svg", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>").close();
        refused(PackageInspector.inspect(entity, "e.zip", tmp.resolve("w3"), UploadLimits.defaults(), Zips.TESTERS), "content.svg.external-entity");
    }
}
