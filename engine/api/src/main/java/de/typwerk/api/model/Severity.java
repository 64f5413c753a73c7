package de.typwerk.api.model;

/** How bad a {@link Problem} is. Errors make a definition, a plugin or an answer unusable. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Lower-case name, as printed in compiler-style lines ({@code error}, {@code warning}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
