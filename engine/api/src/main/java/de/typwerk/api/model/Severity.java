package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How bad a {@link Problem} is. Errors make a definition, a plugin or an answer unusable. */
@API(status = STABLE, since = "1.0")
public enum Severity {
    /** Makes what it is about unusable. */
    ERROR,
    /** Worth fixing; does not stop anything (unless {@code --strict}). */
    WARNING,
    /** For information only. */
    INFO;

    /** {@return the lower-case name, as printed in compiler-style lines ({@code error}, {@code warning})} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
