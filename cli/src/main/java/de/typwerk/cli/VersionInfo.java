package de.typwerk.cli;

import de.typwerk.api.TypwerkApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: Typwerk's version, the engine API version plugins are checked against, and Java's. */
final class VersionInfo implements IVersionProvider {

    private static final String RESOURCE = "/de/typwerk/cli/version.properties";

    @Override
    public String[] getVersion() {
        return new String[]{
                "Typwerk " + typwerkVersion(),
                "Typwerk API " + TypwerkApi.VERSION,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    /** From a resource Maven fills in at build time, so it is right in tests and in the jar alike. */
    static String typwerkVersion() {
        try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
