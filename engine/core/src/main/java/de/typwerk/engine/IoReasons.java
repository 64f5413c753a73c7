package de.typwerk.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import org.apiguardian.api.API;

/**
 * Why a file could not be read or written, in the user's language: "permission denied" rather
 * than {@code AccessDeniedException}. The Java exception's class name is never the message.
 */
@API(status = INTERNAL, since = "1.0")
public final class IoReasons {

    private IoReasons() {
    }

    /**
     * Why a file could not be read or written, as a short phrase for people.
     *
     * @param e        what the file system said
     * @param messages the language to say it in
     * @return the phrase
     */
    public static String of(IOException e, Messages messages) {
        return de.typwerk.engine.i18n.Failures.io(e, messages);
    }
}
