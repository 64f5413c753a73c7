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
}
