package de.typwerk.testkit;

import de.typwerk.engine.i18n.Messages;
import java.util.Locale;

/**
 * The test kit's own sentences, from the bundle {@code de/typwerk/testkit/messages} (German
 * default, English). A plugin author reads them in a failed test, so they say which check failed
 * and where, in the author's language. Looked up and formatted as every Typwerk text is ({@link Messages}).
 */
final class KitMessages {

    private static final String BUNDLE = "de.typwerk.testkit.messages";

    private final Messages messages;

    KitMessages(Locale locale) {
        this.messages = new Messages(BUNDLE, KitMessages.class.getClassLoader(), locale);
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }
}
