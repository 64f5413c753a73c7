package de.typwerk.engine.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.util.Locale;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/** What a failure is called in a message: what it says, never the Java class it was thrown as. */
class FailuresTest {

    private final Messages english = new Messages(Locale.ENGLISH);
    private final Messages german = new Messages(Locale.GERMAN);

    @Test
    void a_failure_with_a_message_is_its_first_line_without_the_exception_class() {
        assertThat(Failures.describe(new IllegalStateException("no licence key configured\n\tdetails"), english))
                .isEqualTo("no licence key configured");
    }

    @Test
    void a_broken_jar_is_a_file_that_is_no_readable_zip_in_both_languages() {
        assertThat(Failures.describe(new ZipException("zip END header not found"), english))
                .isEqualTo("not a readable ZIP file (zip END header not found)");
        assertThat(Failures.describe(new ZipException("zip END header not found"), german))
                .isEqualTo("keine lesbare ZIP-Datei (zip END header not found)");
    }

    @Test
    void what_plugin_code_threw_is_found_behind_reflection_and_initialisation() {
        Throwable wrapped = new InvocationTargetException(new ExceptionInInitializerError(new IllegalArgumentException("kaputt")));

        assertThat(Failures.describe(wrapped, english)).isEqualTo("kaputt");
    }

    @Test
    void a_failure_that_says_nothing_is_named_by_what_it_means_not_by_its_class() {
        assertThat(Failures.describe(new NullPointerException(), english)).isEqualTo("a value was missing (null)");
        assertThat(Failures.describe(new StackOverflowError(), english)).isEqualTo("endless recursion (stack overflow)");
        assertThat(Failures.describe(new IllegalStateException(), german)).isEqualTo("ein Fehler ohne Beschreibung");
        assertThat(Failures.describe(new NoClassDefFoundError("com/example/lib/Greeting"), english))
                .isEqualTo("a class it needs is missing: com.example.lib.Greeting");
    }

    @Test
    void a_file_system_failure_says_what_the_file_system_meant() {
        assertThat(Failures.describe(new UncheckedIOException(new AccessDeniedException("/x/plugin.jar")), english))
                .isEqualTo("permission denied");
    }
}
