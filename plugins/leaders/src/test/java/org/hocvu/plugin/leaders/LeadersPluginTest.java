package org.hocvu.plugin.leaders;

import org.hocvu.lms.competency.CasePackage;
import org.hocvu.lms.competency.CaseExporter;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The leaders plugin's data is accepted by the core; its crosswalks reach Circular 02 and DigComp in CASE. */
class LeadersPluginTest {
    private final PluginData leaders = PluginLoader.load(List.of(new LeadersPlugin())).get(0);

    @Test
    void theFrameworkCoversStrategyDataGovernanceProjectsAndAiPolicy() {
        assertEquals(13, leaders.framework().competencies().count());
        assertEquals("Chính sách trí tuệ nhân tạo", leaders.framework().domain("LD5").orElseThrow().name().get("vi"));
        assertEquals("TT", leaders.curriculum().get(3).level(), "AI policy is for those who lead");
    }

    @Test
    void crosswalksAreCaseAssociations() {
        CasePackage pkg = new CaseExporter("https://hocvu.example.vn").export(leaders.framework(), Locale.ENGLISH);
        long exact = pkg.associations().stream().filter(a -> a.associationType().equals("exactMatchOf")).count();
        long related = pkg.associations().stream().filter(a -> a.associationType().equals("isRelatedTo")).count();
        assertEquals(5, exact);
        assertTrue(related >= 10, "every own competency is related to Circular 02");
    }
}
