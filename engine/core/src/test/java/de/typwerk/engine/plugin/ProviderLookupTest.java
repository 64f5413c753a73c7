package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.Typwerk;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ServiceLoader.stream()}, walked element by element so one bad registration stops nothing. */
class ProviderLookupTest {

    @TempDir
    Path folder;

    @Test
    void goes_on_after_each_rejected_registration_and_names_the_class_it_rejected() throws Exception {
        Path jar = PluginJar.named("mixed.jar")
                .source("com.example.m.OnlyInject", TestSources.strategy("com.example.m.OnlyInject", "inject", "\"x\"",
                        "@jakarta.inject.Inject public OnlyInject(java.util.Locale locale) { }"))
                .source("com.example.m.Plain", "package com.example.m; public class Plain { }")
                .source("com.example.m.First", TestSources.strategy("com.example.m.First", "first"))
                .source("com.example.m.Last", TestSources.strategy("com.example.m.Last", "last"))
                .strategy("com.example.m.OnlyInject")
                .strategy("com.example.m.First")
                .strategy("com.example.m.NotThere")
                .strategy("com.example.m.Plain")
                .strategy("com.example.m.Last")
                .writeTo(folder);
        try (PluginClassLoader loader = new PluginClassLoader("mixed", jar.toUri().toURL(), Typwerk.class.getClassLoader())) {
            List<Discovered> found = ProviderLookup.find(ScoringStrategy.class, new PluginContext("mixed", loader));

            assertThat(found).hasSize(5);
            assertThat(found.get(0)).isEqualTo(broken("com.example.m.OnlyInject", Discovered.Kind.NO_PUBLIC_CONSTRUCTOR));
            assertThat(found.get(1)).isInstanceOfSatisfying(Discovered.Provider.class,
                    p -> assertThat(p.type().getName()).isEqualTo("com.example.m.First"));
            assertThat(found.get(2)).isEqualTo(broken("com.example.m.NotThere", Discovered.Kind.MISSING));
            assertThat(found.get(3)).isEqualTo(broken("com.example.m.Plain", Discovered.Kind.NOT_A_SUBTYPE));
            assertThat(found.get(4)).isInstanceOfSatisfying(Discovered.Provider.class,
                    p -> assertThat(p.type().getName()).isEqualTo("com.example.m.Last"));
        }
    }

    @Test
    void reports_a_class_that_does_not_link_without_guessing_its_name() throws Exception {
        // the superclass is compiled but left out of the jar: loading the provider fails with the
        // missing superclass's name, not the provider's
        Path jar = PluginJar.named("unlinked.jar")
                .source("com.example.u.Base", "package com.example.u; public abstract class Base"
                        + " implements de.typwerk.api.spi.ScoringStrategy<Void> { }")
                .source("com.example.u.Child", TestSources.strategy("com.example.u.Child", "child")
                        .replace("public class Child implements ScoringStrategy<Void>", "public class Child extends Base"))
                .exclude("com/example/u/Base.class")
                .source("com.example.u.Fine", TestSources.strategy("com.example.u.Fine", "fine"))
                .strategy("com.example.u.Child")
                .strategy("com.example.u.Fine")
                .writeTo(folder);
        try (PluginClassLoader loader = new PluginClassLoader("unlinked", jar.toUri().toURL(), Typwerk.class.getClassLoader())) {
            List<Discovered> found = ProviderLookup.find(ScoringStrategy.class, new PluginContext("unlinked", loader));

            assertThat(found).hasSize(2);
            assertThat(found.get(0)).isInstanceOfSatisfying(Discovered.Broken.class, b -> {
                assertThat(b.className()).isEmpty();
                assertThat(b.detail()).isEqualTo("NoClassDefFoundError: com/example/u/Base");
            });
            assertThat(found.get(1)).isInstanceOf(Discovered.Provider.class);
        }
    }

    @Test
    void finds_nothing_in_a_jar_without_registrations() throws Exception {
        Path jar = PluginJar.named("plain.jar").resource("x.txt", "x").writeTo(folder);
        try (PluginClassLoader loader = new PluginClassLoader("plain", jar.toUri().toURL(), Typwerk.class.getClassLoader())) {
            assertThat(ProviderLookup.find(ScoringStrategy.class, new PluginContext("plain", loader))).isEmpty();
        }
    }

    private static Discovered.Broken broken(String className, Discovered.Kind kind) {
        return new Discovered.Broken(Optional.of(className), kind, switch (kind) {
            case MISSING -> "Provider " + className + " not found";
            case NOT_A_SUBTYPE -> className + " not a subtype";
            case NO_PUBLIC_CONSTRUCTOR -> className + " Unable to get public no-arg constructor";
            case CLASS_VERSION -> className.replace('.', '/') + " has been compiled by a more recent version of the Java Runtime (class file version 65.0)";
            case OTHER -> "";
        });
    }
}
