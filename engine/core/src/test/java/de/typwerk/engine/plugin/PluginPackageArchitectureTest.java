package de.typwerk.engine.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PluginPackageArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.typwerk.engine");

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
}
