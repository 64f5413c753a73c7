package de.typwerk.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Our own strategy plugins use only the plugin contract: no container (the engine creates them with
 * their no-argument constructor and injects nothing), and no engine class. Here because the CLI's
 * test class path is the one that holds every plugin we ship.
 */
class PluginsWithoutContainerTest {

    private final JavaClasses plugins = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.typwerk.strategy");

    @Test
    void our_strategies_see_neither_a_container_nor_the_engine() {
        noClasses().that().resideInAPackage("de.typwerk.strategy..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..",
                        "javax.inject..", "de.typwerk.engine..", "de.typwerk.cli..")
                .check(plugins);
    }
}
