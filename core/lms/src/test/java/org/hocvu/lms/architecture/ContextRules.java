package org.hocvu.lms.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules that keep the engine's bounded contexts apart. A context is a package right below
 * {@code org.hocvu.lms} ({@code shared} is the kernel every context may use, and uses none); it owns
 * its entities and the tables its migrations create, and others reach it only through its
 * service, its views (records) and its events.
 */
final class ContextRules {
    static final String ENGINE = "org.hocvu.lms";
    static final String SHARED = "shared";
    private static final Pattern MIGRATION = Pattern.compile("V[0-9_]+__([a-z][a-z0-9]*)_.*\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    /** Block comments and whole-line comments; "//" inside a string (a URL) stays. */
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|(?m)^\\s*//.*$", Pattern.DOTALL);

    private ContextRules() {
    }

    /** The context a class lives in: the package segment right below the engine's root. */
    static String contextOf(JavaClass c) {
        String rest = c.getPackageName().startsWith(ENGINE + ".") ? c.getPackageName().substring(ENGINE.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** No context touches another's JPA entities: it asks the owner's service for a view. */
    static ArchRule entitiesStayInTheirContext() {
        return classes().that().resideInAPackage(ENGINE + "..")
                .should(new ArchCondition<>("use only the entities of their own context") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (Dependency d : c.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            if (target.isAnnotatedWith(Entity.class) && !contextOf(target).equals(contextOf(c))) {
                                events.add(SimpleConditionEvent.violated(d, "context " + contextOf(c) + " uses entity "
                                        + target.getSimpleName() + " of context " + contextOf(target) + ": " + d.getDescription()));
                            }
                        }
                    }
                });
    }

    /** The kernel knows no context, so every context can depend on it without a cycle. */
    static ArchRule sharedKnowsNoContext() {
        return noClasses().that().resideInAPackage(ENGINE + "." + SHARED + "..")
                .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<>("belong to a context") {
                    @Override
                    public boolean test(JavaClass t) {
                        return t.getPackageName().startsWith(ENGINE + ".") && !contextOf(t).equals(SHARED) && !contextOf(t).isEmpty();
                    }
                });
    }

    /** The engine names no plugin: groups come and go as jars, the core must not know one. */
    static ArchRule engineNamesNoPluginClass() {
        return noClasses().that().resideInAPackage(ENGINE + "..").should().dependOnClassesThat().resideInAPackage("org.hocvu.plugin..");
    }

    /** Each table and the context that owns it, read from the migrations: {@code V<n>__<context>_<what>.sql}. */
    static Map<String, String> tableOwners(Path migrations, List<String> problems) {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    problems.add(file.getFileName() + ": a migration is named V<version>__<owning context>_<what>.sql");
                    continue;
                }
                Matcher table = CREATE_TABLE.matcher(Files.readString(file));
                while (table.find()) {
                    owners.put(table.group(1).toLowerCase(), name.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    /**
     * A table of another context named in a context's code (comments aside): the owner's service
     * should have been asked.
     */
    static Optional<String> foreignTable(String context, String source, Map<String, String> owners) {
        String code = COMMENTS.matcher(source).replaceAll(" ");
        for (Map.Entry<String, String> owned : owners.entrySet()) {
            if (!owned.getValue().equals(context) && Pattern.compile("\\b" + owned.getKey() + "\\b").matcher(code).find()) {
                return Optional.of(owned.getKey() + " (owned by " + owned.getValue() + ")");
            }
        }
        return Optional.empty();
    }

    /** Role names as string literals where {@code Roles} constants belong. */
    static List<String> roleLiterals(String source) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("(@RolesAllowed\\(\\{?\\s*\"|hasRole\\(\")").matcher(source);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
