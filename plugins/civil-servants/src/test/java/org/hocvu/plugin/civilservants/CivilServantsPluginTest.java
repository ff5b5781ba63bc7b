package org.hocvu.plugin.civilservants;

import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The civil-servants plugin's data is accepted by the core and covers digital government work. */
class CivilServantsPluginTest {
    private final PluginData servants = PluginLoader.load(List.of(new CivilServantsPlugin())).get(0);

    @Test
    void theFrameworkCoversEOfficeServicesDataSecurityAndAi() {
        assertEquals(List.of("CC1", "CC2", "CC3", "CC4", "CC5"),
                servants.framework().domains().stream().map(d -> d.code()).toList());
        assertEquals(13, servants.framework().competencies().count());
        assertEquals("Using AI chatbots safely at work",
                servants.framework().competency("CC5.1").orElseThrow().name().in(Locale.ENGLISH));
    }

    @Test
    void everyOfficialIsMeasuredAgainstTheTargetOfTwentyTwentyFive() {
        assertEquals(100, servants.indicators().get(0).targets().get("2025"));
        assertTrue(servants.eligibility().admits(Map.of("employment", "public-employee")));
        assertFalse(servants.eligibility().admits(Map.of("employment", "farmer")));
        assertEquals(32, servants.blueprint().items());
    }
}
