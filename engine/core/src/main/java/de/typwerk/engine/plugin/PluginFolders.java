package de.typwerk.engine.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Which plugins folders an application uses, in this order of precedence: the folders given on
 * its command line ({@code --plugins DIR}, repeatable); else the environment variable
 * {@code TYPWERK_PLUGINS} (one or more folders, separated like a class path: {@code :} on Unix,
 * {@code ;} on Windows); else {@code ~/.typwerk/plugins} if that folder exists; else none.
 * Folders named explicitly are used even if missing, so that the engine reports them; only the
 * default is skipped silently.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class PluginFolders {

    /** The environment variable naming the plugins folders. */
    public static final String ENVIRONMENT = "TYPWERK_PLUGINS";

    private PluginFolders() {
    }

    /**
     * @param given       folders from the command line
     * @param environment the value of {@value #ENVIRONMENT}, if set
     * @param userHome    the user's home directory
     */
    public static List<Path> choose(List<Path> given, Optional<String> environment, Path userHome) {
        if (!given.isEmpty()) return List.copyOf(given);
        if (environment.isPresent() && !environment.get().isBlank()) {
            return Arrays.stream(environment.get().split(java.util.regex.Pattern.quote(File.pathSeparator)))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
        }
        Path fallback = userHome.resolve(".typwerk").resolve("plugins");
        return Files.isDirectory(fallback) ? List.of(fallback) : List.of();
    }

    /** {@link #choose} with this process's environment and {@code user.home}. */
    public static List<Path> choose(List<Path> given) {
        return choose(given, Optional.ofNullable(System.getenv(ENVIRONMENT)), Path.of(System.getProperty("user.home")));
    }
}
