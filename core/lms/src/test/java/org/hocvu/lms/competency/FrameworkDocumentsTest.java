package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored framework versions are never rewritten: every document shape ever stored reads back. */
class FrameworkDocumentsTest {
    private final FrameworkDocuments documents = new FrameworkDocuments(new ObjectMapper());

    @Test
    void aVersionOneDocumentReadsBackWithTypedCrosswalks() throws IOException {
        String stored = resource("/competency/framework-document-v1.json")
                .replace("IDENTIFIER_OF_DIGCOMP_4_2", StableIds.item("eu-digcomp-2.2", "4.2").toString());
        Framework f = documents.read(stored);
        Framework.Competency passwords = f.competency("T1.1").orElseThrow();
        assertEquals(new Framework.Crosswalk(CrosswalkType.EXACT_MATCH_OF, NodeRef.byCode("eu-digcomp-2.2", "4.2")),
                passwords.crosswalks().get(0), "a plugin's 'framework code' title becomes a reference by code");
        NodeRef foreign = passwords.crosswalks().get(1).target();
        assertEquals(CrosswalkType.IS_RELATED_TO, passwords.crosswalks().get(1).type());
        assertNull(foreign.code(), "a foreign title is a title, not a code");
        assertEquals("Protecting devices", foreign.title());
        assertEquals(UUID.fromString("5e0e7c1a-2b3c-4d5e-8f90-112233445566"), foreign.identifier());
        assertEquals("https://case.example.org/uri/5e0e7c1a-2b3c-4d5e-8f90-112233445566", foreign.uri());
        assertEquals("Khung năng lực số cho người kiểm thử", f.title().in(java.util.Locale.forLanguageTag("vi")));
    }

    @Test
    void aVersionTwoDocumentReadsBackAsItemsAndAssociations() throws IOException {
        String stored = resource("/competency/framework-document-v2.json")
                .replace("IDENTIFIER_OF_DIGCOMP_4_2", StableIds.item("eu-digcomp-2.2", "4.2").toString());
        Framework f = documents.read(stored);
        assertEquals(java.util.List.of("T1", "T1.1"), f.items().stream().map(Framework.Item::code).toList());
        Framework.Item passwords = f.items().get(1);
        assertEquals(java.util.List.of("T1"), f.parents(passwords.identifier()).stream().map(Framework.Item::code).toList());
        assertEquals(StableIds.association(passwords.identifier(), "isChildOf", f.items().get(0).identifier()),
                f.associations().get(1).identifier(), "the identifiers HọcVụ always exported for its tree");
        assertEquals(new Framework.Crosswalk(CrosswalkType.EXACT_MATCH_OF, NodeRef.byCode("eu-digcomp-2.2", "4.2")),
                f.competency("T1.1").orElseThrow().crosswalks().get(0));
        assertEquals("Sets a strong password", passwords.levels().get("L1").get("en"));
        assertEquals(f, documents.read(documents.write(f)), "and is written back in the current shape");
    }

    @Test
    void theCurrentShapeRoundTripsAndCarriesItsVersion() throws IOException {
        String stored = resource("/competency/framework-document-v1.json")
                .replace("IDENTIFIER_OF_DIGCOMP_4_2", StableIds.item("eu-digcomp-2.2", "4.2").toString());
        Framework f = documents.read(stored);
        String written = documents.write(f);
        assertTrue(written.startsWith("{\"schemaVersion\":" + FrameworkDocuments.CURRENT + ","), written);
        assertEquals(f, documents.read(written));
    }

    @Test
    void aDocumentFromANewerNodeIsRefusedWithAReason() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> documents.read("{\"schemaVersion\":99,\"framework\":{}}"));
        assertTrue(refused.getMessage().contains("upgrade this node"), refused.getMessage());
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = FrameworkDocumentsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
