package de.typwerk.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows of docs/architecture.md true: plugins → api ← core ← cli; and the two public APIs
 * (the plugin API in engine/api, the integrator API in core's {@code de.typwerk.engine} and
 * {@code de.typwerk.engine.result}) say the status of every public type.
 */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.typwerk");

    @Test
    void the_kernels_packages_are_free_of_cycles() {
        slices().matching("de.typwerk.engine.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * The facade's package is the kernel's top: the packages below it take from it only the two
     * value types of the 1.0 integrator API that the pipeline reads and returns (frozen, so they stay
     * where integrators and plugin tests import them from), never the facade itself.
     */
    @Test
    void below_the_facade_only_the_loaded_questionnaire_and_the_score_run_are_taken_from_its_package() {
        noClasses().that().resideInAPackage("de.typwerk.engine.(*)..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are in de.typwerk.engine other than LoadedQuestionnaire and ScoreRun",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().equals("de.typwerk.engine")
                                && !c.getName().startsWith(LoadedQuestionnaire.class.getName())
                                && !c.getName().startsWith(ScoreRun.class.getName())))
                .check(classes);
    }

    /**
     * The arrows inside the kernel, as docs/architecture.md ("Inside the kernel") draws them: each
     * package below the facade, and the kernel's packages it may use besides its own (a package's
     * own includes those below it: {@code result} holds {@code result.record}). The facade's two
     * value types are the rule above's business.
     */
    private static final Map<String, List<String>> KERNEL_ARROWS = Map.ofEntries(
            Map.entry("scoring", List.of("answers", "report", "strategy", "definition", "result", "i18n")),
            Map.entry("plugin", List.of("variant", "validation", "strategy", "definition", "i18n")),
            Map.entry("variant", List.of("validation", "definition", "i18n")),
            Map.entry("answers", List.of("validation", "report", "definition", "i18n")),
            Map.entry("validation", List.of("strategy", "definition", "i18n")),
            Map.entry("strategy", List.of("report", "definition", "i18n")),
            Map.entry("report", List.of("definition", "result", "i18n")),
            Map.entry("definition", List.of("result", "i18n")),
            Map.entry("diff", List.of()),
            Map.entry("result", List.of()),
            Map.entry("i18n", List.of()));

    @Test
    void inside_the_kernel_each_package_uses_only_those_the_architecture_page_names() {
        for (Map.Entry<String, List<String>> arrow : KERNEL_ARROWS.entrySet()) {
            String own = "de.typwerk.engine." + arrow.getKey();
            List<String> allowed = arrow.getValue().stream().map(p -> "de.typwerk.engine." + p).toList();
            noClasses().that().resideInAPackage(own + "..")
                    .should().dependOnClassesThat(DescribedPredicate.describe(
                            "are in a package of the kernel below the facade other than " + allowed,
                            (JavaClass c) -> {
                                String p = c.getPackageName();
                                return p.startsWith("de.typwerk.engine.") && !within(p, own)
                                        && allowed.stream().noneMatch(a -> within(p, a));
                            }))
                    .check(classes);
        }
    }

    @Test
    void every_package_of_the_kernel_below_the_facade_has_its_arrows_written_down() {
        // a new package needs a line above, and one in docs/architecture.md
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : classes) {
            String p = c.getPackageName();
            if (p.startsWith("de.typwerk.engine.")) packages.add(p.substring("de.typwerk.engine.".length()).split("\\.")[0]);
        }
        assertThat(packages).isEqualTo(new TreeSet<>(KERNEL_ARROWS.keySet()));
    }

    private static boolean within(String pkg, String parent) {
        return pkg.equals(parent) || pkg.startsWith(parent + ".");
    }

    /**
     * docs/architecture.md ("Guice"): the kernel reads definitions, descriptors, answers files and
     * results with the strict mappers of {@code Mappers} (unknown and repeated keys refused, read
     * limits set); the few plain mappers stand in the classes the page names, for what is no user's
     * file to refuse. A plain mapper anywhere else would read what it reads without those limits.
     */
    private static final Set<String> PLAIN_MAPPERS = Set.of("de.typwerk.engine.definition.Mappers",
            "de.typwerk.engine.answers.AnswersSchema", "de.typwerk.engine.report.ResultJson",
            "de.typwerk.engine.validation.SchemaCheck", "de.typwerk.engine.ValidatedDefinitions");

    @Test
    void only_mappers_and_the_classes_the_page_names_make_an_object_mapper() {
        noClasses().that().resideInAPackage("de.typwerk.engine..")
                .and(DescribedPredicate.describe("are not " + PLAIN_MAPPERS, (JavaClass c) -> !PLAIN_MAPPERS.contains(c.getName().split("\\$")[0])))
                .should().callCodeUnitWhere(DescribedPredicate.describe("makes an ObjectMapper (a constructor or builder of Jackson's mappers)",
                        (com.tngtech.archunit.core.domain.JavaCall<?> call) -> call.getTargetOwner().isAssignableTo(
                                com.fasterxml.jackson.databind.ObjectMapper.class)
                                && (call.getName().equals("<init>") || call.getName().equals("builder"))))
                .check(classes);
    }

    @Test
    void the_kernel_knows_no_floor_above_it() {
        noClasses().that().resideInAnyPackage("de.typwerk.engine..", "de.typwerk.api..")
                .should().dependOnClassesThat().resideInAnyPackage("de.typwerk.applications..", "de.typwerk.presentation..",
                        "de.typwerk.server..", "de.typwerk.interop..", "de.typwerk.cli..")
                .check(classes);
    }

    @Test
    void the_api_knows_nothing_of_the_runtime() {
        noClasses().that().resideInAPackage("de.typwerk.api..")
                .should().dependOnClassesThat().resideInAnyPackage("de.typwerk.engine..", "de.typwerk.cli..",
                        "com.google.inject..", "com.fasterxml.jackson.databind..", "jakarta.inject..")
                .check(classes);
    }

    @Test
    void the_engine_knows_no_command_line() {
        noClasses().that().resideInAPackage("de.typwerk.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("de.typwerk.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void reading_definitions_does_not_reach_into_plugin_loading_or_reports() {
        noClasses().that().resideInAnyPackage("de.typwerk.engine.definition..", "de.typwerk.engine.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("de.typwerk.engine.plugin..", "de.typwerk.engine.report..")
                .check(classes);
    }

    @Test
    void variants_and_diffs_know_nothing_of_plugin_loading_or_the_facade() {
        noClasses().that().resideInAnyPackage("de.typwerk.engine.variant..", "de.typwerk.engine.diff..")
                .should().dependOnClassesThat().resideInAnyPackage("de.typwerk.engine.plugin..", "de.typwerk.engine")
                .check(classes);
    }

    @Test
    void the_plugin_api_depends_on_nothing_but_the_jdk_jackson_annotations_and_its_status_annotation() {
        classes().that().resideInAPackage("de.typwerk.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("de.typwerk.api..", "java..",
                        "com.fasterxml.jackson.annotation..", "org.apiguardian.api..")
                .check(classes);
    }

    @Test
    void every_public_type_of_the_plugin_api_states_its_status() {
        classes().that().resideInAPackage("de.typwerk.api..").and().arePublic()
                .should().beAnnotatedWith(API.class)
                .check(classes);
    }

    /**
     * docs/architecture.md ("Two APIs"): types of core outside the integrator API's two packages are
     * internal, but the few the facade hands out or takes carry their status, since an integrator
     * meets them in the API's signatures (a plugin entry, the result's JSON, a batch's level of detail).
     */
    @Test
    void every_type_of_the_kernel_the_integrator_api_hands_out_or_takes_states_its_status() {
        Set<String> unstated = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!isIntegratorApi(c) || !c.getModifiers().contains(JavaModifier.PUBLIC)) continue;
            for (JavaCodeUnit unit : c.getCodeUnits()) {
                if (!unit.getModifiers().contains(JavaModifier.PUBLIC)) continue;
                List<JavaType> involved = new java.util.ArrayList<>(unit.getParameterTypes());
                involved.add(unit.getReturnType());
                unit.getExceptionTypes().forEach(involved::add);
                for (JavaType type : involved) {
                    for (JavaClass used : type.getAllInvolvedRawTypes()) {
                        if (used.getPackageName().startsWith("de.typwerk.engine.") && !isIntegratorApi(used)
                                && !used.isAnnotatedWith(API.class)) {
                            unstated.add(used.getName() + " (" + unit.getFullName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(unstated).as("handed out or taken by the integrator API without @API").isEmpty();
    }

    private static boolean isIntegratorApi(JavaClass c) {
        return c.getPackageName().equals("de.typwerk.engine") || c.getPackageName().equals("de.typwerk.engine.result");
    }

    @Test
    void every_public_type_of_the_integrator_api_states_its_status() {
        classes().that().resideInAnyPackage("de.typwerk.engine", "de.typwerk.engine.result").and().arePublic()
                .should().beAnnotatedWith(API.class)
                .check(classes);
    }
}
