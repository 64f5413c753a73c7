package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.typwerk.api.TypwerkApi;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.Typwerk;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginClassLoaderTest {

    @TempDir
    Path folder;

    private PluginClassLoader loaderFor(PluginJar jar) throws Exception {
        Path file = jar.writeTo(folder);
        return new PluginClassLoader("test", file.toUri().toURL(), Typwerk.class.getClassLoader());
    }

    @Test
    void shares_the_api_with_the_engine_even_if_the_jar_carries_a_copy() throws Exception {
        String fake = "package de.typwerk.api; public final class TypwerkApi { }";
        try (PluginClassLoader loader = loaderFor(PluginJar.named("copy.jar").source("de.typwerk.api.TypwerkApi", fake))) {
            assertThat(loader.loadClass("de.typwerk.api.TypwerkApi")).isSameAs(TypwerkApi.class);
            assertThat(loader.loadClass("de.typwerk.api.spi.ScoringStrategy")).isSameAs(ScoringStrategy.class);
            assertThat(loader.loadClass("jakarta.inject.Inject")).isSameAs(jakarta.inject.Inject.class);
        }
    }

    @Test
    void loads_everything_else_from_the_jar_even_where_the_engine_has_a_class_of_that_name() throws Exception {
        String own = "package de.typwerk.engine; public final class Typwerk { }";
        try (PluginClassLoader loader = loaderFor(PluginJar.named("own.jar").source("de.typwerk.engine.Typwerk", own))) {
            Class<?> loaded = loader.loadClass("de.typwerk.engine.Typwerk");

            assertThat(loaded).isNotSameAs(Typwerk.class);
            assertThat(loaded.getClassLoader()).isSameAs(loader);
        }
    }

    @Test
    void sees_the_jdk_but_neither_the_engine_nor_its_libraries_nor_its_resources() throws Exception {
        try (PluginClassLoader loader = loaderFor(PluginJar.named("empty.jar").resource("x.txt", "x"))) {
            assertThat(loader.loadClass("java.sql.Connection")).isSameAs(java.sql.Connection.class);
            assertThatThrownBy(() -> loader.loadClass("de.typwerk.engine.Typwerk")).isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThat(loader.getResource("de/typwerk/engine/i18n/messages.properties")).isNull();
            assertThat(loader.getResource("x.txt")).isNotNull();
        }
    }
}
