package de.typwerk.engine.plugin;

import de.typwerk.engine.i18n.Failures;
import de.typwerk.engine.i18n.Messages;
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
            if (className.isEmpty()) return messages.get("plugin.reason.provider-lookup", source, service.getName(), detail);
            String name = className.get();
            return switch (kind) {
                case MISSING -> messages.get("plugin.reason.provider-missing", source, name, "ClassNotFoundException", service.getName());
                case NOT_A_SUBTYPE -> messages.get("plugin.reason.provider-type", source, name, service.getName());
                case NO_PUBLIC_CONSTRUCTOR -> messages.get("plugin.reason.provider-constructor", source, name);
                case CLASS_VERSION -> messages.get("plugin.reason.provider-lookup", source, service.getName(),
                        Failures.classVersion(detail, messages).orElse(detail));
                case OTHER -> messages.get("plugin.reason.provider-failed", source, name, detail);
            };
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
