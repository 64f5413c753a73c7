package de.typwerk.engine.plugin;

import de.typwerk.engine.i18n.Failures;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One registration of a service provider as {@link java.util.ServiceLoader} reports it: the
 * provider's class, or why there is none. No plugin code has run for either: {@code ServiceLoader}
 * loads the class without initialising it and checks only its type and its public no-argument
 * constructor.
 */
sealed interface Discovered {

    /** A provider class that passed {@code ServiceLoader}'s checks; the engine creates it through Guice. */
    record Provider(Class<?> type) implements Discovered {
    }

    /**
     * A registration {@code ServiceLoader} rejected.
     *
     * @param className the provider class the error names, if it names one (a class whose
     *                  superclass is missing, for one, fails with only the missing class's name)
     * @param kind      what went wrong
     * @param detail    the error, one line; what the reason says for {@link Kind#OTHER}
     */
    record Broken(Optional<String> className, Kind kind, String detail) implements Discovered {

        /** The one-line reason, starting with {@code source} (the jar, or {@code class path: <root>}). */
        String reason(Messages messages, String source, Class<?> service) {
            return reason(messages, source, service, Optional.empty());
        }

        /**
         * The one-line reason, as {@link #reason(Messages, String, Class)}; for a class that is not
         * there, at the line of {@code registration} that names it, the services file the build
         * copied (under {@code src/main/resources}, where its author fixes it), or, where that file
         * no longer names the class, saying that the copy is out of date.
         */
        String reason(Messages messages, String source, Class<?> service, Optional<Path> registration) {
            if (className.isEmpty()) return messages.get("plugin.reason.provider-lookup", source, service.getName(), detail);
            String name = className.get();
            return switch (kind) {
                case MISSING -> registration.map(file -> missingAt(messages, source, service, name, file))
                        .orElseGet(() -> messages.get("plugin.reason.provider-missing", source, name, "ClassNotFoundException",
                                service.getName()));
                case NOT_A_SUBTYPE -> messages.get("plugin.reason.provider-type", source, name, service.getName());
                case NO_PUBLIC_CONSTRUCTOR -> messages.get("plugin.reason.provider-constructor", source, name);
                case CLASS_VERSION -> messages.get("plugin.reason.provider-lookup", source, service.getName(),
                        Failures.classVersion(detail, messages).orElse(detail));
                case OTHER -> messages.get("plugin.reason.provider-failed", source, name, detail);
            };
        }

        private static String missingAt(Messages messages, String source, Class<?> service, String name, Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return messages.get("plugin.reason.provider-missing", source, name, "ClassNotFoundException", service.getName());
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int comment = line.indexOf('#');
                String entry = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (entry.equals(name)) {
                    String at = shown(file) + ":" + (i + 1) + ":" + (line.indexOf(name) + 1);
                    return messages.get("plugin.reason.provider-missing.source", source, name, "ClassNotFoundException",
                            service.getName(), at);
                }
            }
            return messages.get("plugin.reason.provider-missing.stale", source, name, "ClassNotFoundException",
                    service.getName(), shown(file));
        }

        /** {@code file} relative to the working folder where it lies below it (a build runs tests in the project's), else absolute. */
        private static String shown(Path file) {
            Path absolute = file.toAbsolutePath().normalize();
            Path here = Path.of("").toAbsolutePath().normalize();
            return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
        }
    }

    /** The kinds of {@link java.util.ServiceConfigurationError} a plugin author can act on. */
    enum Kind {
        /** The registered class is not there. */
        MISSING,
        /** The registered class does not implement the service. */
        NOT_A_SUBTYPE,
        /** The registered class has no public no-argument constructor, which {@code ServiceLoader} requires. */
        NO_PUBLIC_CONSTRUCTOR,
        /** The registered class was compiled for a newer Java than the one running. */
        CLASS_VERSION,
        /** Anything else: a malformed registration file, a class that does not link, … */
        OTHER
    }
}
