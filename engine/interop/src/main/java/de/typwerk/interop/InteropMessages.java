package de.typwerk.interop;

import de.typwerk.engine.i18n.Messages;
import java.util.Locale;

/**
 * The text of exports and response readers in one language, from the bundle
 * {@code de/typwerk/interop/messages} (German default, English), looked up and formatted as the
 * engine's own {@link Messages}.
 */
public final class InteropMessages {

    private static final String BUNDLE = "de.typwerk.interop.messages";

    private final Messages messages;

    public InteropMessages(Locale locale) {
        this.messages = new Messages(BUNDLE, InteropMessages.class.getClassLoader(), locale);
    }

    /** The message for {@code key} in this language, {@code args} set in ({@link java.text.MessageFormat} syntax). */
    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** The same message in {@code language} ({@code de}, {@code en}; any other gets German). */
    public static String in(String language, String key, Object... args) {
        return new InteropMessages(Locale.forLanguageTag(language)).get(key, args);
    }
}
