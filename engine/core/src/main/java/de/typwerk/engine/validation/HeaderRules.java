package de.typwerk.engine.validation;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.api.model.VersionRange;
import de.typwerk.engine.definition.document.QuestionnaireDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The questionnaire's own fields: version, languages, what it extends, and that it asks something. */
final class HeaderRules implements Rule {

    private static final Pattern LOCALE = Pattern.compile("([a-z]{2,3})(-[A-Z]{2})?");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    /** A date (2024-01-05), which the version grammar would read as 2024 with the label 01-05. */
    private static final Pattern DATE = Pattern.compile("\\s*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\s*");

    /**
     * A version as docs/definition-format.md has it: MAJOR.MINOR.PATCH with an optional label, which
     * follows the whole of it and is made of dot-separated identifiers, a number among them without
     * a leading zero (as semantic versioning has it), where {@link Version#parse} reads {@code 1-rc}
     * as 1.0.0-rc and {@code 24-01-05} as 24.0.0 with the label 01-05. Minor and patch alone may be
     * left out ({@code 1.10}).
     */
    private static final Pattern LABELLED = Pattern.compile(
            "\\s*\\d+(?:\\.\\d+(?:\\.\\d+(?:-(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*)?)?)?\\s*");

    @Override
    public void check(Questionnaire q, Layout layout, Findings out) {
        if (!Version.isValid(q.version()) || DATE.matcher(q.version()).matches()) {
            out.error("invalid-version", "/version", "validation.invalidVersion", String.valueOf(q.version()));
        } else if (!LABELLED.matcher(q.version()).matches()) {
            out.error("invalid-version", "/version", "validation.invalidVersionLabel", q.version().strip());
        }
        List<String> locales = q.locales();
        if (locales.isEmpty()) {
            out.error("no-locales", "/locales", "validation.noLocales");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < locales.size(); i++) {
            String l = locales.get(i);
            if (!isLocale(l)) {
                out.error("unknown-locale", "/locales/" + i, "validation.unknownLocale", l);
            } else if (!seen.add(l)) {
                out.error("duplicate-locale", "/locales/" + i, "validation.duplicateLocale", l);
            }
        }
        q.base().ifPresent(base -> checkExtends(base, out));
        if (QuestionnaireDocument.overlayOf(q).isPresent() && q.base().isEmpty()) {
            out.error("overlay-without-extends", "/overlay", "validation.overlayWithoutExtends");
        }
        if (layout.questions().isEmpty()) {
            out.error("no-questions", q.sections().isEmpty() ? "" : "/sections", "validation.noQuestions");
        }
        for (int s = 0; s < q.sections().size(); s++) {
            if (q.sections().get(s).questions().isEmpty()) {
                out.warning("empty-section", "/sections/" + s, "validation.emptySection", q.sections().get(s).id());
            }
        }
    }

    /** Whether {@code tag} is a language tag we know, like {@code de}, {@code en} or {@code de-AT}. */
    static boolean isLocale(String tag) {
        var m = LOCALE.matcher(tag);
        return m.matches() && LANGUAGES.contains(m.group(1));
    }

    private static void checkExtends(String base, Findings out) {
        int at = base.indexOf('@');
        boolean ok = at > 0 && IdRules.ID.matcher(base.substring(0, at)).matches();
        if (ok) {
            try {
                VersionRange.parse(base.substring(at + 1));
            } catch (IllegalArgumentException e) {
                ok = false;
            }
        }
        if (!ok) {
            out.error("invalid-extends", "/extends", "validation.invalidExtends", base);
        }
    }
}
