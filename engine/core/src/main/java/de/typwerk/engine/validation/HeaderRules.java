package de.typwerk.engine.validation;

import de.typwerk.api.model.Questionnaire;
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

    @Override
    public void check(Questionnaire q, Layout layout, Findings out) {
        if (VersionText.labelOnlyAmiss(q.version())) {
            out.error("invalid-version", "/version", "validation.invalidVersionLabel", q.version().strip());
        } else if (!VersionText.wellFormed(q.version())) {
            out.error("invalid-version", "/version", "validation.invalidVersion", String.valueOf(q.version()));
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
