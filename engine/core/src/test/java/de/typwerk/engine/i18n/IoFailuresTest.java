package de.typwerk.engine.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Why a file could not be read, as the user reads it. (Tests run as root, for whom no file is
 * unreadable; the mapping is therefore tested here, with the exceptions the JDK throws.)
 */
class IoFailuresTest {

    private final Messages en = new Messages(Locale.ENGLISH);
    private final Messages de = new Messages(Locale.GERMAN);

    @Test
    void an_unreadable_file_is_permission_denied_in_the_users_language_not_an_exception_name() {
        assertThat(Failures.io(new AccessDeniedException("/srv/answers.yaml"), en)).isEqualTo("permission denied");
        assertThat(Failures.io(new AccessDeniedException("/srv/answers.yaml"), de)).isEqualTo("keine Berechtigung (permission denied)");
        assertThat(Failures.io(new FileSystemException("/srv/a", null, "Permission denied"), en)).isEqualTo("permission denied");
        assertThat(Failures.io(new IOException("Permission denied"), en)).isEqualTo("permission denied");
    }

    @Test
    void other_failures_say_what_happened_in_words() {
        assertThat(Failures.io(new NoSuchFileException("/srv/a"), en)).isEqualTo("no such file");
        assertThat(Failures.io(new FileSystemException("/srv/a", null, "Is a directory"), en)).isEqualTo("it is a folder, not a file");
        assertThat(Failures.io(new IOException(), en)).isEqualTo("input/output error");
        assertThat(Failures.io(new IOException("No space left on device"), en)).isEqualTo("No space left on device");
    }
}
