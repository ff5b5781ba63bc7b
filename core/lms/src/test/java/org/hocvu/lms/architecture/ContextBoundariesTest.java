package org.hocvu.lms.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.hocvu.lms.identity.LearnerProfile;
import org.hocvu.lms.unit.EntityLeakFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fails the build when a context reaches into another's entities or tables (see {@link ContextRules}). */
class ContextBoundariesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/hocvu/lms");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path PLUGINS = Path.of("../../plugins");
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ContextRules.ENGINE);
    }

    @Test
    void contextsUseOnlyTheirOwnEntities() {
        ContextRules.entitiesStayInTheirContext().check(engine);
    }

    @Test
    void theRuleCatchesAContextUsingAnotherContextsEntity() {
        JavaClasses leaking = new ClassFileImporter().importClasses(EntityLeakFixture.class, LearnerProfile.class);
        String report = ContextRules.entitiesStayInTheirContext().evaluate(leaking).getFailureReport().toString();
        assertTrue(report.contains("context unit uses entity LearnerProfile of context identity"), report);
    }

    @Test
    void theKernelKnowsNoContextAndTheEngineNoPlugin() {
        ContextRules.sharedKnowsNoContext().check(engine);
        ContextRules.engineNamesNoPluginClass().check(engine);
    }

    @Test
    void contextsUseOnlyTheirOwnTables() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> owners = ContextRules.tableOwners(MIGRATIONS, problems);
        Set<String> contexts = contexts();
        owners.values().stream().filter(owner -> !contexts.contains(owner)).distinct()
                .forEach(owner -> problems.add("migrations name context '" + owner + "', which has no package"));
        for (Path file : javaFiles(SOURCES)) {
            String context = SOURCES.relativize(file).getName(0).toString();
            ContextRules.foreignTable(context, Files.readString(file), owners)
                    .ifPresent(table -> problems.add(SOURCES.relativize(file) + " uses table " + table));
        }
        assertEquals(List.of(), problems);
        assertTrue(owners.containsKey("learner_profile") && owners.get("learner_profile").equals("identity"), owners::toString);
        assertTrue(ContextRules.foreignTable("xapi", "SELECT unit_code FROM learner_profile", owners).isPresent(),
                "the scan sees a foreign table in a query");
        assertTrue(ContextRules.foreignTable("xapi", "/** the id of learner_profile */\n// learner_profile\nint x;", owners).isEmpty(),
                "comments may name another context's table");
    }

    @Test
    void theEngineNamesNoPluginAndRolesOnlyThroughTheirConstants() throws IOException {
        Set<String> pluginIds;
        try (Stream<Path> ids = Files.list(PLUGINS).map(p -> p.resolve("src/main/resources/META-INF/hocvu")).filter(Files::isDirectory)
                .flatMap(ContextBoundariesTest::list)) {
            pluginIds = ids.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertFalse(pluginIds.isEmpty(), "the shipped plugins are found under " + PLUGINS.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            String source = Files.readString(file);
            pluginIds.stream().filter(id -> source.contains("\"" + id + "\"")).forEach(id -> problems.add(file + " names plugin " + id));
            ContextRules.roleLiterals(source).forEach(literal -> problems.add(file + ": " + literal + " — use Roles"));
        }
        assertEquals(List.of(), problems);
        assertEquals(1, ContextRules.roleLiterals("@RolesAllowed({\"admin\"})").size(), "the scan sees a role literal");
    }

    private static Set<String> contexts() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
