package de.typwerk.engine.validation;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.engine.definition.NearMiss;
import de.typwerk.engine.i18n.TextControls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every text is there, and not blank, in every language the questionnaire declares; a text in a
 * language it does not declare is probably a typo and gets a warning, or, where it is a slip for a
 * declared language whose text is missing ('eng' for 'en'), one error that says so. No text holds
 * a control character or a control of the text direction.
 */
final class TranslationRules implements Rule {

    private record Text(String pointer, LocalizedText text) {
    }

    @Override
    public void check(Questionnaire q, Layout layout, Findings out) {
        List<String> locales = q.locales();
        // a tag that is not a language is reported once, by the header rules, not for every text
        List<String> languages = locales.stream().filter(HeaderRules::isLocale).distinct().toList();
        for (Text t : texts(q, layout)) {
            List<String> missing = new ArrayList<>();
            for (String locale : languages) {
                String value = t.text.texts().get(locale);
                if (value == null || value.isBlank()) missing.add(locale);
            }
            // a language key that is a slip for a missing one ('eng' for 'en') is one mistake: one
            // error where the slip stands, not a missing text and an undeclared language besides
            List<String> slipped = new ArrayList<>();
            List<String> slips = new ArrayList<>();
            for (String language : t.text.texts().keySet()) {
                if (locales.contains(language)) continue;
                Optional<String> meant = NearMiss.among(language, missing.stream().filter(m -> !slipped.contains(m)).toList());
                if (meant.isPresent()) {
                    slipped.add(meant.get());
                    slips.add(language);
                    out.error("missing-text", Findings.child(t.pointer, language), "validation.localeSlip",
                            language, meant.get(), languageName(meant.get(), out));
                }
            }
            for (String locale : missing) {
                if (slipped.contains(locale)) continue;
                out.error("missing-text", Findings.child(t.pointer, locale), "validation.missingText",
                        languageName(locale, out), locale);
            }
            t.text.texts().forEach((language, value) -> unwritable(t.pointer, language, value, out));
            for (String language : t.text.texts().keySet()) {
                if (!locales.contains(language) && !slips.contains(language)) {
                    out.warning("undeclared-locale", Findings.child(t.pointer, language), "validation.undeclaredLocale",
                            language, String.join(", ", locales));
                }
            }
        }
    }

    /**
     * A text that holds a control character (other than a line break or a tab) or a control of the
     * text direction is an error, as it is in an answers file's respondent: an escape sequence in a
     * type's name was obeyed by the terminal typwerk show and score print to (its colours, its
     * window title), a NUL or carriage return went into every report and CSV row, and an override
     * (U+202E) turned around the report's own words after it (the closing quote and full stop of
     * "… vor dem Typ „X“.").
     */
    private static void unwritable(String pointer, String language, String value, Findings out) {
        if (value == null) return;
        TextControls.first(value).ifPresent(found -> out.error("text-control-character", Findings.child(pointer, language),
                found.direction() ? "validation.textDirectionControl" : "validation.textControlCharacter",
                language, found.named(), found.position()));
    }

    private static String languageName(String tag, Findings out) {
        Locale in = out.messages().locale();
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(in);
        if (name.isEmpty() || name.equals(tag)) return tag;
        // display names are lower-case in some languages; sentences here start with them
        return name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }

    /** Every localized text of the definition, with its pointer, in document order. */
    private static List<Text> texts(Questionnaire q, Layout layout) {
        List<Text> texts = new ArrayList<>();
        add(texts, "/title", q.title());
        add(texts, "/description", q.description());
        add(texts, "/source", q.source());
        for (int i = 0; i < q.profileTopics().size(); i++) {
            add(texts, "/profileTopics/" + i + "/title", q.profileTopics().get(i).title());
        }
        for (int i = 0; i < q.types().size(); i++) {
            TypeDefinition t = q.types().get(i);
            String p = "/types/" + i;
            add(texts, p + "/name", t.name());
            add(texts, p + "/motto", t.motto());
            add(texts, p + "/summary", t.summary());
            for (Map.Entry<String, LocalizedText> e : t.profile().entrySet()) {
                add(texts, Findings.child(p + "/profile", e.getKey()), e.getValue());
            }
            for (int j = 0; j < t.strengths().size(); j++) {
                add(texts, p + "/strengths/" + j + "/text", t.strengths().get(j).text());
            }
            for (int j = 0; j < t.weaknesses().size(); j++) {
                add(texts, p + "/weaknesses/" + j + "/text", t.weaknesses().get(j).text());
            }
        }
        for (int i = 0; i < q.dimensions().size(); i++) {
            Dimension d = q.dimensions().get(i);
            String p = "/dimensions/" + i;
            add(texts, p + "/name", d.name());
            add(texts, p + "/description", d.description());
            add(texts, p + "/low", d.low());
            add(texts, p + "/high", d.high());
        }
        for (int s = 0; s < q.sections().size(); s++) {
            Section section = q.sections().get(s);
            add(texts, "/sections/" + s + "/title", section.title());
            add(texts, "/sections/" + s + "/description", section.description());
        }
        for (Layout.QuestionAt at : layout.questions()) {
            Question question = at.question();
            add(texts, at.pointer() + "/text", question.text());
            add(texts, at.pointer() + "/help", question.help());
            for (int o = 0; o < question.choices().size(); o++) {
                add(texts, at.pointer() + "/options/" + o + "/text", question.choices().get(o).text());
            }
            if (question instanceof ScaleQuestion scale) {
                scale.labels().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                        add(texts, Findings.child(at.pointer() + "/labels", String.valueOf(e.getKey())), e.getValue()));
            }
            if (question instanceof NumberQuestion number) {
                add(texts, at.pointer() + "/unit", number.unit());
            }
        }
        return texts;
    }

    private static void add(List<Text> texts, String pointer, Optional<LocalizedText> text) {
        text.ifPresent(t -> add(texts, pointer, t));
    }

    private static void add(List<Text> texts, String pointer, LocalizedText text) {
        texts.add(new Text(pointer, text == null ? new LocalizedText(Map.of()) : text));
    }
}
