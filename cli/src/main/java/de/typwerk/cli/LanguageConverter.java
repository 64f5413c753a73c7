package de.typwerk.cli;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --lang}: {@code de} or {@code en}, any case, region ignored ({@code en-GB}). */
final class LanguageConverter implements ITypeConverter<Language> {

    private final Texts messages;

    LanguageConverter(Texts messages) {
        this.messages = messages;
    }

    @Override
    public Language convert(String value) {
        return Language.of(value).orElseThrow(() -> new TypeConversionException(messages.get("error.lang", value)));
    }
}
