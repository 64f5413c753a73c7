package de.typwerk.testkit;

import de.typwerk.engine.ValidatedDefinitions;
import java.util.Locale;

/**
 * The language the contracts report in unless a test overrides {@code locale()}: English where the
 * build says so with the system property {@code typwerk.lang} ({@code mvn verify -Dtypwerk.lang=en},
 * or the property of that name in the POM, which the archetypes pass to the tests and to the build
 * step that records validated definitions), else German. One switch for the build's every message.
 */
final class BuildLanguage {

    private BuildLanguage() {
    }

    /** {@link Locale#ENGLISH} where {@code typwerk.lang} starts with {@code en}, else {@link Locale#GERMAN}. */
    static Locale locale() {
        String lang = System.getProperty(ValidatedDefinitions.LANGUAGE_PROPERTY, "");
        return lang.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.GERMAN;
    }
}
