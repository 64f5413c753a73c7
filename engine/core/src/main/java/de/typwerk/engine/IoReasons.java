package de.typwerk.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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
        if (e instanceof AccessDeniedException) return messages.get("io.permission-denied");
        if (e instanceof NoSuchFileException) return messages.get("io.no-such-file");
        String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (text == null || text.isBlank()) return messages.get("io.failed");
        if (text.contains("Permission denied")) return messages.get("io.permission-denied");
        if (text.contains("Is a directory")) return messages.get("io.is-a-folder");
        return text;
    }
}
