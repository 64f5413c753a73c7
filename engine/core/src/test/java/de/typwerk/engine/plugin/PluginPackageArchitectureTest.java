package de.typwerk.engine.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginPackageArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.typwerk.engine");

    /** SLF4J's providers, which the engine looks up to tell whether a host bound one: no plugin's. */
    private static final String QUIET_LOGGING = "de.typwerk.engine.QuietLogging";

    @Test
    void the_plugin_platform_does_not_reach_back_into_the_facade() {
        noClasses().that().resideInAPackage("de.typwerk.engine.plugin..")
                .should().dependOnClassesThat().resideInAPackage("de.typwerk.engine")
                .check(engine);
    }

    @Test
    void reading_and_validating_do_not_know_about_plugins() {
        noClasses().that().resideInAnyPackage("de.typwerk.engine.definition..", "de.typwerk.engine.validation..")
                .should().dependOnClassesThat().resideInAPackage("de.typwerk.engine.plugin..")
                .check(engine);
    }

    /**
     * docs/architecture.md ("Discovery with ServiceLoader"): providers are looked up by
     * {@code ProviderLookup} alone, which takes of each only its type, and {@code ProviderFactory} makes the
     * instance. Asking {@code ServiceLoader} for instances ({@code Provider.get}, its iterator,
     * {@code findFirst}) would run a plugin's constructor outside its context and past the refusal that names
     * the class and the rule.
     */
    @Test
    void providers_are_looked_up_by_provider_lookup_alone_and_never_made_by_service_loader() {
        noClasses().that().doNotHaveFullyQualifiedName(ProviderLookup.class.getName())
                .and().doNotHaveFullyQualifiedName(QUIET_LOGGING)
                .should().accessTargetWhere(DescribedPredicate.describe("is ServiceLoader.load or loadInstalled",
                        (JavaAccess<?> access) -> owner(access.getTarget()).equals(ServiceLoader.class.getName())
                                && access.getTarget().getName().startsWith("load")))
                .check(engine);
        Set<String> instances = Set.of("get", "iterator", "findFirst", "forEach", "spliterator");
        noClasses().that().doNotHaveFullyQualifiedName(QUIET_LOGGING)
                .should().accessTargetWhere(DescribedPredicate.describe("asks ServiceLoader for an instance (Provider.get, iterator, findFirst, forEach)",
                        (JavaAccess<?> access) -> owner(access.getTarget()).startsWith(ServiceLoader.class.getName())
                                && instances.contains(access.getTarget().getName())))
                .check(engine);
    }

    private static String owner(AccessTarget target) {
        return target.getOwner().getName();
    }
}
