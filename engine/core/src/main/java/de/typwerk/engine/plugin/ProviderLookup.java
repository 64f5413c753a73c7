package de.typwerk.engine.plugin;

import de.typwerk.api.spi.QuestionnaireProvider;
import de.typwerk.api.spi.ScoringStrategy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Spliterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the providers of a service with {@link ServiceLoader#stream()}, through one class loader,
 * in that loader's context. Only the provider types are taken ({@link ServiceLoader.Provider#type()});
 * instances are made by the {@link ProviderFactory}, in the plugin's context.
 *
 * <p>{@code ServiceLoader} reports a bad registration (class missing, not a subtype, no public
 * no-argument constructor, malformed file) by throwing from the one element, and its lazy lookup
 * moves past that element: the next call goes on with the next registration. So the stream is
 * walked element by element and every error becomes a {@link Discovered.Broken} in its place,
 * instead of one bad provider ending the lookup for all plugins behind it.
 */
final class ProviderLookup {

    /** The services the engine looks for, in the order they are loaded. */
    static final List<Class<?>> SERVICES = List.of(ScoringStrategy.class, QuestionnaireProvider.class);

    /**
     * A backstop against a class loader whose failure repeats without the lookup moving on; far
     * more errors than any plugin has registrations.
     */
    private static final int MAX_ERRORS = 1000;

    // the texts of java.util.ServiceLoader's errors; the class name is all that is taken from them
    private static final Pattern MISSING = Pattern.compile("Provider (\\S+) not found");
    private static final Pattern NOT_A_SUBTYPE = Pattern.compile("(\\S+) not a subtype");
    private static final Pattern NO_CONSTRUCTOR = Pattern.compile("(\\S+) Unable to get public no-arg constructor");

    private ProviderLookup() {
    }

    /** Everything {@code ServiceLoader} reports for {@code service} through the context's loader, in its order. */
    static List<Discovered> find(Class<?> service, PluginContext context) {
        return context.call(() -> lookup(service, context.classLoader()));
    }

    private static <S> List<Discovered> lookup(Class<S> service, ClassLoader loader) {
        List<Discovered> found = new ArrayList<>();
        try {
            // ServiceLoader would retry this forever, failing each time without moving on
            loader.getResources("META-INF/services/" + service.getName());
        } catch (IOException e) {
            found.add(new Discovered.Broken(Optional.empty(), Discovered.Kind.OTHER, describe(e)));
            return found;
        }
        Spliterator<ServiceLoader.Provider<S>> providers;
        try {
            providers = ServiceLoader.load(service, loader).stream().spliterator();
        } catch (ServiceConfigurationError e) {
            found.add(new Discovered.Broken(Optional.empty(), Discovered.Kind.OTHER, describe(e)));
            return found;
        }
        int errors = 0;
        while (true) {
            try {
                if (!providers.tryAdvance(p -> found.add(new Discovered.Provider(p.type())))) return found;
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                found.add(broken(service, e));
                if (++errors >= MAX_ERRORS) return found;
            }
        }
    }

    /** What an error says about the registration it stopped at. */
    static Discovered.Broken broken(Class<?> service, Throwable error) {
        if (error instanceof UnsupportedClassVersionError && error.getMessage() != null) {
            // ServiceLoader loads the class to check its type: a class file for a newer Java fails there
            String className = error.getMessage().strip().split("\\s", 2)[0].replace('/', '.');
            return new Discovered.Broken(Optional.of(className), Discovered.Kind.CLASS_VERSION,
                    DescriptorReader.firstLine(error.getMessage()));
        }
        if (!(error instanceof ServiceConfigurationError) || error.getMessage() == null) {
            return new Discovered.Broken(Optional.empty(), Discovered.Kind.OTHER, describe(error));
        }
        // ServiceLoader's messages start with the service's name, which the reason names anyway
        String message = error.getMessage();
        String prefix = service.getName() + ": ";
        String detail = DescriptorReader.firstLine(message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        Optional<String> missing = find(MISSING, message);
        if (missing.isPresent()) return new Discovered.Broken(missing, Discovered.Kind.MISSING, detail);
        Optional<String> notSubtype = find(NOT_A_SUBTYPE, message);
        if (notSubtype.isPresent()) return new Discovered.Broken(notSubtype, Discovered.Kind.NOT_A_SUBTYPE, detail);
        Optional<String> noConstructor = find(NO_CONSTRUCTOR, message).or(() -> constructorOwner(error.getCause()));
        if (noConstructor.isPresent()) {
            // looking for the constructor also fails when another constructor names a class the
            // loader cannot see; then that is the reason, not a missing constructor
            Throwable cause = error.getCause();
            return cause == null || cause instanceof NoSuchMethodException
                    ? new Discovered.Broken(noConstructor, Discovered.Kind.NO_PUBLIC_CONSTRUCTOR, detail)
                    : new Discovered.Broken(noConstructor, Discovered.Kind.OTHER, describe(cause));
        }
        return new Discovered.Broken(Optional.empty(), Discovered.Kind.OTHER, detail);
    }

    private static Optional<String> find(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** {@code com.example.X} from the {@code NoSuchMethodException: com.example.X.<init>()} behind the error. */
    private static Optional<String> constructorOwner(Throwable cause) {
        if (!(cause instanceof NoSuchMethodException) || cause.getMessage() == null) return Optional.empty();
        String message = cause.getMessage();
        return message.endsWith(".<init>()")
                ? Optional.of(message.substring(0, message.length() - ".<init>()".length()))
                : Optional.empty();
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + DescriptorReader.firstLine(message));
    }
}
