package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.hocvu.lms.plugin.PluginLoader;
import org.hocvu.lms.plugin.TestersPlugin;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IMS CASE export and import as plain functions: stable identifiers, exact round trips, files made elsewhere. */
class CaseExchangeTest {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String BASE = "https://hocvu.example.vn";
    private static final CaseExporter EXPORTER = new CaseExporter(BASE);
    private static final Locale VI = Locale.forLanguageTag("vi");

    static Framework testers() {
        return PluginLoader.load(List.of(new TestersPlugin())).get(0).framework();
    }

    static JsonNode resource(String path) throws IOException {
        try (InputStream in = CaseExchangeTest.class.getResourceAsStream(path)) {
            return JSON.readTree(in);
        }
    }

    static CaseImporter.Result read(JsonNode source) {
        return CaseImporter.read(source, JSON);
    }

    @Test
    void exportGivesTheTreeCrosswalksAndLevelsWithStableIdentifiers() {
        CasePackage pkg = EXPORTER.export(testers(), VI);
        assertEquals(StableIds.framework("hocvu-testers").toString(), pkg.document().identifier());
        assertEquals("Khung năng lực số cho người kiểm thử", pkg.document().title());
        assertEquals("vi", pkg.document().language());
        assertEquals(5, pkg.items().size(), "2 domains and 3 competencies");
        assertEquals(5, pkg.associations().stream().filter(a -> a.associationType().equals("isChildOf")).count());
        CasePackage.Association toTt02 = pkg.associations().stream()
                .filter(a -> a.associationType().equals("exactMatchOf")).findFirst().orElseThrow();
        assertEquals(StableIds.item("vn-tt02-2025", "1.1").toString(), toTt02.destinationNodeURI().identifier());
        assertEquals(StableIds.item("hocvu-testers", "T1.1").toString(), toTt02.originNodeURI().identifier());
        assertEquals("urn:uuid:" + StableIds.item("vn-tt02-2025", "1.1"), toTt02.destinationNodeURI().uri(),
                "a framework HọcVụ does not hold gets no invented address on HọcVụ");
        assertEquals(1, pkg.associations().stream().filter(a -> a.associationType().equals("isRelatedTo")
                && a.destinationNodeURI().title().equals("eu-digcomp-2.2 4.2")).count());
        assertEquals(4, pkg.rubrics().get(0).criteria().size(), "the scale and one criterion per competency");
        assertEquals("Cơ bản", pkg.rubrics().get(0).criteria().get(0).levels().get(0).description());
        assertTrue(pkg.rubrics().get(0).criteria().get(1).levels().get(0).uri()
                .startsWith(BASE + "/ims/case/v1p0/CFRubrics/" + pkg.rubrics().get(0).identifier() + "#"));
    }

    @Test
    void aNodeHeldByAnotherFrameworkHereGetsItsProviderUri() {
        UUID tt02 = StableIds.item("vn-tt02-2025", "1.1");
        CasePackage pkg = new CaseExporter(BASE, id -> id.equals(tt02) ? java.util.Optional.of(CaseKind.ITEM)
                : java.util.Optional.empty()).export(testers(), VI);
        assertTrue(pkg.associations().stream().anyMatch(a -> a.destinationNodeURI().uri()
                .equals(BASE + "/ims/case/v1p0/CFItems/" + tt02)));
    }

    @Test
    void exportImportExportGivesTheSameDocumentInEitherLanguage() throws Exception {
        for (String lang : List.of("vi", "en")) {
            CasePackage first = EXPORTER.export(testers(), Locale.forLanguageTag(lang));
            String firstJson = JSON.writeValueAsString(first);
            CaseImporter.Result imported = read(JSON.readTree(firstJson));
            assertEquals(List.of(), imported.problems());
            assertEquals(testers().levels().size(), imported.framework().levels().size(), "HọcVụ's own rubric is its scale");
            String secondJson = JSON.writeValueAsString(EXPORTER.export(imported.framework(), VI));
            assertEquals(firstJson, secondJson, "round trip in " + lang);
        }
    }

    @Test
    void aCaseFileMadeElsewhereKeepsItsDeepTree() throws Exception {
        CaseImporter.Result result = read(resource("/case/external-adult-digital-skills.json"));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.warnings(), "nothing is flattened any more");
        Framework f = result.framework();
        assertEquals("9b2f6c1e-3a47-4d8e-b1c5-0e7a2d4f6a10", f.key());
        assertEquals("2.1", f.version());
        assertEquals(List.of("EDS.C", "EDS.S"), f.domains().stream().map(Framework.Domain::code).toList(),
                "domains in sequenceNumber order, not file order");
        assertEquals(List.of("EDS.C.1", "EDS.C.1.a", "EDS.S.1", "EDS.S.2"),
                f.competencies().map(Framework.Competency::code).toList());
        assertEquals(List.of("EDS.C.1"), f.parents(UUID.fromString("c1a0b2d3-0003-4e5f-8a9b-112233445503")).stream()
                .map(Framework.Item::code).toList(), "three levels deep, under its own parent");
        Framework.Competency passwords = f.competency("EDS.S.2").orElseThrow();
        assertEquals(CrosswalkType.EXACT_MATCH_OF, passwords.crosswalks().get(0).type());
        assertEquals("Keep passwords and one-time codes private", passwords.name().in(VI),
                "an English-only framework shows its English text to Vietnamese readers too");
        assertNull(passwords.name().get("vi"));
    }

    @Test
    void validCaseThatWasRefusedImports() throws Exception {
        Framework f = read(resource("/case/opensalt-style-adult-digital-skills-fr.json")).framework();
        UUID b1 = id(f, "2.1");
        assertEquals(List.of("2", "1"), f.parents(b1).stream().map(Framework.Item::code).toList(), "two isChildOf parents");
        assertEquals(List.of("1.1", "1.1.a", "1.1.a.i", "2.1"),
                f.domain("1").orElseThrow().competencies().stream().map(Framework.Competency::code).toList(),
                "a tree four levels deep, in tree order");
        assertTrue(f.competency("G").isPresent(), "an item placed nowhere is kept");
        assertEquals(2, f.items().stream().filter(i -> i.details().humanCodingScheme().equals("2.2")).count(),
                "two items share a humanCodingScheme; each gets its identifier as code");
        assertTrue(f.levels().isEmpty(), "a foreign rubric is no level scale");
        assertEquals(1, f.rubrics().size());

        CaseImporter.Result empty = read(resource("/case/empty-package.json"));
        assertEquals(List.of(), empty.problems());
        assertEquals(List.of(), empty.framework().items());
    }

    @Test
    void languagesStayAsTheFileGaveThem() throws Exception {
        Framework f = read(resource("/case/opensalt-style-adult-digital-skills-fr.json")).framework();
        assertEquals("fr", f.language());
        CasePackage pkg = EXPORTER.export(f, VI);
        assertEquals("fr", pkg.document().language(), "a French document stays French, whatever the reader's language");
        assertEquals("Référentiel des compétences numériques des adultes", pkg.document().title());
        CasePackage.Item english = pkg.items().stream().filter(i -> "en".equals(i.language())).findFirst().orElseThrow();
        assertEquals("Use a password manager", english.fullStatement());
    }

    @Test
    void exportsValidateAgainstTheCase10PackageSchema() throws Exception {
        CaseSchema schema = new CaseSchema();
        for (Locale locale : List.of(VI, Locale.ENGLISH)) {
            assertEquals(List.of(), schema.problems(EXPORTER.export(testers(), locale)), "testers in " + locale);
        }
        for (String file : List.of("opensalt-style-adult-digital-skills-fr.json", "external-adult-digital-skills.json",
                "empty-package.json")) {
            Framework f = read(resource("/case/" + file)).framework();
            assertEquals(List.of(), schema.problems(EXPORTER.export(f, VI)), file);
        }
        assertTrue(schema.problems(new CasePackage(null, null, null, null, null)).size() > 0, "the schema bites");
    }

    private static UUID id(Framework f, String humanCodingScheme) {
        return f.items().stream().filter(i -> humanCodingScheme.equals(i.details().humanCodingScheme())).findFirst()
                .orElseThrow().identifier();
    }
}
