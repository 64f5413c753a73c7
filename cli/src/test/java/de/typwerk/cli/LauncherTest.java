package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./typwerk} as a user runs it, in a copy of the repository's layout whose
 * Maven is a stand-in that reads standard input as the real build does, and whose CLI jar echoes
 * its standard input: what the user pipes in reaches the command, also on the run that builds; two
 * runs started together build once.
 */
@EnabledOnOs(OS.LINUX)
class LauncherTest {

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void input_piped_into_the_first_run_after_a_change_reaches_the_command_not_the_build() throws Exception {
        Path root = repositoryCopy();
        Path echo = echoJar();
        // Maven reads standard input while it builds (its forked processes inherit it): so does this one
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\ncat > /dev/null\ncp '" + echo + "' '" + root.resolve("cli/target/typwerk-cli.jar") + "'\n");
        executable(bin.resolve("mvn"));

        Process process = launcher(root, bin, "run").start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("3\n284000\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(temp.resolve("run.err"))).isZero();
        assertThat(out).isEqualTo("3\n284000\n");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void two_runs_started_together_after_a_change_build_once_and_both_run_the_command() throws Exception {
        Path root = repositoryCopy();
        Path echo = echoJar();
        // a build that takes a while and counts how often it ran
        Path builds = temp.resolve("builds");
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho build >> '" + builds + "'\nsleep 3\ncp '" + echo + "' '"
                + root.resolve("cli/target/typwerk-cli.jar") + "'\n");
        executable(bin.resolve("mvn"));

        // as a pipeline starts them: ./typwerk score … --format json | ./typwerk report -
        Process first = launcher(root, bin, "first").start();
        Process second = launcher(root, bin, "second").start();
        for (Process p : List.of(first, second)) {
            try (OutputStream in = p.getOutputStream()) {
                in.write((p == first ? "eins\n" : "zwei\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        String firstOut = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String secondOut = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(first.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(90, TimeUnit.SECONDS)).isTrue();

        assertThat(first.exitValue()).as(Files.readString(temp.resolve("first.err"))).isZero();
        assertThat(second.exitValue()).as(Files.readString(temp.resolve("second.err"))).isZero();
        assertThat(firstOut).isEqualTo("eins\n");
        assertThat(secondOut).isEqualTo("zwei\n");
        assertThat(Files.readAllLines(builds)).containsExactly("build");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void a_file_name_with_an_umlaut_reaches_the_command_whole_under_the_c_locale_of_servers_and_containers() throws Exception {
        Path root = repositoryCopy();
        Path probe = jar("Probe", "public class Probe { public static void main(String[] a) { System.out.print("
                + "java.nio.file.Files.exists(java.nio.file.Path.of(a[0])) ? \"found\" : \"missing\"); } }\n");
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\ncp '" + probe + "' '" + root.resolve("cli/target/typwerk-cli.jar") + "'\n");
        executable(bin.resolve("mvn"));
        Path file = Files.writeString(temp.resolve("Gemeinde-Müllheim.yaml"), "questionnaire: x\n");

        for (String locale : List.of("C", "POSIX", "")) {
            ProcessBuilder builder = launcher(root, bin, "umlaut");
            builder.command().add(file.toString());
            builder.environment().put("LC_ALL", locale);
            builder.environment().remove("LC_CTYPE");
            builder.environment().put("LANG", locale);
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();

            // before: the JVM read the name as ASCII, and "Malformed input" was all the user got
            assertThat(out).as("LC_ALL=%s: %s", locale, Files.readString(temp.resolve("umlaut.err"))).isEqualTo("found");
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void a_locale_named_but_not_installed_reads_an_umlaut_as_utf_8_and_hands_its_name_on_for_the_language() throws Exception {
        // LANG=de_DE.UTF-8 in a container that generated no locales: the C library refuses it, and with it every variable
        Path root = repositoryCopy();
        Path probe = jar("Probe", "public class Probe { public static void main(String[] a) { System.out.print("
                + "(java.nio.file.Files.exists(java.nio.file.Path.of(a[0])) ? \"found\" : \"missing\") + ' ' + System.getProperty(\"typwerk.system-locale\")); } }\n");
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\ncp '" + probe + "' '" + root.resolve("cli/target/typwerk-cli.jar") + "'\n");
        executable(bin.resolve("mvn"));
        Path file = Files.writeString(temp.resolve("Gemeinde-Müllheim.yaml"), "questionnaire: x\n");

        // a name no system installs, so the case is the same on every machine
        for (String variable : List.of("LANG", "LC_ALL")) {
            ProcessBuilder builder = launcher(root, bin, "named");
            builder.command().add(file.toString());
            builder.environment().remove("LC_ALL");
            builder.environment().remove("LC_CTYPE");
            builder.environment().remove("LC_MESSAGES");
            builder.environment().remove("LANG");
            builder.environment().put(variable, "de_ZZ.UTF-8");
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();

            assertThat(out).as("%s: %s", variable, Files.readString(temp.resolve("named.err"))).isEqualTo("found de_ZZ.UTF-8");
        }
        // and the CLI takes German from that name, where the JVM reports English
        assertThat(Environment.systemLocale(java.util.Map.of("LC_ALL", "de_ZZ.UTF-8"), java.util.Locale.US).getLanguage()).isEqualTo("de");
    }

    /** A jar of the one class {@code name}, compiled from {@code source}, as its main class. */
    private Path jar(String name, String source) throws IOException {
        Path sources = Files.createDirectories(temp.resolve(name.toLowerCase(java.util.Locale.ROOT)));
        Path file = Files.writeString(sources.resolve(name + ".java"), source);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", sources.toString(), file.toString());
        assertThat(compiled).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, name);
        Path jar = temp.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry(name + ".class"));
            out.write(Files.readAllBytes(sources.resolve(name + ".class")));
            out.closeEntry();
        }
        return jar;
    }

    /** The launcher in a copy of the repository's layout, without a CLI jar yet. */
    private Path repositoryCopy() throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Files.copy(Repository.root().resolve("typwerk"), root.resolve("typwerk"));
        executable(root.resolve("typwerk"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        for (String folder : List.of("engine", "plugins", "questionnaires", "cli/target/lib")) Files.createDirectories(root.resolve(folder));
        return root;
    }

    /** {@code ./typwerk} of {@code root} with {@code bin}'s Maven first on the path; standard error into {@code name.err}. */
    private ProcessBuilder launcher(Path root, Path bin, String name) {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("typwerk").toString());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        builder.redirectError(temp.resolve(name + ".err").toFile());
        return builder;
    }

    /** A jar whose main class copies standard input to standard output. */
    private Path echoJar() throws IOException {
        Path sources = Files.createDirectories(temp.resolve("echo"));
        Path source = Files.writeString(sources.resolve("Echo.java"),
                "public class Echo { public static void main(String[] a) throws Exception { System.in.transferTo(System.out); } }\n");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", sources.toString(), source.toString());
        assertThat(compiled).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Echo");
        Path jar = temp.resolve("echo.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("Echo.class"));
            out.write(Files.readAllBytes(sources.resolve("Echo.class")));
            out.closeEntry();
        }
        return jar;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
