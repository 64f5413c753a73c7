package de.typwerk.engine.validation;

import static org.apiguardian.api.API.Status.INTERNAL;

import de.typwerk.api.model.Version;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Whether a version as a questionnaire or a plugin descriptor writes it is one as
 * docs/definition-format.md has it, where {@link Version#parse} is more lenient: MAJOR.MINOR.PATCH
 * with an optional label, which follows the whole of it and is made of dot-separated identifiers,
 * none of them empty and a number among them without a leading zero (as semantic versioning has
 * it). {@link Version#parse} reads {@code 1-rc} as 1.0.0-rc, {@code 2024-01-05} as 2024.0.0 with the
 * label 01-05, and takes {@code 1.0.0-rc..1} and {@code 1.0.0-01}. Minor and patch alone may be
 * left out ({@code 1.10}).
 */
@API(status = INTERNAL, since = "1.0")
public final class VersionText {

    /** A date (2024-01-05), which the version grammar would read as 2024 with the label 01-05. */
    private static final Pattern DATE = Pattern.compile("\\s*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\s*");

    private static final Pattern LABELLED = Pattern.compile(
            "\\s*\\d+(?:\\.\\d+(?:\\.\\d+(?:-(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*)?)?)?\\s*");

    private VersionText() {
    }

    /**
     * @param text a version as written, or {@code null}
     * @return whether it is a version as definitions and descriptors must write it
     */
    public static boolean wellFormed(String text) {
        return readable(text) && LABELLED.matcher(text).matches();
    }

    /**
     * @param text a version as written, or {@code null}
     * @return whether {@link Version#parse} takes it and it is no date: a version to compare with,
     *         its label written as semantic versioning has it or not (as an answers file's is read)
     */
    public static boolean readable(String text) {
        return Version.isValid(text) && !DATE.matcher(text).matches();
    }

    /**
     * @param text a version as written, or {@code null}
     * @return whether {@link Version#parse} takes it, but only for a label not written as semantic
     *         versioning has it ({@code 1-rc}, {@code 1.0.0-rc..1}; a date is no version at all)
     */
    static boolean labelOnlyAmiss(String text) {
        return readable(text) && !LABELLED.matcher(text).matches();
    }
}
