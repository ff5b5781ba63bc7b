package org.hocvu.ui.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What the modules may use of each other, checked on the assembled application's class path: the
 * pages see the engine through services and views, never its entities; the plugin contract stands
 * alone; plugins know only the contract. (The engine's own contexts: core/lms ContextBoundariesTest.)
 */
class ModuleBoundariesTest {
    private static JavaClasses all;

    @BeforeAll
    static void importEverything() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.hocvu");
    }

    @Test
    void pagesUseNoEntity() {
        ArchRule rule = noClasses().that().resideInAPackage("org.hocvu.ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("pages get views from the engine's services; an entity outside its context leaks its table");
        rule.check(all);
    }

    @Test
    void thePluginContractDependsOnNothingOfTheEngineOrItsRuntime() {
        noClasses().that().resideInAPackage("org.hocvu.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hocvu.lms..", "org.hocvu.ui..", "io.quarkus..", "org.hibernate..")
                .check(all);
    }

    @Test
    void pluginsKnowOnlyTheContract() {
        noClasses().that().resideInAPackage("org.hocvu.plugin..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hocvu.lms..", "org.hocvu.ui..", "io.quarkus..")
                .check(all);
    }

    @Test
    void theEngineKnowsNeitherPagesNorPlugins() {
        noClasses().that().resideInAPackage("org.hocvu.lms..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hocvu.ui..", "org.hocvu.plugin..")
                .check(all);
    }
}
