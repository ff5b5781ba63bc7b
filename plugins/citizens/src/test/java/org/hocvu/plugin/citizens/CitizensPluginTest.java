package org.hocvu.plugin.citizens;

import org.hocvu.lms.competency.CaseExporter;
import org.hocvu.lms.competency.CrosswalkType;
import org.hocvu.lms.competency.Framework;
import org.hocvu.lms.competency.FrameworkTree;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The citizens plugin's data is accepted by the core and says what adults learn. */
class CitizensPluginTest {
    private final PluginData citizens = PluginLoader.load(List.of(new CitizensPlugin())).get(0);

    @Test
    void everyCompetencyLinksToCircular02() {
        Framework f = citizens.framework();
        assertEquals(13, f.competencies().count());
        f.competencies().forEach(c -> assertTrue(c.crosswalks().stream()
                .anyMatch(x -> "vn-tt02-2025".equals(x.target().framework())), c.code()));
        assertEquals(CrosswalkType.EXACT_MATCH_OF, f.competency("2.6").orElseThrow().crosswalks().get(0).type());
    }

    @Test
    void theGroupCoversVneidPaymentsHealthBookScamsAndAi() {
        assertEquals(List.of("activated-vneid-level-2", "submitted-online-application", "paid-by-qr-code",
                "opened-health-book"), citizens.practicalSkills().stream().map(PluginData.PracticalSkill::id).toList());
        assertTrue(citizens.framework().competency("ND5.1").isPresent());
        assertTrue(citizens.eligibility().admits(Map.of("age", "67")));
        assertFalse(citizens.eligibility().admits(Map.of("age", "12")));
    }

    @Test
    void theFrameworkIsBrowsableInBothLanguagesAndExportsAsCase() {
        assertEquals("Thanh toán không dùng tiền mặt",
                FrameworkTree.of(citizens.framework(), Locale.forLanguageTag("vi")).domains().get(3).name());
        assertEquals("Cashless payments", FrameworkTree.of(citizens.framework(), Locale.ENGLISH).domains().get(3).name());
        assertEquals(18, new CaseExporter("https://hocvu.example.vn").export(citizens.framework(), Locale.ENGLISH).items().size());
    }
}
