package de.typwerk.engine.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application on the module path gets the engine as a named (automatic) module, where
 * {@code ResourceBundle.getBundle} with a {@code Control} is refused: the messages must read there
 * too, or {@code Typwerk.builder().build()} fails before it loads anything.
 */
class MessagesOnModulePathTest {

    @TempDir
    Path temp;

    @Test
    void the_messages_read_in_a_named_module_as_on_the_class_path() throws Exception {
        Path jar = temp.resolve("typwerk-messages.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Automatic-Module-Name", "de.typwerk.engine");
        Path classes = Path.of("target/classes");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> i18n = Files.list(classes.resolve("de/typwerk/engine/i18n"))) {
            for (Path p : i18n.filter(p -> p.getFileName().toString().startsWith("Messages")
                    || p.getFileName().toString().startsWith("messages")).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        ModuleLayer boot = ModuleLayer.boot();
        Configuration config = boot.configuration().resolve(ModuleFinder.of(jar), ModuleFinder.of(), Set.of("de.typwerk.engine"));
        ModuleLayer layer = boot.defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        Class<?> messages = layer.findLoader("de.typwerk.engine").loadClass(Messages.class.getName());
        assertThat(messages.getModule().isNamed()).isTrue();

        Object english = messages.getConstructor(Locale.class).newInstance(Locale.ENGLISH);
        Object german = messages.getConstructor(Locale.class).newInstance(Locale.GERMAN);
        String key = "answers.unknown-question";
        Object args = new Object[] {"q@1.0.0", "x", ""};

        assertThat(messages.getMethod("get", String.class, Object[].class).invoke(english, key, args))
                .isEqualTo(new Messages(Locale.ENGLISH).get(key, "q@1.0.0", "x", ""));
        assertThat(messages.getMethod("get", String.class, Object[].class).invoke(german, key, args))
                .isEqualTo(new Messages(Locale.GERMAN).get(key, "q@1.0.0", "x", ""));
    }
}
