package de.typwerk.server;

import de.typwerk.presentation.Language;
import de.typwerk.presentation.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The server's texts: its own bundle {@code de/typwerk/server/messages} (the problem documents'
 * titles and details) over the presentation's; and the version it reports in {@code GET /health}.
 */
final class ServerTexts {

    static final String BUNDLE = "de.typwerk.server.messages";
    private static final String VERSION = "/de/typwerk/server/version.properties";

    private ServerTexts() {
    }

    static Texts of(Language language) {
        return Texts.of(language).over(BUNDLE, ServerTexts.class.getClassLoader());
    }

    /** Typwerk's version, from a resource Maven fills in at build time (right in tests and in the jar alike). */
    static String version() {
        try (InputStream in = ServerTexts.class.getResourceAsStream(VERSION)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
