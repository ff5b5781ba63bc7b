package org.hocvu.lms.content.scorm;

import org.hocvu.lms.content.PackageKind;
import org.hocvu.lms.content.Zips;
import org.hocvu.lms.content.check.PackageInspector;
import org.hocvu.lms.content.check.PackageInspector.Inspection;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.zip.UploadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.hocvu.lms.content.scorm.ScormZips.SCORM_12_HEAD;
import static org.hocvu.lms.content.scorm.ScormZips.SCORM_2004_HEAD;
import static org.hocvu.lms.content.scorm.ScormZips.manifest;
import static org.hocvu.lms.content.scorm.ScormZips.sco;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SCORM zips through the same inspection as every upload: real packages made by others, and small hostile ones. */
class ScormImportTest {
    static final Path REAL = Path.of("src/test/resources/content/scorm");

    @TempDir
    Path tmp;

    private Inspection inspect(Path zip) throws IOException {
        return PackageInspector.inspect(zip, zip.getFileName().toString(), tmp.resolve("work"), UploadLimits.defaults(), Zips.TESTERS);
    }

    private Inspection inspect(String manifest, String... files) throws IOException {
        Path zip = tmp.resolve("p" + System.nanoTime() + ".zip");
        Zips z = Zips.create(zip).add("imsmanifest.xml", manifest);
        for (int i = 0; i < files.length; i += 2) {
            z.add(files[i], files[i + 1]);
        }
        z.close();
        return inspect(zip);
    }

    private static List<String> keys(Inspection i) {
        return i.report().problems().stream().map(Report.Problem::messageKey).toList();
    }

    @ParameterizedTest
    @CsvSource({"singlesco_scorm12.zip,SCORM_12,1,com.scorm.golfsamples", "RuntimeMinimumCalls_SCORM12.zip,SCORM_12,18,minimumcalls",
            "RuntimeBasicCalls_SCORM20043rdEdition.zip,SCORM_2004,1,basicruntime"})
    void realPackagesImport(String file, PackageKind kind, int launchables, String idPart) throws IOException {
        Inspection i = inspect(REAL.resolve(file));
        assertTrue(i.accepted(), () -> file + ": " + i.report().lines(Locale.ENGLISH));
        assertEquals(kind, i.kind());
        assertEquals(launchables, i.description().lessons().size(), () -> i.description().lessons().toString());
        assertTrue(i.description().id().startsWith("scorm-"), i.description().id());
        assertTrue(i.description().id().contains(idPart.replace('.', '-')) || i.description().id().contains(idPart), i.description().id());
        assertTrue(i.description().title().values().iterator().next().startsWith("Golf Explained"), i.description().title()::toString);
        i.files().discard();
    }

    @Test
    void fourthEditionSequencingBecomesPrerequisites() throws IOException {
        Path zip = tmp.resolve("seq.zip");
        Zips.create(zip).addFolder(REAL.resolve("SequencingPostTestRollup4thEd_SCORM20044thEdition")).close();
        Inspection i = inspect(zip);
        assertTrue(i.accepted(), () -> i.report().lines(Locale.ENGLISH).toString());
        assertEquals(PackageKind.SCORM_2004, i.kind());
        ScormStructure structure = ScormManifestReader.read(Files.readAllBytes(i.files().file("imsmanifest.xml")),
                i.files()::has, new Report()).orElseThrow();
        ScormStructure.Item etiquette = structure.launchables().get(1);
        assertEquals(List.of(new ScormStructure.Prerequisite(structure.launchables().get(0).id(), false)),
                etiquette.prerequisites(), etiquette::toString);
        assertTrue(structure.launchables().get(0).prerequisites().isEmpty());
        i.files().discard();
    }

    @Test
    void aDoctypeIsRefusedBeforeAnythingIsRead() throws IOException {
        Inspection i = inspect("<?xml version=\"1.0\"?><!DOCTYPE manifest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<manifest identifier=\"m\">&x;</manifest>");
        assertFalse(i.accepted());
        assertEquals(List.of("content.scorm.dtd"), keys(i));
    }

    @Test
    void missingLaunchFilesAndFilesOutsideTheZipAreNamed() throws IOException {
        Inspection i = inspect(manifest(SCORM_12_HEAD,
                "<item identifier=\"a\" identifierref=\"r1\"><title>A</title></item>"
                        + "<item identifier=\"b\" identifierref=\"r2\"><title>B</title></item>"
                        + "<item identifier=\"c\" identifierref=\"r3\"><title>C</title></item>",
                sco("r1", "missing.html", true) + sco("r2", "http://example.com/x.html", true) + sco("r3", "../up.html", true)));
        assertFalse(i.accepted());
        String lines = i.report().lines(Locale.ENGLISH).toString();
        assertTrue(lines.contains("missing.html") && lines.contains("example.com") && lines.contains("../up.html"), lines);
        assertTrue(keys(i).containsAll(List.of("content.scorm.missing-file", "content.scorm.outside-package")), lines);
    }

    @Test
    void sequencingHocVuDoesNotFollowIsRefusedByName() throws IOException {
        Inspection i = inspect(manifest(SCORM_2004_HEAD,
                "<item identifier=\"a\" identifierref=\"r1\"><title>A</title><imsss:sequencing>"
                        + "<imsss:randomizationControls reorderChildren=\"true\"/><imsss:sequencingRules><imsss:preConditionRule>"
                        + "<imsss:ruleConditions><imsss:ruleCondition condition=\"always\"/></imsss:ruleConditions>"
                        + "<imsss:ruleAction action=\"skip\"/></imsss:preConditionRule></imsss:sequencingRules></imsss:sequencing></item>",
                sco("r1", "a.html", false)), "a.html", "<p>a</p>");
        assertFalse(i.accepted());
        String lines = i.report().lines(Locale.ENGLISH).toString();
        assertTrue(lines.contains("randomizationControls") && lines.contains("'skip'"), lines);
    }

    @Test
    void theSidecarAddsGroupsCompetenciesAndVersionAndIsChecked() throws IOException {
        String manifest = manifest(SCORM_2004_HEAD, "<item identifier=\"a\" identifierref=\"r1\"><title>A</title></item>",
                sco("r1", "a.html", false));
        Inspection good = inspect(manifest, "a.html", "<p>a</p>", "hocvu.yaml", """
                id: tiny-course
                version: 2.1.0
                language: en
                title: {vi: Khóa học nhỏ}
                targetGroups: [testers]
                competencies:
                  - {code: T1.1, level: CB}
                """);
        assertTrue(good.accepted(), () -> good.report().lines(Locale.ENGLISH).toString());
        assertEquals("tiny-course", good.description().id());
        assertEquals("2.1.0", good.description().version());
        assertEquals(List.of("testers"), good.description().targetGroups());
        assertEquals("Khóa học nhỏ", good.description().title().get("vi"));
        assertEquals("Tiny course", good.description().title().get("en"));
        assertEquals("T1.1", good.description().lessons().get(0).competencies().get(0).code());
        good.files().discard();
        Inspection bad = inspect(manifest, "a.html", "<p>a</p>", "hocvu.yaml", "targetGroups: [farmers]\nversion: one\n");
        assertFalse(bad.accepted());
        assertTrue(keys(bad).containsAll(List.of("content.native.unknown-group", "content.scorm.sidecar.bad-value")),
                keys(bad)::toString);
        assertTrue(Files.notExists(tmp.resolve("work")) || Zips.emptyOrGone(tmp.resolve("work")));
    }

    @Test
    void itemParametersJoinTheLaunchAsContentPackagingSays() throws IOException {
        Inspection i = inspect(manifest(SCORM_12_HEAD,
                "<item identifier=\"q\" identifierref=\"r1\" parameters=\"?questions=Playing\"><title>Quiz</title></item>",
                sco("r1", "quiz.html", true)), "quiz.html", "<p>q</p>");
        assertTrue(i.accepted(), () -> i.report().lines(Locale.ENGLISH).toString());
        assertEquals("quiz.html?questions=Playing", i.description().lessons().get(0).launch());
        i.files().discard();
    }
}
