package de.typwerk.cli.output;

import java.util.Locale;

/** {@code --format}: for people or for tools. */
public enum OutputFormat {
    TEXT, JSON;

    /** Lower case, as typed and as listed in the help. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
