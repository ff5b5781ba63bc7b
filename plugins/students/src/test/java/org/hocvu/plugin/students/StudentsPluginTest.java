package org.hocvu.plugin.students;

import org.hocvu.lms.competency.CaseExporter;
import org.hocvu.lms.competency.CrosswalkType;
import org.hocvu.lms.competency.Framework;
import org.hocvu.lms.competency.NodeRef;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The students plugin carries Circular 02/2025/TT-BGDĐT as issued, and the core accepts its data. */
class StudentsPluginTest {
    private final PluginData students = PluginLoader.load(List.of(new StudentsPlugin())).get(0);

    @Test
    void theFrameworkIsCircular02AsIssued() {
        Framework f = students.framework();
        assertEquals("vn-tt02-2025", f.key());
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), f.domains().stream().map(Framework.Domain::code).toList());
        assertEquals(24, f.competencies().count());
        assertEquals(List.of("CB1", "CB2", "TC1", "TC2", "NC1", "NC2", "CS1", "CS2"),
                f.levels().stream().map(Framework.Level::code).toList());
        assertEquals("Lớp 8–9", f.level("TC2").orElseThrow().note().get("vi"));
        assertEquals("Ứng dụng trí tuệ nhân tạo", f.domain("6").orElseThrow().name().get("vi"));
    }

    @Test
    void componentsOneToFiveMatchDigComp() {
        long matched = students.framework().competencies()
                .filter(c -> c.crosswalks().stream().anyMatch(x -> x.type() == CrosswalkType.EXACT_MATCH_OF
                        && x.target().equals(NodeRef.byCode("eu-digcomp-2.2", c.code()))))
                .count();
        assertEquals(21, matched, "1.1-5.4 are DigComp 2.2's, domain 6 is Vietnam's own");
    }

    @Test
    void itExportsAsCaseInBothLanguages() {
        CaseExporter exporter = new CaseExporter("https://hocvu.example.vn");
        assertEquals("Khung năng lực số cho người học",
                exporter.export(students.framework(), Locale.forLanguageTag("vi")).document().title());
        assertEquals(30, exporter.export(students.framework(), Locale.ENGLISH).items().size());
    }
}
