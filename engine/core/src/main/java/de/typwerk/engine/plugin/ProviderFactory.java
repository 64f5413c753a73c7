package de.typwerk.engine.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import de.typwerk.engine.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Creates plugin providers (strategies, questionnaire providers) through Guice, so they can receive
 * what the engine offers. {@link java.util.ServiceLoader} has found each provider's type and made
 * sure it has a public no-argument constructor; a provider may have a constructor annotated
 * {@code @jakarta.inject.Inject} beside it, which Guice prefers, or {@code @Inject} fields and
 * setters.
 *
 * <p>Providers get their own injector that offers only what is safe to hand to plugin code, never
 * the engine's injector: {@link Locale} (the language the engine speaks) for every plugin, and
 * {@link Messages} (the engine's bundle) for class path plugins, which alone can see that class.
 * The engine's {@code Mappers} are deliberately not offered: an {@code ObjectMapper} can be
 * reconfigured by whoever holds it (default typing, lenient features), which would undo the strict
 * reading of every definition. Explicit bindings are required, so a plugin cannot have Guice build
 * arbitrary engine classes for it just in time.
 */
@Singleton
public final class ProviderFactory {

    private final Injector offerings;

    @Inject
    public ProviderFactory(Messages messages) {
        this.offerings = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                bind(Messages.class).toInstance(messages);
                bind(Locale.class).toInstance(messages.locale());
            }
        });
    }

    /**
     * A new instance of {@code type}; throws whatever its constructor throws, or Guice's
     * {@link com.google.inject.ConfigurationException} when it has no constructor Guice can use.
     * Call it inside the plugin's {@link PluginContext}.
     */
    public <T> T create(Class<T> type) {
        // one child injector per provider: the provider's own binding, on top of the offerings
        Injector child = offerings.createChildInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(type);
            }
        });
        return child.getInstance(type);
    }
}
