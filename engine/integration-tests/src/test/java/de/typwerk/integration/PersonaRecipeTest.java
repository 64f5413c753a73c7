package de.typwerk.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persona test of docs/plugin-authors.md ("Personas"), as it stands there, compiled against
 * the test class path a plugin project has (the engine, JUnit, AssertJ, a questionnaire plugin and
 * its strategies: here ÖFIT) and called as JUnit would call it, with an answers file of this
 * module's test resources: what an author copies works, and fails on a persona of another type.
 */
class PersonaRecipeTest {

    @TempDir
    Path temp;

    @Test
    void the_documented_persona_test_passes_for_a_persona_of_its_type_and_fails_naming_the_file_for_another() throws Exception {
        Method test = compiledRecipe().getDeclaredMethod("each_persona_gets_its_type", String.class, String.class);
        test.setAccessible(true);
        Object instance = instance(test.getDeclaringClass());

        test.invoke(instance, "answers/optimierer.yaml", "optimierer");

        assertThatThrownBy(() -> invoke(test, instance, "answers/optimierer.yaml", "bedaechtig"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("answers/optimierer.yaml")
                .hasMessageContaining("bedaechtig");
        assertThatThrownBy(() -> invoke(test, instance, "answers/nowhere.yaml", "optimierer"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("nowhere.yaml");
    }

    private static void invoke(Method test, Object instance, String answers, String type) throws Throwable {
        try {
            test.invoke(instance, answers, type);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object instance(Class<?> type) throws Exception {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    /** The recipe's class, compiled with warnings as errors and loaded beside this module's class path. */
    private Class<?> compiledRecipe() throws Exception {
        String code = recipe("persona-test");
        Matcher pkg = Pattern.compile("(?m)^package ([\\w.]+);").matcher(code);
        Matcher type = Pattern.compile("(?m)^class (\\w+)").matcher(code);
        assertThat(pkg.find() && type.find()).as("the recipe declares its package and class").isTrue();
        Path source = temp.resolve("src").resolve(type.group(1) + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, code);
        Path classes = Files.createDirectories(temp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = javac.run(null, diagnostics, diagnostics, "-d", classes.toString(), "-cp", classPath(),
                "--release", "17", "-Xlint:all", "-Werror", source.toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, PersonaRecipeTest.class.getClassLoader());
        return loader.loadClass(pkg.group(1) + "." + type.group(1));
    }

    /** The code block of docs/plugin-authors.md whose fence says {@code typwerk-recipe=<name>}. */
    private static String recipe(String name) throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/plugin-authors.md"))) dir = dir.getParent();
        assertThat(dir).as("docs/plugin-authors.md above the module folder").isNotNull();
        String docs = Files.readString(dir.resolve("docs/plugin-authors.md"), StandardCharsets.UTF_8);
        String fence = "```java typwerk-recipe=" + name + "\n";
        int start = docs.indexOf(fence);
        assertThat(start).as("docs/plugin-authors.md has the block " + fence.strip()).isNotNegative();
        int from = start + fence.length();
        return docs.substring(from, docs.indexOf("\n```\n", from) + 1);
    }

    private static String classPath() {
        // Surefire may start the tests from a manifest-only jar; it names the real class path here
        String test = System.getProperty("surefire.test.class.path");
        String path = test != null && !test.isBlank() ? test : System.getProperty("java.class.path");
        return Stream.of(path.split(File.pathSeparator)).filter(e -> Files.exists(Path.of(e)))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
