package de.typwerk.engine.plugin;

import java.lang.reflect.InvocationTargetException;

/**
 * Creates plugin providers (strategies, questionnaire providers) with their public no-argument
 * constructor, the one {@link java.util.ServiceLoader} requires and has already checked. Nothing is
 * injected: what a strategy needs per call comes in the call ({@code ScoringContext}), what it
 * derives from a questionnaire in {@code prepare}. The engine's container (Guice) never sees plugin
 * classes, so it cannot become part of the plugin contract (docs/architecture.md, "What a plugin
 * receives").
 */
public final class ProviderFactory {

    public ProviderFactory() {
    }

    /**
     * A new instance of {@code type}; throws what its constructor or static initializer throws (an
     * {@link ExceptionInInitializerError} for the latter), or an {@link IllegalStateException} when
     * it cannot be created at all (abstract, not accessible). Call it inside the plugin's
     * {@link PluginContext}.
     */
    public <T> T create(Class<T> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " cannot be created: " + e, e);
        }
    }
}
