package org.hocvu.lms.plugin;

import org.hocvu.lms.shared.Languages;
import org.hocvu.spi.TargetGroupPlugin;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invalid plugin data stops start-up with a message naming plugin, file and line. Each case under
 * {@code invalid-plugins/<case>/} holds only the broken file; the others are the testers plugin's.
 */
class PluginLoaderTest {

    /** The testers plugin with some of its files replaced by a broken case. */
    record BrokenTesters(String id, String brokenCase, String requiresCore) implements TargetGroupPlugin {
        BrokenTesters(String id, String brokenCase) {
            this(id, brokenCase, TargetGroupPlugin.CONTRACT_VERSION);
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String dataFolder() {
            return "invalid-plugins/" + brokenCase + "/";
        }

        @Override
        public URL dataFile(String fileName) {
            URL broken = getClass().getClassLoader().getResource(dataFolder() + fileName);
            return broken != null ? broken : new TestersPlugin().dataFile(fileName);
        }
    }

    private static String problemsOf(TargetGroupPlugin... plugins) {
        return assertThrows(PluginDataException.class, () -> PluginLoader.load(List.of(plugins))).getMessage();
    }

    @Test
    void theTestersPluginIsValid() {
        PluginData testers = PluginLoader.load(List.of(new TestersPlugin())).get(0);
        assertEquals("hocvu-testers", testers.framework().key());
        assertEquals(3, testers.framework().competencies().count());
        assertEquals(10, testers.blueprint().items());
        assertEquals("Người kiểm thử", testers.texts().get("plugin.name", java.util.Locale.forLanguageTag("vi")));
        assertEquals(2, testers.framework().competency("T1.1").orElseThrow().crosswalks().size());
    }

    @Test
    void aDuplicateCodeIsNamedWithBothLines() {
        assertTrue(problemsOf(new BrokenTesters("dup", "duplicate-code")).contains(
                "plugin dup, file invalid-plugins/duplicate-code/framework.yaml, line 22: duplicate code 'T1.1' (first used on line 15)"));
    }

    @Test
    void aCurriculumNamingACompetencyTheFrameworkLacksIsRefused() {
        assertTrue(problemsOf(new BrokenTesters("curr", "unknown-competency")).contains(
                "plugin curr, file invalid-plugins/unknown-competency/curriculum.yaml, line 8: competency 'T9.9' is not in framework hocvu-testers"));
    }

    @Test
    void aLevelOutOfRangeIsRefused() {
        assertTrue(problemsOf(new BrokenTesters("lvl", "level-out-of-range")).contains(
                "plugin lvl, file invalid-plugins/level-out-of-range/blueprint.yaml, line 1: level 'NC' is out of range: framework hocvu-testers has levels [CB, TT]"));
    }

    @Test
    void aMessageKeyInOneLanguageOnlyIsRefused() {
        assertTrue(problemsOf(new BrokenTesters("msg", "one-language")).contains(
                "plugin msg, file invalid-plugins/one-language/messages.properties, line 14: message key 'course.testers-extra.title'"
                        + " is missing from invalid-plugins/one-language/messages_en.properties"));
    }

    @Test
    void aKeyTheVietnameseBundleLacksIsRefusedWhereItIs() {
        String problems = assertThrows(PluginDataException.class, () -> PluginLoader.load(
                List.of(new BrokenTesters("extra", "extra-key")), Languages.of("vi,en,km"))).getMessage();
        assertTrue(problems.contains("plugin extra, file invalid-plugins/extra-key/messages_km.properties, line 4: message key"
                + " 'course.testers-advanced.title' is missing from invalid-plugins/extra-key/messages.properties"), problems);
    }

    @Test
    void aLanguageThePluginDoesNotSpeakReadsVietnamese() {
        PluginData testers = PluginLoader.load(List.of(new TestersPlugin()), Languages.of("vi,th,km")).get(0);
        assertEquals(Set.of("vi", "km"), testers.texts().languages());
        assertEquals("Người kiểm thử", testers.texts().get("plugin.name", Locale.forLanguageTag("th")));
        assertEquals("អ្នកធ្វើតេស្ត", testers.texts().get("plugin.name", Locale.forLanguageTag("km")));
        assertEquals("ក្របខ័ណ្ឌសមត្ថភាពឌីជីថលសម្រាប់អ្នកធ្វើតេស្ត", testers.framework().title().in(Locale.forLanguageTag("km")));
        assertEquals("Cơ bản", testers.framework().levels().get(0).name().in(Locale.forLanguageTag("km")));
    }

    @Test
    void aMissingLevelDescriptorIsRefused() {
        assertTrue(problemsOf(new BrokenTesters("desc", "missing-descriptor")).contains(
                "plugin desc, file invalid-plugins/missing-descriptor/framework.yaml, line 31: competency T2.1 lacks descriptors for levels [TT]"));
    }

    @Test
    void aCrosswalkIntoAnotherPluginsFrameworkMustNameACodeItHas() {
        assertTrue(problemsOf(new TestersPlugin(), new BrokenTesters("mirror", "bad-crosswalk")).contains(
                "plugin mirror, file invalid-plugins/bad-crosswalk/framework.yaml: competency T2.1: crosswalk target"
                        + " 'hocvu-testers:T9.9' is not in framework hocvu-testers"));
    }

    @Test
    void brokenYamlIsReportedWhereItBreaks() {
        String problems = problemsOf(new BrokenTesters("yaml", "broken-yaml"));
        assertTrue(problems.contains("plugin yaml, file invalid-plugins/broken-yaml/practical-skills.yaml, line 3: not valid YAML"), problems);
    }

    @Test
    void twoPluginsWithOneIdAreRefused() {
        String problems = problemsOf(new TestersPlugin(), new TestersPlugin());
        assertTrue(problems.contains("plugin testers: two plugins have this id"), problems);
    }

    @Test
    void aPluginNeedingANewerCoreIsRefused() {
        TargetGroupPlugin future = new BrokenTesters("future", "none", "2.7");
        assertTrue(problemsOf(future).contains("plugin future: the plugin requires core contract 2.7 but this core implements 2.0"));
        assertTrue(PluginLoader.coreSatisfies("2.0"));
        assertFalse(PluginLoader.coreSatisfies("1.0"), "1.0 plugins name the two bundles 2.0 removed");
        assertFalse(PluginLoader.coreSatisfies("3.0"));
    }

    @Test
    void eligibilityRulesDecideMembership() {
        PluginData.Eligibility rules = PluginLoader.load(List.of(new TestersPlugin())).get(0).eligibility();
        assertTrue(rules.admits(Map.of("occupation", "tester", "age", "30")));
        assertFalse(rules.admits(Map.of("occupation", "tester", "age", "16")));
        assertFalse(rules.admits(Map.of("occupation", "farmer", "age", "30")));
        assertFalse(rules.admits(Map.of("occupation", "tester")));
    }
}
