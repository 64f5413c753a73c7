package de.typwerk.engine;

import java.util.ServiceLoader;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps an embedding host without an SLF4J provider free of SLF4J's three start-up warnings
 * ("No SLF4J providers were found" …), which the JSON Schema validator's loggers would otherwise
 * print on the engine's first start. Only when the host has bound no provider and chosen none
 * ({@code slf4j.provider} unset) does it name SLF4J's own no-operation provider, quietly; a host
 * that puts a provider on its class path (Logback, Log4j's {@code log4j-slf4j2-impl},
 * {@code slf4j-simple}) gets Typwerk's log records there, untouched.
 */
final class QuietLogging {

    static final String PROVIDER = "slf4j.provider";
    static final String VERBOSITY = "slf4j.internal.verbosity";
    static final String NO_OPERATION = "org.slf4j.helpers.NOP_FallbackServiceProvider";

    private static boolean checked;

    private QuietLogging() {
    }

    /** Before anything logs: names the no-operation provider if there is no other. */
    static synchronized void unlessBound() {
        if (checked) return;
        checked = true;
        if (System.getProperty(PROVIDER) != null) return;
        ClassLoader loader = SLF4JServiceProvider.class.getClassLoader();
        if (ServiceLoader.load(SLF4JServiceProvider.class, loader).findFirst().isPresent()) return;
        System.setProperty(PROVIDER, NO_OPERATION);
        // SLF4J says at INFO that it loads a provider named so; nothing a host needs to read
        if (System.getProperty(VERBOSITY) == null) System.setProperty(VERBOSITY, "WARN");
    }
}
