package de.typwerk.cli;

import de.typwerk.presentation.Language;
import de.typwerk.presentation.Texts;

/** The CLI's texts: its own bundle {@code de/typwerk/cli/messages} (commands, help, errors) over the presentation's. */
public final class CliTexts {

    static final String BUNDLE = "de.typwerk.cli.messages";

    private CliTexts() {
    }

    public static Texts of(Language language) {
        return Texts.of(language).over(BUNDLE, CliTexts.class.getClassLoader());
    }

    /** Why a file could not be read or written, in the user's language ("permission denied"), never an exception's class name. */
    public static String reason(java.io.IOException e, Texts messages) {
        if (e instanceof java.nio.file.AccessDeniedException) return messages.get("io.permission-denied");
        if (e instanceof java.nio.file.NoSuchFileException) return messages.get("io.no-such-file");
        // Java says "Input length = 1" for a byte that is not UTF-8
        if (e instanceof java.nio.charset.CharacterCodingException) return messages.get("io.not-utf8");
        String text = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        if (text == null || text.isBlank()) return messages.get("io.failed");
        if (text.contains("Permission denied")) return messages.get("io.permission-denied");
        if (text.contains("Is a directory")) return messages.get("io.is-a-folder");
        // the system's words for a full disk, a read-only file system, a file where a folder belongs: in the reader's language too
        if (text.contains("No space left on device")) return messages.get("io.no-space");
        if (text.contains("Read-only file system")) return messages.get("io.read-only");
        if (text.contains("Not a directory")) return messages.get("io.not-a-folder");
        // the system's words for a port or address serve cannot listen on
        if (text.contains("Address already in use")) return messages.get("io.address-in-use");
        if (text.contains("Cannot assign requested address")) return messages.get("io.address-not-local");
        return text;
    }
}
