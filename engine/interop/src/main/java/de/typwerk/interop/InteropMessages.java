package de.typwerk.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.typwerk.engine.i18n.Failures;
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
    private final Messages engine;

    public InteropMessages(Locale locale) {
        this.messages = new Messages(BUNDLE, InteropMessages.class.getClassLoader(), locale);
        this.engine = new Messages(locale);
    }

    /** Why a parser stopped, in one line of this language ({@link Failures#parser}). */
    public String parser(JsonProcessingException e) {
        return Failures.parser(e, engine);
    }

    /** Why a parser stopped, a place it names moved to where it stands for the reader ({@link Failures#parser(JsonProcessingException, Messages, java.util.function.UnaryOperator)}). */
    public String parser(JsonProcessingException e, java.util.function.UnaryOperator<long[]> moved) {
        return Failures.parser(e, engine, moved);
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
