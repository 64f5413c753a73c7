package de.typwerk.engine.plugin;

import de.typwerk.engine.strategy.PluginCalls;
import java.util.function.Supplier;

/**
 * Where a plugin's code runs: its id and class loader. Every call into plugin code goes through
 * {@link #call} so that the thread's context class loader is the plugin's while it runs; libraries
 * inside the plugin that look up classes or resources through the context loader (ServiceLoader,
 * Jackson, JAXB and many others) then find the plugin's own, not the engine's.
 *
 * @param pluginId    the plugin's id from its descriptor
 * @param classLoader the plugin's loader; for a class path plugin the class path loader
 * @param label       how {@link PluginCalls} names it: {@code plugin 'id'}, made once, not per call
 */
public record PluginContext(String pluginId, ClassLoader classLoader, String label) {

    public PluginContext(String pluginId, ClassLoader classLoader) {
        this(pluginId, classLoader, "plugin '" + pluginId + "'");
    }

    /** Runs {@code work} with the context class loader set to the plugin's, then restores it. */
    public <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            return PluginCalls.during(label, work);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Like {@link #call}, for work without a result. */
    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
