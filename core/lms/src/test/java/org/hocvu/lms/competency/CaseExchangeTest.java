package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.hocvu.lms.plugin.PluginLoader;
import org.hocvu.lms.plugin.TestersPlugin;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IMS CASE export and import as plain functions: stable identifiers, round trip, a file made elsewhere. */
class CaseExchangeTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CaseExporter EXPORTER = new CaseExporter("https://hocvu.example.vn");

    private static Framework testers() {
        return PluginLoader.load(List.of(new TestersPlugin())).get(0).framework();
    }

    @Test
    void exportGivesTheTreeCrosswalksAndLevelsWithStableIdentifiers() {
        CasePackage pkg = EXPORTER.export(testers(), Locale.forLanguageTag("vi"));
        assertEquals(StableIds.framework("hocvu-testers").toString(), pkg.document().identifier());
        assertEquals("Khung năng lực số cho người kiểm thử", pkg.document().title());
        assertEquals("vi", pkg.document().language());
        assertEquals(5, pkg.items().size(), "2 domains and 3 competencies");
        assertEquals(5, pkg.associations().stream().filter(a -> a.associationType().equals("isChildOf")).count());
        CasePackage.Association toTt02 = pkg.associations().stream()
                .filter(a -> a.associationType().equals("exactMatchOf")).findFirst().orElseThrow();
        assertEquals(StableIds.item("vn-tt02-2025", "1.1").toString(), toTt02.destinationNodeURI().identifier());
        assertEquals(StableIds.item("hocvu-testers", "T1.1").toString(), toTt02.originNodeURI().identifier());
        assertEquals(1, pkg.associations().stream().filter(a -> a.associationType().equals("isRelatedTo")
                && a.destinationNodeURI().title().equals("eu-digcomp-2.2 4.2")).count());
        assertEquals(4, pkg.rubrics().get(0).criteria().size(), "the scale and one criterion per competency");
        assertEquals("Cơ bản", pkg.rubrics().get(0).criteria().get(0).levels().get(0).description());
    }

    @Test
    void exportImportExportGivesTheSameDocumentInEitherLanguage() throws Exception {
        for (String lang : List.of("vi", "en")) {
            CasePackage first = EXPORTER.export(testers(), Locale.forLanguageTag(lang));
            String firstJson = JSON.writeValueAsString(first);
            CaseImporter.Result imported = CaseImporter.read(JSON.readValue(firstJson, CasePackage.class));
            assertEquals(List.of(), imported.problems());
            String secondJson = JSON.writeValueAsString(EXPORTER.export(imported.framework(), Locale.forLanguageTag("vi")));
            assertEquals(firstJson, secondJson, "round trip in " + lang);
        }
    }

    @Test
    void aCaseFileMadeElsewhereImportsWithAReport() throws Exception {
        CasePackage pkg;
        try (InputStream in = getClass().getResourceAsStream("/case/external-adult-digital-skills.json")) {
            pkg = JSON.readValue(in, CasePackage.class);
        }
        CaseImporter.Result result = CaseImporter.read(pkg);
        assertEquals(List.of(), result.problems());
        CaseImporter.Report report = result.report();
        assertEquals("9b2f6c1e-3a47-4d8e-b1c5-0e7a2d4f6a10", report.key());
        assertEquals("2.1", report.version());
        assertEquals(2, report.domains());
        assertEquals(4, report.competencies());
        assertEquals(2, report.crosswalks());
        assertEquals(1, report.warnings().size(), "the example item three levels deep is flattened");
        Framework f = result.framework();
        assertEquals(List.of("EDS.C", "EDS.S"), f.domains().stream().map(Framework.Domain::code).toList(),
                "domains in sequenceNumber order, not file order");
        assertEquals(List.of("EDS.C.1", "EDS.C.1.a", "EDS.S.1", "EDS.S.2"),
                f.competencies().map(Framework.Competency::code).toList());
        Framework.Competency passwords = f.competency("EDS.S.2").orElseThrow();
        assertEquals(CrosswalkType.EXACT_MATCH_OF, passwords.crosswalks().get(0).type());
        assertEquals("Keep passwords and one-time codes private", passwords.name().in(Locale.forLanguageTag("vi")),
                "an English-only framework shows its English text to Vietnamese readers too");
        assertNull(passwords.name().get("vi"));
    }

    @Test
    void anInvalidPackageIsRefusedWithEveryProblem() throws Exception {
        String broken = """
                {"CFDocument": {"identifier": "not-a-uuid", "title": "Broken"},
                 "CFItems": [{"identifier": "c1a0b2d3-0002-4e5f-8a9b-112233445502", "fullStatement": "Orphan"}],
                 "CFAssociations": [{"identifier": "x", "associationType": "isCousinOf",
                   "originNodeURI": {"identifier": "a"}, "destinationNodeURI": {"identifier": "b"}}]}""";
        CaseImporter.Result result = CaseImporter.read(JSON.readValue(broken, CasePackage.class));
        assertNull(result.framework());
        String problems = String.join("\n", result.problems());
        assertTrue(problems.contains("CFDocument.identifier must be a UUID, not 'not-a-uuid'"), problems);
        assertTrue(problems.contains("CFDocument.lastChangeDateTime is missing"), problems);
        assertTrue(problems.contains("'isCousinOf' is not a CASE association type"), problems);
        assertFalse(CaseImporter.read(new CasePackage(null, null, null, null, null)).problems().isEmpty());
    }
}
