package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.typwerk.api.TypwerkApi;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.Typwerk;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
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
        }
    }

    @Test
    void shares_no_container_neither_guice_nor_the_injection_annotations() throws Exception {
        try (PluginClassLoader loader = loaderFor(PluginJar.named("plain.jar").source("com.example.Plain",
                "package com.example; public final class Plain { }"))) {
            assertThatThrownBy(() -> loader.loadClass("jakarta.inject.Inject")).isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> loader.loadClass("com.google.inject.Injector")).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(PluginClassLoader.SHARED_PACKAGES).containsExactly("de.typwerk.api.", "com.fasterxml.jackson.annotation.")
                .noneMatch(p -> p.startsWith("com.google.inject") || p.startsWith("jakarta.inject") || p.startsWith("javax.inject"));
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

    @Test
    void shows_service_loader_only_the_jars_own_provider_registrations() throws Exception {
        Path outside = PluginJar.named("outside.jar")
                .source("com.example.out.Outside", TestSources.strategy("com.example.out.Outside", "outside"))
                .strategy("com.example.out.Outside")
                .writeTo(folder.resolve("engine"));
        String resource = "META-INF/services/" + ScoringStrategy.class.getName();
        try (URLClassLoader engine = new URLClassLoader(new URL[] {outside.toUri().toURL()}, Typwerk.class.getClassLoader());
             PluginClassLoader plugin = new PluginClassLoader("own", PluginJar.named("own.jar")
                     .source("com.example.own.Own", TestSources.strategy("com.example.own.Own", "own"))
                     .strategy("com.example.own.Own")
                     .writeTo(folder).toUri().toURL(), engine)) {
            assertThat(types(ServiceLoader.load(ScoringStrategy.class, engine))).contains("com.example.out.Outside");

            assertThat(types(ServiceLoader.load(ScoringStrategy.class, plugin))).containsExactly("com.example.own.Own");
            assertThat(Collections.list(plugin.getResources(resource))).singleElement()
                    .satisfies(url -> assertThat(url.toString()).contains("own.jar!/"));
        }
    }

    private static List<String> types(ServiceLoader<ScoringStrategy> loader) {
        return loader.stream().map(p -> p.type().getName()).toList();
    }
}
