package org.hocvu.plugin.farmers;

import org.hocvu.lms.competency.CrosswalkType;
import org.hocvu.lms.competency.NodeRef;
import org.hocvu.lms.plugin.IndicatorKind;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The farmers plugin's data is accepted by the core and measures what the campaign asks of farmers. */
class FarmersPluginTest {
    private final PluginData farmers = PluginLoader.load(List.of(new FarmersPlugin())).get(0);

    @Test
    void appliesTraceabilityIsMeasuredByVerifiedSkills() {
        PluginData.Indicator traceability = farmers.indicators().stream()
                .filter(i -> i.id().equals("applies-traceability")).findFirst().orElseThrow();
        assertEquals(IndicatorKind.VERIFIED_SKILLS, traceability.kind());
        assertEquals(List.of("recorded-farm-diary", "created-traceability-label"), traceability.refs());
        assertEquals(Map.of("2025", 60, "2026", 80), farmers.indicators().get(2).targets());
    }

    @Test
    void theFrameworkLinksToTheCitizensFrameworkWhereTheSkillIsTheSame() {
        assertEquals(13, farmers.framework().competencies().count());
        assertTrue(farmers.framework().competency("NN5.1").orElseThrow().crosswalks().stream()
                .anyMatch(x -> x.type() == CrosswalkType.EXACT_MATCH_OF && x.target().equals(NodeRef.byCode("hocvu-citizens", "ND4.1"))));
        assertTrue(farmers.eligibility().admits(Map.of("occupation", "cooperative-member")));
        assertFalse(farmers.eligibility().admits(Map.of("occupation", "teacher")));
    }
}
