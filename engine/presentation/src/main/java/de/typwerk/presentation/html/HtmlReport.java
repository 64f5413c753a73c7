package de.typwerk.presentation.html;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.result.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A result as HTML: the report as a fragment to embed in a page of one's own ({@link #fragment}),
 * or as one complete, self-contained page ({@link #page}, what {@code typwerk report --format html}
 * writes), whose body is that same fragment byte for byte. German unless the locale's language is
 * English; every text of the definition escaped; the charts inline SVG with a text alternative and
 * their numbers as tables; nothing loaded from anywhere, no script, no {@code style} attribute, so
 * the HTML works under a strict Content-Security-Policy. Deterministic: the same result gives the
 * same bytes on every machine and locale. Thread-safe; create once and keep.
 *
 * <p>The fragment needs the stylesheet: a server serves {@link #stylesheet()} at a URL of its own
 * ({@code text/css}) and links it; the page inlines it in a {@code <style>} element that its own
 * Content-Security-Policy allows by hash ({@link #stylesheetHash()}).
 */
public final class HtmlReport {

    /** The report's stylesheet (screen and print, A4), as a class path resource. */
    public static final String STYLESHEET_RESOURCE = "de/typwerk/presentation/html/report.css";
    private static final String STYLESHEET = load(STYLESHEET_RESOURCE);
    private static final String STYLESHEET_HASH = "sha256-" + Base64.getEncoder().encodeToString(sha256(STYLESHEET));

    private final Templates templates;

    /** Loads the precompiled templates (no compiler, no JDK needed). */
    public HtmlReport() {
        this(Templates.precompiled());
    }

    /**
     * The report on templates already loaded.
     *
     * @param templates this module's templates
     */
    public HtmlReport(Templates templates) {
        this.templates = templates;
    }

    /**
     * The report as an HTML fragment: one {@code <div class="tw-report" lang="…">} that starts with
     * the report's {@code <h1>}, for a page that links {@link #stylesheet()} and has no {@code <h1>}
     * of its own.
     *
     * @param result        the result
     * @param questionnaire the definition it belongs to, for what the result does not carry (the
     *                      type's motto and profile, question texts of unanswered questions, the
     *                      source); without it those parts are left out
     * @param language      German, or English when its language is {@code en}
     * @return the fragment, ending with a line break
     */
    public String fragment(Result result, Optional<Questionnaire> questionnaire, Locale language) {
        return fragment(result, questionnaire, Optional.empty(), language);
    }

    /**
     * The report as an HTML fragment ({@link #fragment(Result, Optional, Locale)}), whose head says
     * in words how it was scored: the strategy's own description, when {@code strategy} is the one
     * the result names (its id and version), besides the id and version a result carries.
     *
     * @param result        the result
     * @param questionnaire the definition it belongs to (see {@link #fragment(Result, Optional, Locale)})
     * @param strategy      the loaded strategy of the result's id, if any
     * @param language      German, or English when its language is {@code en}
     * @return the fragment, ending with a line break
     */
    public String fragment(Result result, Optional<Questionnaire> questionnaire, Optional<ScoringStrategy<?>> strategy, Locale language) {
        return fragment(result, questionnaire, strategy, Map.of(), language);
    }

    /**
     * The report as an HTML fragment ({@link #fragment(Result, Optional, Optional, Locale)}) that,
     * where the answers are too few for a type, says what they already tell and which open
     * questions to answer first.
     *
     * @param result        the result
     * @param questionnaire the definition it belongs to
     * @param strategy      the loaded strategy of the result's id, if any
     * @param answers       the answers scored, by question id
     * @param language      German, or English when its language is {@code en}
     * @return the fragment, ending with a line break
     */
    public String fragment(Result result, Optional<Questionnaire> questionnaire, Optional<ScoringStrategy<?>> strategy,
                           Map<String, Answer> answers, Locale language) {
        return render("report/fragment.jte", new ReportView(result, questionnaire, description(result, strategy), answers,
                Labels.of(language)));
    }

    /**
     * The report as an HTML fragment ({@link #fragment(Result, Optional, Optional, Map, Locale)}) for a page that can open a
     * question to change its answer, as the web self-test's report page does: after each answer that counts for no type, a
     * button "Ändern" ("Change") of the page's form {@code changeForm}, {@code go=ask:} and the question's id, named with the
     * question, and after each question without an answer that counts (left open, or answered "weiß nicht") a button
     * "Beantworten" ("Answer") of the same kind; a report file has nothing to change and no such button.
     *
     * @param result        the result
     * @param questionnaire the definition it belongs to
     * @param strategy      the loaded strategy of the result's id, if any
     * @param answers       the answers scored, by question id
     * @param language      German, or English when its language is {@code en}
     * @param changeForm    the id of the page's form that opens a question
     * @return the fragment, ending with a line break
     */
    public String fragment(Result result, Optional<Questionnaire> questionnaire, Optional<ScoringStrategy<?>> strategy,
                           Map<String, Answer> answers, Locale language, String changeForm) {
        return fragment(result, questionnaire, strategy, answers, language, changeForm, null);
    }

    /**
     * The report as an HTML fragment for a page that can open a question to change its answer
     * ({@link #fragment(Result, Optional, Optional, Map, Locale, String)}), shown again after the answer to question
     * {@code changed} was changed there: the list of answers that count for no type is open, and the focus
     * ({@code autofocus}) is on that question's button, or where the new answer left the list on the button of the next
     * question listed (on the list's summary where none follows), so that a person going through the list goes on there.
     *
     * @param result        the result
     * @param questionnaire the definition it belongs to
     * @param strategy      the loaded strategy of the result's id, if any
     * @param answers       the answers scored, by question id
     * @param language      German, or English when its language is {@code en}
     * @param changeForm    the id of the page's form that opens a question
     * @param changed       the id of the question whose answer was just changed from the report, or {@code null}
     * @return the fragment, ending with a line break
     */
    public String fragment(Result result, Optional<Questionnaire> questionnaire, Optional<ScoringStrategy<?>> strategy,
                           Map<String, Answer> answers, Locale language, String changeForm, String changed) {
        return fragment(result, questionnaire, strategy, answers, language, changeForm, changed, false);
    }

    /**
     * The report as an HTML fragment for a page that can open a question to change its answer
     * ({@link #fragment(Result, Optional, Optional, Map, Locale, String, String)}), which also offers a button "Beantworten"
     * ("Answer") after each question listed without an answer that counts (left open, or answered "weiß nicht"), and is shown
     * again after question {@code changed} was answered from one of the two lists. Where it came from the list of questions
     * without an answer that counts ({@code changedWasOpen}), the focus ({@code autofocus}) goes back to that list: to the
     * question's button where it is still listed, else to the next question's listed, else to the sentence that introduces
     * the list, and where the list is gone to the heading of the part ("Abdeckung", "Coverage"); the list of answers that count
     * for no type then stays closed. Otherwise it is as {@link #fragment(Result, Optional, Optional, Map, Locale, String, String)}.
     *
     * @param result         the result
     * @param questionnaire  the definition it belongs to
     * @param strategy       the loaded strategy of the result's id, if any
     * @param answers        the answers scored, by question id
     * @param language       German, or English when its language is {@code en}
     * @param changeForm     the id of the page's form that opens a question
     * @param changed        the id of the question whose answer was just changed from the report, or {@code null}
     * @param changedWasOpen whether that question had no answer that counts before (it was opened from the list of those)
     * @return the fragment, ending with a line break
     */
    public String fragment(Result result, Optional<Questionnaire> questionnaire, Optional<ScoringStrategy<?>> strategy,
                           Map<String, Answer> answers, Locale language, String changeForm, String changed, boolean changedWasOpen) {
        return render("report/fragment.jte", new ReportView(result, questionnaire, description(result, strategy), answers,
                Labels.of(language), Objects.requireNonNull(changeForm, "changeForm"), changed, changedWasOpen));
    }

    /** {@return the description of the strategy that scored the result, when the strategy given is that one} */
    private static Optional<LocalizedText> description(Result result, Optional<ScoringStrategy<?>> strategy) {
        return strategy.filter(s -> s.id().equals(result.strategy().id()) && s.version().toString().equals(result.strategy().version()))
                .map(ScoringStrategy::description);
    }

    /**
     * The report's headline, the outcome in a few words ("Ihr Typ: Der Optimierer", both types of
     * a mixed result, no type, too few answers): what a page showing the report is titled after.
     *
     * @param result        the result
     * @param questionnaire the definition it belongs to (see {@link #fragment})
     * @param language      German, or English when its language is {@code en}
     * @return the headline, as the report's outcome box has it
     */
    public String headline(Result result, Optional<Questionnaire> questionnaire, Locale language) {
        return new ReportView(result, questionnaire, Optional.empty(), Labels.of(language)).headline().plain();
    }

    /**
     * The report as one complete page: the {@linkplain #fragment fragment} in a {@code <main>}, the
     * stylesheet inlined, and a Content-Security-Policy of its own that allows nothing but that
     * stylesheet. Opens from a file with no network; prints as a clean A4 report.
     *
     * @param result        the result
     * @param questionnaire the definition it belongs to (see {@link #fragment})
     * @param language      German, or English when its language is {@code en}
     * @return the page
     */
    public String page(Result result, Optional<Questionnaire> questionnaire, Locale language) {
        return page(result, questionnaire, Optional.empty(), language);
    }

    /**
     * The report as one complete page ({@link #page(Result, Optional, Locale)}), whose head says in
     * words how it was scored (see {@link #fragment(Result, Optional, Optional, Locale)}).
     *
     * @param result        the result
     * @param questionnaire the definition it belongs to
     * @param strategy      the loaded strategy of the result's id, if any
     * @param language      German, or English when its language is {@code en}
     * @return the page
     */
    public String page(Result result, Optional<Questionnaire> questionnaire, Optional<ScoringStrategy<?>> strategy, Locale language) {
        return page(result, questionnaire, strategy, Map.of(), language);
    }

    /**
     * The report as one complete page ({@link #page(Result, Optional, Optional, Locale)}) that, where
     * the answers are too few for a type, says what they already tell and which open questions to
     * answer first.
     *
     * @param result        the result
     * @param questionnaire the definition it belongs to
     * @param strategy      the loaded strategy of the result's id, if any
     * @param answers       the answers scored, by question id
     * @param language      German, or English when its language is {@code en}
     * @return the page
     */
    public String page(Result result, Optional<Questionnaire> questionnaire, Optional<ScoringStrategy<?>> strategy,
                       Map<String, Answer> answers, Locale language) {
        ReportView view = new ReportView(result, questionnaire, description(result, strategy), answers, Labels.of(language));
        return page(view.lang(), view.documentTitle(), render("report/fragment.jte", view));
    }

    /**
     * A complete, self-contained page around a fragment made by this module's templates: the
     * stylesheet inlined, the page's own strict Content-Security-Policy.
     *
     * @param lang  the page's language tag
     * @param title the document's title
     * @param body  the fragment, already HTML, placed in the page's {@code <main>} as it is
     * @return the page
     */
    public String page(String lang, String title, String body) {
        return render("report/page.jte", new Page(lang, title, body));
    }

    /**
     * What the page template places.
     *
     * @param lang  the page's language
     * @param title the document's title
     * @param body  the fragment in its {@code <main>}, already HTML
     */
    public record Page(String lang, String title, String body) {

        /** {@return the stylesheet, inlined} */
        public String stylesheet() {
            return STYLESHEET;
        }

        /** {@return the page's own Content-Security-Policy: nothing but its inlined stylesheet} */
        public String policy() {
            return "default-src 'none'; style-src '" + STYLESHEET_HASH + "'; base-uri 'none'; form-action 'none'";
        }
    }

    /** {@return the stylesheet of the report (and its charts), for a server to serve as {@code text/css}} */
    public static String stylesheet() {
        return STYLESHEET;
    }

    /**
     * {@return the stylesheet's hash as a CSP source, {@code sha256-…}: a page that inlines
     * {@link #stylesheet()} in a {@code <style>} element allows it with {@code style-src 'sha256-…'}}
     */
    public static String stylesheetHash() {
        return STYLESHEET_HASH;
    }

    private String render(String template, Object model) {
        return templates.render(template, model);
    }

    private static String load(String resource) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
