package de.typwerk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.strategy.levels.LevelsStrategy;
import de.typwerk.strategy.points.PointsStrategy;
import de.typwerk.strategy.prototype.PrototypeStrategy;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An application that puts a shipped strategy on its module path gets it as a named (automatic)
 * module, where {@code ResourceBundle.getBundle} with a {@code Control} is refused: the strategy's
 * texts must read there as on the class path, in German and English.
 */
class StrategiesOnModulePathTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"points", "prototype", "levels"})
    void a_shipped_strategy_speaks_german_and_english_as_a_named_module_as_on_the_class_path(String id) throws Exception {
        ScoringStrategy<?> onClassPath = List.of(new PointsStrategy(), new PrototypeStrategy(), new LevelsStrategy()).stream()
                .filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        Path jar = automaticModule(onClassPath.getClass(), "typwerk.strategy." + id);
        Configuration config = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(jar), ModuleFinder.of(), Set.of("typwerk.strategy." + id));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, getClass().getClassLoader());

        ScoringStrategy<?> named = ServiceLoader.load(layer, ScoringStrategy.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(s -> s.getClass().getModule().getLayer() == layer)
                .findFirst().orElseThrow();
        assertThat(named.getClass().getModule().isNamed()).isTrue();

        LocalizedText description = named.description();
        assertThat(description.get("de", "de")).isEqualTo(onClassPath.description().get("de", "de")).isNotBlank();
        assertThat(description.get("en", "de")).isEqualTo(onClassPath.description().get("en", "de"))
                .isNotEqualTo(description.get("de", "de"));
    }

    /** The jar of {@code anyClass}'s classes folder, as an automatic module named {@code name}. */
    private Path automaticModule(Class<?> anyClass, String name) throws IOException, java.net.URISyntaxException {
        Path classes = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = temp.resolve(name + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Automatic-Module-Name", name);
        if (Files.isRegularFile(classes)) {
            // a jar already (the module built and installed): copied with its name set
            try (var in = new java.util.jar.JarFile(classes.toFile()); OutputStream file = Files.newOutputStream(jar);
                 JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry : java.util.Collections.list(in.entries())) {
                    if (entry.isDirectory() || entry.getName().equals("META-INF/MANIFEST.MF")) continue;
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.getInputStream(entry).transferTo(out);
                    out.closeEntry();
                }
            }
            return jar;
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> all = Files.walk(classes)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                String entry = classes.relativize(p).toString().replace('\\', '/');
                if (entry.equals("META-INF/MANIFEST.MF")) continue;
                out.putNextEntry(new JarEntry(entry));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        return jar;
    }
}
