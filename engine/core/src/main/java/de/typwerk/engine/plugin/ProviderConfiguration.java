package de.typwerk.engine.plugin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A provider-configuration file {@code META-INF/services/<service>}, parsed as
 * {@link java.util.ServiceLoader} parses it: one class name per line, {@code #} starts a comment,
 * blanks are ignored, duplicates count once.
 *
 * <p>The engine reads these files itself instead of iterating {@code ServiceLoader.stream()}: on the
 * class path that iterator insists on a public no-argument constructor before it hands out the
 * provider's type, which would rule out providers with only an {@code @Inject} constructor.
 */
record ProviderConfiguration(List<String> classNames) {

    /** The services the engine looks for, in the order they are loaded. */
    static final List<Class<?>> SERVICES =
            List.of(de.typwerk.api.spi.ScoringStrategy.class, de.typwerk.api.spi.QuestionnaireProvider.class);

    ProviderConfiguration {
        classNames = List.copyOf(classNames);
    }

    static String resource(Class<?> service) {
        return "META-INF/services/" + service.getName();
    }

    static ProviderConfiguration parse(byte[] content) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\\R")) {
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!name.isEmpty()) names.add(name);
        }
        return new ProviderConfiguration(new ArrayList<>(names));
    }
}
