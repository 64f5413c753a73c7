package de.typwerk.server;

import de.typwerk.presentation.Language;
import de.typwerk.presentation.answers.AnswersDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.presentation.html.selftest.Carried;
import de.typwerk.presentation.html.selftest.ErrorPage;
import de.typwerk.presentation.html.selftest.Frame;
import de.typwerk.presentation.html.selftest.Pages;
import de.typwerk.presentation.html.selftest.QuestionPage;
import de.typwerk.presentation.html.selftest.ReportPage;
import de.typwerk.presentation.html.selftest.Resend;
import de.typwerk.presentation.html.selftest.StartPage;
import de.typwerk.presentation.html.selftest.Texts;
import de.typwerk.presentation.html.HtmlReport;
import de.typwerk.presentation.html.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web self-test that {@code typwerk serve} offers beside its API (docs/http.md, "The web
 * self-test"): a start page listing the loaded questionnaires, one page per question asked, and
 * the report; HTML forms that work without JavaScript, under a strict Content-Security-Policy.
 * Nothing is kept on the server: each form carries the answers so far as an answers file in a
 * hidden field, which the engine reads again on every post (so a changed form is refused like a
 * wrong answers file), and which the person can download and upload again to resume.
 *
 * <p>Routes: {@code GET /} the start page, {@code POST /} an answers file uploaded to resume,
 * {@code GET /self-test/{id}} the first question, {@code POST /self-test/{id}} a question's page
 * (or the report's) sent, {@code GET /assets/selftest.css} the stylesheet. A request whose
 * {@code Accept} asks for JSON gets the API's problem documents instead of error pages.
 */
final class SelfTest {

    /** The longest address the language switch of an error page repeats (2,000 characters, what every browser carries). */
    private static final int LONGEST_ADDRESS = 2_000;

    static final String STYLESHEET = "/assets/selftest.css";
    static final String REPORT_STYLESHEET = "/assets/report.css";
    private static final List<String> PAGE = List.of(STYLESHEET);
    private static final List<String> REPORT = List.of(STYLESHEET, REPORT_STYLESHEET);
    private static final String STYLESHEET_RESOURCE = "de/typwerk/presentation/html/selftest/selftest.css";
    private static final String PREFIX = "self-test";
    /** Largest upload: an answers file at the engine's limit, and the multipart framing around it. */
    static final int MAX_UPLOAD_BYTES = HttpApi.MAX_ANSWERS_BYTES + 64 * 1024;
    /** Every page's policy: nothing but the server itself; no inline script or style; no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    private static final Pattern UPLOADED_NAME = Pattern.compile("[\\p{L}\\p{N} ._()+-]{1,100}");
    private static final Pattern RANK = Pattern.compile("rank-([1-9][0-9]{0,2})");
    private static final Set<String> FORM_FIELDS = Set.of("answers", "at", "go", "answer");
    /**
     * The report form's {@code go} that opens a question, an open one it suggests or one whose answer counts for no type:
     * {@code ask:} and the question's id.
     */
    private static final String ASK = "ask:";
    /** The header's form's {@code go} that shows the page in the language it posts to, the answers as they are. */
    private static final String LANGUAGE = "language";
    /** {@link #LANGUAGE} for a question opened from the report, whose answer goes back to it. */
    private static final String LANGUAGE_TO_REPORT = "language:report";
    /**
     * A question page's {@code go} of the language switch: {@link #LANGUAGE}, {@code :report}, {@code :} and the language to
     * show, and {@link #REFUSED} where the page showed the entry refused, which is judged again there.
     */
    private static final Pattern SWITCH = Pattern.compile("language(:report)?(?::(de|en)(:refused)?)?");
    /** The end of a language switch's {@code go} on a page that refused what was entered: the page in the other language says why too. */
    private static final String REFUSED = ":refused";
    /** The id of a question page's form, whose button the header's language switch is. */
    private static final String QUESTION_FORM = "question";

    /** Runs a scoring within the server's slots for scoring ({@code --threads}). */
    interface Slots {
        ScoreRun score(Supplier<ScoreRun> scoring) throws IOException;
    }

    private static final HtmlReport REPORTS = new HtmlReport();

    private final ObjectMapper json;
    private final Slots slots;

    SelfTest(ObjectMapper json, Slots slots) {
        this.json = json;
        this.slots = slots;
    }

    /** A request the self-test answers with an error page (or a problem document, for JSON clients). */
    private static final class Refusal extends Exception {

        final int status;
        final String message;
        final List<String> details;
        final Optional<Carried> kept;
        /** The refused form as it was sent (its fields and button, not yet where to), for the page to send again in the other language. */
        final Optional<Resend> sent;
        /** The key of the page's heading and title, where it is not the one of its status (see {@link #headingKey}). */
        final String heading;

        Refusal(int status, String message, List<String> details) {
            this(status, message, details, Optional.empty(), Optional.empty(), headingKey(status));
        }

        private Refusal(int status, String message, List<String> details, Optional<Carried> kept, Optional<Resend> sent,
                        String heading) {
            super(message, null, false, false);
            this.status = status;
            this.message = message;
            this.details = details;
            this.kept = kept;
            this.sent = sent;
            this.heading = heading;
        }

        /** {@return this refusal, with the answers the refused form carried for its page to offer, and the form as it was sent} */
        Refusal keeping(Optional<Carried> answers, Resend form) {
            return new Refusal(status, message, details, answers, Optional.of(form), heading);
        }

        /** {@return this refusal, its page headed by the text of {@code key}} */
        Refusal headed(String key) {
            return new Refusal(status, message, details, kept, sent, key);
        }
    }

    /** What a page sends; a {@link Refusal} becomes the error page (or, for a JSON client, the problem document). */
    private interface Answer {
        void send(Texts texts) throws Refusal, IOException;
    }

    /**
     * Answers with a page in {@code language}: what {@code answer} sends, or its refusal as an
     * error page.
     *
     * @throws Failure where the client asks for JSON: the problem document instead of an error page
     */
    private static void answer(HttpExchange exchange, Language language, Answer answer) throws Failure, IOException {
        Texts texts = Texts.in(language.tag());
        try {
            answer.send(texts);
        } catch (Refusal r) {
            // refused from its headers alone (a form's Content-Type, a page not there): answered at once, its body not awaited
            if (Responses.unread(exchange) == null) drain(exchange);
            if (wantsJson(exchange)) {
                String detail = r.details.isEmpty() ? r.message : r.message + " " + String.join(" ", r.details);
                Failure f = new Failure(r.status, detail);
                if (r.status == 405) f.with("Allow", exchange.getResponseHeaders().getFirst("Allow"));
                throw f;
            }
            String heading = texts.get(r.heading);
            // the same page in the other language: a page asked for by a link to it there, a form refused by sending it there again
            // as it was sent (the answers it carried and what was entered on its page, nothing lost); what cannot be sent again (an
            // upload, a form too large to read, another method) by a link to the start page there, where this page's own link leads
            String method = exchange.getRequestMethod();
            boolean asked = method.equals("GET") || method.equals("HEAD");
            Resend again = r.sent.map(f -> new Resend(otherAddress(exchange, texts), true, f.fields(), f.go())).orElse(null);
            String link = asked ? otherAddress(exchange, texts) : again == null ? "/?lang=" + other(texts) : null;
            // a page that keeps the answers a refused form carried says that the start page loses them
            Frame frame = new Frame(texts, texts.get("error.prefix") + " " + heading, PAGE, link, null, r.kept.isPresent(), again);
            sendPage(exchange, r.status, texts, Pages.error(new ErrorPage(frame, heading, r.status, r.message, r.details, home(texts), r.kept)));
        }
    }

    /** The key of an error page's heading and title: what kind of thing went wrong, by the answer's status. */
    private static String headingKey(int status) {
        return switch (status) {
            case 404 -> "error.title.not-found";
            case 405 -> "error.title.method";
            case 413 -> "error.title.too-large";
            case 422, 500 -> "error.title.scoring";
            default -> "error.title.form";
        };
    }

    /** {@code GET /}: the start page, listing the loaded questionnaires. */
    void start(HttpExchange exchange, Language language, Typwerk engine) throws Failure, IOException {
        answer(exchange, language, texts -> sendPage(exchange, 200, texts, Pages.start(startPage(texts, engine, List.of()))));
    }

    /** {@code POST /}: an answers file uploaded on the start page, to resume with. */
    void resume(HttpExchange exchange, Language language, Typwerk engine) throws Failure, IOException {
        answer(exchange, language, texts -> resume(exchange, texts, engine));
    }

    /**
     * {@code GET /self-test/{id}}: the first question, its switch to the other language a button of
     * its form as on every question's page, so that an option picked before the switch stays picked.
     */
    void begin(HttpExchange exchange, Language language, Typwerk engine, String id) throws Failure, IOException {
        answer(exchange, language, texts -> {
            SelfTestWalk walk = walk(engine, id, texts);
            Optional<Question> first = walk.firstOpen(SelfTestWalk.State.EMPTY);
            if (first.isEmpty()) {
                begin(exchange, walk, texts, SelfTestWalk.State.EMPTY);
                return;
            }
            // the page a link asks for: its address in either language in the head, for search engines and browsers
            List<Frame.Alternate> alternates = List.of(new Frame.Alternate("de", action(walk.questionnaire(), Texts.in("de"))),
                    new Frame.Alternate("en", action(walk.questionnaire(), Texts.in("en"))));
            sendPage(exchange, 200, texts, questionPage(walk, texts, SelfTestWalk.State.EMPTY, first.get(), Optional.empty(), List.of(), null,
                    false, alternates));
        });
    }

    /** {@code POST /self-test/{id}}: a question's page or the report's sent. */
    void answer(HttpExchange exchange, Language language, Typwerk engine, String id) throws Failure, IOException {
        answer(exchange, language, texts -> post(exchange, walk(engine, id, texts), texts, engine));
    }

    /** {@code GET /assets/selftest.css}. */
    void stylesheet(HttpExchange exchange, Language language) throws Failure, IOException {
        answer(exchange, language, texts -> sendAsset(exchange, resource(STYLESHEET_RESOURCE), "text/css; charset=utf-8"));
    }

    /** {@code GET /assets/report.css}: the report's own stylesheet. */
    void reportStylesheet(HttpExchange exchange, Language language) throws Failure, IOException {
        answer(exchange, language, texts -> sendAsset(exchange, HtmlReport.stylesheet().getBytes(StandardCharsets.UTF_8), "text/css; charset=utf-8"));
    }

    /**
     * A page the server cannot take now, being too busy ({@code --max-requests} in flight) or
     * stopping: 503, in the page's language, with what to do. A page's form sent is offered again
     * with every field as it was sent (the answers carried, what was entered on the page) and its
     * button, so nothing is lost; a page asked for, by a link to it. (An upload cannot be offered
     * again: a page cannot fill in a file field.)
     */
    void unavailable(HttpExchange exchange, Language language, boolean stopping) throws IOException {
        Texts texts = Texts.in(language.tag());
        Optional<Resend> again = again(exchange);
        drain(exchange);
        String heading = texts.get("error.title.unavailable");
        // the same page in the other language: the request made again there
        String elsewhere = otherAddress(exchange, texts);
        // what cannot be sent again (an upload) offers the start page there, where this page's own link leads
        Frame frame = new Frame(texts, texts.get("error.prefix") + " " + heading, PAGE,
                again.isEmpty() ? "/?lang=" + other(texts) : again.filter(a -> !a.post()).map(a -> elsewhere).orElse(null),
                null, again.map(Resend::post).orElse(false),
                again.filter(Resend::post).map(a -> new Resend(elsewhere, true, a.fields(), switchedGo(a.go(), texts))).orElse(null));
        sendPage(exchange, 503, texts, Pages.error(new ErrorPage(frame, heading, 503, texts.get(stopping ? "error.stopping" : "error.busy"),
                List.of(), home(texts), Optional.empty(), again)));
    }

    /**
     * {@return the address asked for, in the other language: its path (empty segments dropped, as
     * {@link #again}) and query, its {@code lang} the other language's}
     */
    private static String otherAddress(HttpExchange exchange, Texts texts) {
        String query = exchange.getRequestURI().getRawQuery();
        List<String> kept = new ArrayList<>();
        if (query != null) {
            for (String pair : query.split("&", -1)) {
                if (!pair.isEmpty() && !pair.split("=", 2)[0].equals("lang")) kept.add(pair);
            }
        }
        kept.add("lang=" + other(texts));
        String address = "/" + String.join("/", Route.segments(Route.rawPath(exchange.getRequestURI()))) + "?" + String.join("&", kept);
        // an address longer than browsers and proxies reliably carry is no page of the self-test: its start page in the other
        // language, where a page repeating the address whole would be as long as what was sent
        return address.length() <= LONGEST_ADDRESS ? address : "/?lang=" + other(texts);
    }

    /** A form's button sent again in the other language: a language switch's, which names the language, naming the other. */
    private static String switchedGo(String go, Texts texts) {
        Matcher switched = SWITCH.matcher(go);
        return switched.matches() && switched.group(2) != null
                ? go.substring(0, switched.start(2)) + other(texts) + go.substring(switched.end(2)) : go;
    }

    /** The request to make again: a page's form as it was sent, or the page asked for; empty for an upload or a form that does not read. */
    private static Optional<Resend> again(HttpExchange exchange) {
        // the address as asked for, its empty segments dropped: never "//host/…", which a browser would take for another server
        String query = exchange.getRequestURI().getRawQuery();
        String action = "/" + String.join("/", Route.segments(Route.rawPath(exchange.getRequestURI()))) + (query == null ? "" : "?" + query);
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) return Optional.of(new Resend(action, false, List.of(), ""));
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.split(";", -1)[0].strip().equalsIgnoreCase("application/x-www-form-urlencoded")) return Optional.empty();
        try {
            FormBody form = FormBody.read(exchange.getRequestBody());
            List<Resend.Field> fields = new ArrayList<>();
            for (String name : form.names()) {
                if (name.equals("go")) continue;
                for (String value : form.all(name)) fields.add(new Resend.Field(name, value));
            }
            return Optional.of(new Resend(action, true, fields, form.all("go").stream().findFirst().orElse("next")));
        } catch (FormBody.Refused | IOException unreadable) {
            return Optional.empty();
        }
    }

    /** A path among the pages' that has no page: 404. */
    void notFound(HttpExchange exchange, Language language) throws Failure, IOException {
        answer(exchange, language, texts -> {
            throw new Refusal(404, texts.get("error.not-found", Route.path(exchange.getRequestURI())), List.of());
        });
    }

    /**
     * A page whose address the server cannot take as it is (a language it does not speak, a
     * parameter given twice): 400, with what is wrong ({@code message}, in {@code language}).
     */
    void badAddress(HttpExchange exchange, Language language, String message) throws Failure, IOException {
        answer(exchange, language, texts -> {
            throw new Refusal(400, message, List.of());
        });
    }

    /** A page asked for with a method it does not take: 405, naming those it takes. */
    void wrongMethod(HttpExchange exchange, Language language, String method, String allowed) throws Failure, IOException {
        answer(exchange, language, texts -> {
            exchange.getResponseHeaders().set("Allow", allowed);
            throw new Refusal(405, texts.get("error.method", method, allowed), List.of());
        });
    }

    private SelfTestWalk walk(Typwerk engine, String id, Texts texts) throws Refusal {
        LoadedQuestionnaire loaded = engine.questionnaire(id).orElseThrow(
                () -> new Refusal(404, texts.get("error.no-questionnaire", Route.shown(id)), List.of()));
        return new SelfTestWalk(engine, loaded.questionnaire(), texts, json);
    }

    // ---- pages ----

    private StartPage startPage(Texts texts, Typwerk engine, List<String> problems) {
        List<StartPage.Entry> entries = new ArrayList<>();
        for (LoadedQuestionnaire l : engine.questionnaires()) {
            Questionnaire q = l.questionnaire();
            String lang = texts.language();
            entries.add(new StartPage.Entry(q.title().get(lang, q.defaultLocale()),
                    q.description().map(d -> d.get(lang, q.defaultLocale())).orElse(""), q.version(), q.questions().size(),
                    q.questions().stream().anyMatch(question -> question.when().isPresent()),
                    "/" + PREFIX + "/" + encode(q.coordinates()) + "?lang=" + lang, q.locales().contains(lang) ? null : q.defaultLocale()));
        }
        String other = other(texts);
        // a refused upload is said in the title too, as a question's page says a refused answer: the first thing a screen reader reads
        String title = (problems.isEmpty() ? "" : texts.get("error.prefix") + " ") + texts.get("start.title");
        Frame frame = new Frame(texts, title, PAGE, "/?lang=" + other)
                .withAlternates(List.of(new Frame.Alternate("de", "/?lang=de"), new Frame.Alternate("en", "/?lang=en")));
        return new StartPage(frame, entries, "/?lang=" + texts.language(), problems);
    }

    /** The first open question of a state (the first question, for a new one), or the report when none is open. */
    private void begin(HttpExchange exchange, SelfTestWalk walk, Texts texts, SelfTestWalk.State state) throws IOException, Refusal {
        Optional<Question> open = walk.firstOpen(state);
        if (open.isPresent()) {
            sendPage(exchange, 200, texts, questionPage(walk, texts, state, open.get(), Optional.empty(), List.of()));
        } else {
            report(exchange, walk, texts, state);
        }
    }

    private String questionPage(SelfTestWalk walk, Texts texts, SelfTestWalk.State state, Question q, Optional<JsonNode> sent,
                                List<Problem> problems) {
        // a question's page has no link to itself in the other language, which would lose the answers, but a button of its form that sends them
        return questionPage(walk, texts, state, q, sent, problems, null, false);
    }

    private String questionPage(SelfTestWalk walk, Texts texts, SelfTestWalk.State state, Question q, Optional<JsonNode> sent,
                                List<Problem> problems, String otherLanguage, boolean toReport) {
        return questionPage(walk, texts, state, q, sent, problems, otherLanguage, toReport, List.of());
    }

    private String questionPage(SelfTestWalk walk, Texts texts, SelfTestWalk.State state, Question q, Optional<JsonNode> sent,
                                List<Problem> problems, String otherLanguage, boolean toReport, List<Frame.Alternate> alternates) {
        List<Question> asked = walk.asked(state);
        int position = SelfTestWalk.indexOf(asked, q.id()) + 1;
        List<Phrase> messages = problems.stream().map(p -> walk.message(p, sent)).distinct().toList();
        Phrase error = Phrase.join(" ", messages);
        de.typwerk.presentation.html.selftest.Field field = walk.field(q, state, sent, error);
        // the summary names the question: its link leads to the field, where the heading may be out of view
        List<QuestionPage.ErrorLink> errors = problems.stream().map(p -> walk.summaryMessage(p, sent, q)).distinct()
                .map(m -> new QuestionPage.ErrorLink("#" + field.anchor(), m)).toList();
        Questionnaire questionnaire = walk.questionnaire();
        // the title cannot mark a part with its language: where the questionnaire is not in the page's, it says the question's place in the page's words
        // the step first, as the page's progress says it, then the question: what a screen reader says of the page when it opens,
        // and what the tabs and the history tell apart
        String step = texts.get("question.progress", position, asked.size());
        String named = walk.textLang() == null ? step + ": " + walk.text(q.text()) : step;
        String title = (errors.isEmpty() ? "" : texts.get("error.prefix") + " ") + named;
        Carried form = new Carried(action(questionnaire, texts), walk.document(state), q.id());
        Frame frame = new Frame(texts, title, PAGE, otherLanguage,
                otherLanguage == null ? elsewhere(questionnaire, texts, form, toReport, !errors.isEmpty()) : null, !state.answers().isEmpty())
                .withAlternates(alternates);
        return Pages.question(new QuestionPage(frame, walk.text(questionnaire.title()), walk.text(walk.sectionOf(q).title()), position,
                asked.size(), field, errors, form, position <= 1, walk.textLang(), toReport));
    }

    private void report(HttpExchange exchange, SelfTestWalk walk, Texts texts, SelfTestWalk.State state) throws IOException, Refusal {
        report(exchange, walk, texts, state, null, false);
    }

    /** Whether {@code answer} to {@code question} counts as none in the report: none given, or its "don't know" option alone. */
    private static boolean withoutAnswer(Question question, de.typwerk.api.model.Answer answer) {
        if (answer == null) return true;
        List<String> picked = answer instanceof de.typwerk.api.model.Answer.Choice c ? List.of(c.option())
                : answer instanceof de.typwerk.api.model.Answer.Choices c ? c.options() : List.of();
        return picked.size() == 1 && question.choices().stream().anyMatch(o -> o.id().equals(picked.get(0)) && o.noAnswer());
    }

    /**
     * The report of a state; {@code changed}, where not {@code null}, the question just answered on a page opened from the
     * report, whose list of answers that count for no type then opens with the focus on that answer's button, or on the
     * next one's where the new answer left the list, so that a person going through them goes on where they were; where it
     * had no answer that counts before ({@code changedWasOpen}), in the list of questions without one, in the same way.
     */
    private void report(HttpExchange exchange, SelfTestWalk walk, Texts texts, SelfTestWalk.State state, String changed,
                        boolean changedWasOpen) throws IOException, Refusal {
        Result result = score(walk, texts, state, exchange);
        if (result == null) return;
        Questionnaire questionnaire = walk.questionnaire();
        String kind = result.outcome() instanceof Outcome.Primary ? "primary"
                : result.outcome() instanceof Outcome.Mixed ? "mixed" : result.outcome() instanceof Outcome.None ? "none" : "insufficient";
        String type = result.outcome() instanceof Outcome.Primary p ? p.type() : "";
        // the open questions the report suggests, each a way to answer it now and come back
        List<ReportPage.AnswerNow> answerNow = de.typwerk.presentation.SoFar.of(result, Optional.of(questionnaire), state.answers())
                .map(s -> s.suggested().stream().map(q -> new ReportPage.AnswerNow(q.id(), walk.text(q.text()))).toList())
                .orElse(List.of());
        // each answer that counts for no type a button of the page's form that opens its question, whose answer comes back here;
        // a question answered from those comes back with the focus there (not from the questions suggested above, which come first)
        String report = REPORTS.fragment(result, Optional.of(questionnaire), walk.strategy(result), state.answers(),
                Locale.forLanguageTag(texts.language()), ReportPage.FORM, answerNow.isEmpty() ? changed : null, changedWasOpen);
        // titled after the outcome: the first thing a screen reader says of the page, and what a tab or the history shows
        String headline = REPORTS.headline(result, Optional.of(questionnaire), Locale.forLanguageTag(texts.language()));
        Carried form = new Carried(action(questionnaire, texts), walk.document(state), "");
        Frame frame = new Frame(texts, headline, REPORT, null, elsewhere(questionnaire, texts, form, false, false), !state.answers().isEmpty());
        sendPage(exchange, 200, texts, Pages.report(new ReportPage(frame, kind, type, report, form, answerNow, walk.textLang())));
    }

    /**
     * The state scored; when the engine refuses it (a required question left open: a changed form
     * or an uploaded file), the page of the first question it names, with the problem, is sent
     * instead and {@code null} returned.
     */
    private Result score(SelfTestWalk walk, Texts texts, SelfTestWalk.State state, HttpExchange exchange) throws IOException, Refusal {
        byte[] document = walk.document(state).getBytes(StandardCharsets.UTF_8);
        ScoreRun run = slots.score(() -> walk.engineScore(document));
        if (run instanceof ScoreRun.Done done) return done.result();
        for (Problem p : run.problems()) {
            Optional<Question> named = walk.questionAt(p.location().pointer());
            if (named.isPresent() && SelfTestWalk.indexOf(walk.asked(state), named.get().id()) >= 0) {
                List<Problem> own = run.problems().stream().filter(x -> x.location().pointer().equals(p.location().pointer())).toList();
                sendPage(exchange, 422, texts, questionPage(walk, texts, state, named.get(), Optional.empty(), own));
                return null;
            }
        }
        // the plugin's strategy failed: its fault, as the API says with 500; else the questionnaire cannot be scored as it stands
        boolean strategyFailed = run.problems().stream().anyMatch(p -> p.code().startsWith("strategy-"));
        throw new Refusal(strategyFailed ? 500 : 422, texts.get("error.scoring"), run.problems().stream().map(walk::message).toList());
    }


    // ---- posts ----

    private void post(HttpExchange exchange, SelfTestWalk walk, Texts texts, Typwerk engine) throws IOException, Refusal {
        FormBody form;
        try {
            requireForm(exchange, texts);
            form = FormBody.read(exchange.getRequestBody());
        } catch (FormBody.Refused r) {
            throw r.tooLarge ? new Refusal(413, texts.get(r.key, r.arguments), List.of())
                    : new Refusal(400, texts.get("error.form"), List.of(texts.get(r.key, r.arguments)));
        }
        Optional<Carried> kept = kept(walk, texts, form);
        // the form as sent, for a page that refuses it to send again in the other language
        List<Resend.Field> fields = new ArrayList<>();
        for (String name : form.names()) {
            if (name.equals("go")) continue;
            for (String value : form.all(name)) fields.add(new Resend.Field(name, value));
        }
        Resend asSent = new Resend("", true, fields, switchedGo(form.all("go").stream().findFirst().orElse("next"), texts));
        try {
            Map<Integer, String> ranks = new LinkedHashMap<>();
            for (String name : form.names()) {
                Matcher rank = RANK.matcher(name);
                if (rank.matches()) {
                    ranks.put(Integer.parseInt(rank.group(1)), form.one(name).orElse(""));
                } else if (!FORM_FIELDS.contains(name)) {
                    throw new Refusal(400, texts.get("error.form"), List.of(texts.get("error.form.unknown-field", name)));
                }
            }
            String carried = form.one("answers").orElseThrow(() -> new Refusal(400, texts.get("error.form"), List.of(texts.get("error.form.no-answers"))));
            String at = form.one("at").orElse("");
            String go = form.one("go").orElse("next");
            SelfTestWalk.State state = carried(walk, texts, carried);
            if (at.isEmpty()) {
                // the report page's form
                switch (go) {
                    case "download" -> sendAnswers(exchange, walk, texts, state);
                    case LANGUAGE -> report(exchange, walk, texts, state);
                    case "result" -> sendResult(exchange, walk, texts, state);
                    // the error page's form: on with the answers a refused form carried
                    case "resume" -> begin(exchange, walk, texts, state);
                    case "back" -> {
                        List<Question> asked = walk.asked(state);
                        if (asked.isEmpty()) throw new Refusal(400, texts.get("error.form"), List.of(texts.get("error.form.no-previous")));
                        sendPage(exchange, 200, texts, questionPage(walk, texts, state, asked.get(asked.size() - 1), Optional.empty(), List.of()));
                    }
                    default -> {
                        if (!go.startsWith(ASK)) {
                            report(exchange, walk, texts, state);
                            return;
                        }
                        // an open question the report suggested, or an answer of the report's that counts for no type: its page,
                        // with the answer it has, whose answer comes back to the report
                        String id = go.substring(ASK.length());
                        List<Question> asked = walk.asked(state);
                        int index = SelfTestWalk.indexOf(asked, id);
                        if (index < 0) throw new Refusal(400, texts.get("error.form"), List.of(texts.get("error.form.not-asked", id)));
                        sendPage(exchange, 200, texts, questionPage(walk, texts, state, asked.get(index), Optional.empty(), List.of(), null, true));
                    }
                }
                return;
            }
            List<Question> asked = walk.asked(state);
            int index = SelfTestWalk.indexOf(asked, at);
            if (index < 0) throw new Refusal(400, texts.get("error.form"), List.of(texts.get("error.form.not-asked", at)));
            Question q = asked.get(index);
            if (!ranks.isEmpty() && !(q.kind() == de.typwerk.api.model.QuestionKind.RANKING)) {
                throw new Refusal(400, texts.get("error.form"), List.of(texts.get("error.form.not-a-ranking", at)));
            }
            Matcher switched = SWITCH.matcher(go);
            if (switched.matches()) {
                // the header's switch, a button of the question's form posting to the page in the other language (formaction, so
                // the address shown is the page's): the same question in the language its value names (a page of an older server:
                // the language of the address it posts to), with what was entered on the page, not judged (no refusal for a change
                // of language); read as the page it came from wrote it, in the other language (12.500 on the German page is twelve
                // thousand five hundred), what does not read shown as typed
                Texts to = switched.group(2) == null ? texts : Texts.in(switched.group(2));
                SelfTestWalk there = to.language().equals(texts.language()) ? walk : new SelfTestWalk(engine, walk.questionnaire(), to, json);
                Texts source = Texts.in(other(to));
                SelfTestWalk from = source.language().equals(texts.language()) ? walk : new SelfTestWalk(engine, walk.questionnaire(), source, json);
                Optional<JsonNode> entered = q.kind() == de.typwerk.api.model.QuestionKind.RANKING ? SelfTestWalk.places(ranks)
                        : from.sent(q, form.all("answer"), ranks);
                // nothing entered is shown as nothing, not as the answer the page had before it was cleared
                JsonNode shown = entered.orElseGet(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance::arrayNode);
                // a page that refused the entry says why in the other language too, as long as what is entered now is refused: a
                // number the page it came from could not read (12.000 on the English page) as this page reads it, as it shows it and
                // as going on takes it (twelve thousand on the German page), not refused there as a text
                Optional<JsonNode> judged = entered.filter(JsonNode::isTextual).isPresent() && q instanceof de.typwerk.api.model.NumberQuestion
                        ? there.sent(q, form.all("answer"), ranks) : from.sent(q, form.all("answer"), ranks);
                List<Problem> problems = switched.group(3) != null
                        && there.answer(state, q, judged) instanceof SelfTestWalk.Outcome.Refused refused
                        ? refused.problems() : List.of();
                sendPage(exchange, problems.isEmpty() ? 200 : 422, to,
                        questionPage(there, to, state, q, Optional.of(shown), problems, null, switched.group(1) != null));
                return;
            }
            Optional<JsonNode> sent = walk.sent(q, form.all("answer"), ranks);
            SelfTestWalk.Outcome outcome = walk.answer(state, q, sent);
            if (go.equals("back")) {
                // going back keeps what was entered when it is a valid answer, and never stops for a wrong one
                SelfTestWalk.State now = outcome instanceof SelfTestWalk.Outcome.Taken t ? t.state() : state;
                Optional<Question> previous = walk.previous(now, q);
                sendPage(exchange, 200, texts, questionPage(walk, texts, now, previous.orElse(q), Optional.empty(), List.of()));
                return;
            }
            if (!go.equals("next") && !go.equals("download") && !go.equals("report")) {
                throw new Refusal(400, texts.get("error.form"), List.of(texts.get("error.form.go", go, "next, back, download, report")));
            }
            if (outcome instanceof SelfTestWalk.Outcome.Refused refused) {
                // a ranking's places are shown again where they were chosen: the answer sent closes a place left open
                // a number refused is shown as it was typed (1.5 stays 1.5 on the German page, 1.000.000,5 keeps its points), not as
                // the page would write the number it read, which put a comma where the person had typed a point
                Optional<JsonNode> shown = q.kind() == de.typwerk.api.model.QuestionKind.RANKING ? SelfTestWalk.places(ranks)
                        : sent.map(v -> v.isNumber() ? SelfTestWalk.typed(form.all("answer")) : v);
                sendPage(exchange, 422, texts, questionPage(walk, texts, state, q, shown, refused.problems(), null, go.equals("report")));
                return;
            }
            SelfTestWalk.State now = ((SelfTestWalk.Outcome.Taken) outcome).state();
            if (go.equals("download")) {
                sendAnswers(exchange, walk, texts, now);
                return;
            }
            if (go.equals("report")) {
                // a question opened from the report goes back to it, where the person was: in its answers that count for no type,
                // or, where the question had no answer that counts (open, or "weiß nicht"), in its questions without one
                report(exchange, walk, texts, now, q.id(), withoutAnswer(q, state.answers().get(q.id())));
                return;
            }
            Optional<Question> next = walk.following(now, q);
            if (next.isPresent()) {
                sendPage(exchange, 200, texts, questionPage(walk, texts, now, next.get(), Optional.empty(), List.of()));
            } else {
                report(exchange, walk, texts, now);
            }
        } catch (FormBody.Refused r) {
            throw new Refusal(400, texts.get("error.form"), List.of(texts.get(r.key, r.arguments))).keeping(kept, asSent);
        } catch (Refusal r) {
            throw r.keeping(kept, asSent);
        }
    }

    /**
     * The answers a form carries when they read as this questionnaire's, whatever else is wrong
     * with the form: what the page that refuses it offers to go on with.
     */
    private static Optional<Carried> kept(SelfTestWalk walk, Texts texts, FormBody form) {
        List<String> answers = form.all("answers");
        if (answers.size() != 1) return Optional.empty();
        try {
            SelfTestWalk.State state = carried(walk, texts, answers.get(0));
            return Optional.of(new Carried(action(walk.questionnaire(), texts), walk.document(state), ""));
        } catch (Refusal r) {
            return Optional.empty();
        }
    }

    /** The answers a form carries, read by the engine; a form changed so that they do not read is refused. */
    private static SelfTestWalk.State carried(SelfTestWalk walk, Texts texts, String carried) throws Refusal {
        AnswersRead read = walk.read(SelfTestWalk.SOURCE, carried.getBytes(StandardCharsets.UTF_8));
        List<String> errors = read.problems().stream().filter(Problem::isError).map(walk::message).toList();
        if (!read.ok() || read.response().isEmpty()) {
            throw new Refusal(400, texts.get("error.form"), prepend(texts.get("error.carried"), errors));
        }
        if (!read.questionnaire().orElseThrow().questionnaire().id().equals(walk.questionnaire().id())) {
            throw new Refusal(400, texts.get("error.form"), List.of(texts.get("error.form.other-questionnaire", read.questionnaire().get().questionnaire().coordinates())));
        }
        return new SelfTestWalk.State(read.response().get().respondent(), read.response().get().answers());
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** An answers file uploaded on the start page: its first open question, or the start page with what is wrong. */
    private void resume(HttpExchange exchange, Texts texts, Typwerk engine) throws IOException, Refusal {
        Optional<String> boundary = MultipartFile.boundary(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (boundary.isEmpty()) throw new Refusal(415, texts.get("error.form"), List.of(texts.get("error.upload.type")));
        byte[] body = exchange.getRequestBody().readNBytes(MAX_UPLOAD_BYTES + 1);
        if (body.length > MAX_UPLOAD_BYTES) {
            // said of the file the person chose, with the limit of an answers file, not of the form around it
            throw new Refusal(413, texts.get("error.upload.too-large", HttpApi.MAX_ANSWERS_BYTES), List.of())
                    .headed("error.title.file-too-large");
        }
        MultipartFile uploaded;
        try {
            uploaded = MultipartFile.find(body, boundary.get(), "file");
        } catch (MultipartFile.Malformed m) {
            // cut short, without the file field or with two: not the form the start page sends, not "please choose a file"
            throw new Refusal(400, texts.get("error.form"), List.of(texts.get(m.key, m.arguments)));
        }
        Optional<MultipartFile> file = Optional.of(uploaded);
        // a browser sends no file as an empty part without a name; a file that is empty has its name
        if (file.get().content().length == 0 && file.get().fileName().isBlank()) {
            sendPage(exchange, 422, texts, Pages.start(startPage(texts, engine, List.of(texts.get("resume.none")))));
            return;
        }
        String name = uploadedName(file.get().fileName());
        if (file.get().content().length == 0) {
            // not "please choose a file", which the person did: that the one chosen is empty
            sendPage(exchange, 422, texts, Pages.start(startPage(texts, engine, List.of(texts.get("resume.empty", name)))));
            return;
        }
        Optional<String> markup = markupAt(file.get().content());
        if (markup.isPresent()) {
            // a web page (the report saved from the browser) picked for the answers beside it: said so, where the YAML reader
            // would find a colon out of place and advise on indentation
            sendPage(exchange, 422, texts, Pages.start(startPage(texts, engine, List.of(texts.get("resume.web-page", name + ":" + markup.get())))));
            return;
        }
        AnswersRead read = engine.readPartialAnswers(name, file.get().content());
        if (!read.ok() || read.response().isEmpty() || read.questionnaire().isEmpty()) {
            List<String> problems = read.problems().stream().filter(Problem::isError)
                    .map(p -> p.location() + ": " + p.message(Locale.forLanguageTag(texts.language()))).toList();
            sendPage(exchange, 422, texts, Pages.start(startPage(texts, engine, problems)));
            return;
        }
        SelfTestWalk walk = new SelfTestWalk(engine, read.questionnaire().get().questionnaire(), texts, json);
        begin(exchange, walk, texts, new SelfTestWalk.State(read.response().get().respondent(), read.response().get().answers()));
    }

    /**
     * {@return the line and column ({@code 3:1}) of an uploaded file's first character when it is
     * {@code <}, as a web page (HTML) or other markup starts, which no answers file does (its first
     * key, or a JSON object's brace); empty otherwise}
     */
    static Optional<String> markupAt(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb && (content[2] & 0xff) == 0xbf ? 3 : 0;
        int line = 1;
        int column = 1;
        for (; i < content.length; i++) {
            byte b = content[i];
            if (b == '\n') {
                line++;
                column = 1;
            } else if (b == ' ' || b == '\t' || b == '\r') {
                column++;
            } else {
                return b == '<' ? Optional.of(line + ":" + column) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The name an uploaded file's problems are told by: the person's own ({@code meine-antworten.yml:4:3}),
     * without the folders a browser may send, when it is a plain name, whatever it ends with (the
     * report's {@code ergebnis.html} picked by mistake is told as that, not as a file the person never
     * chose; the reader takes the format from a name of YAML or JSON, else from the content), else
     * {@code answers.yaml} or {@code answers.json}.
     */
    static String uploadedName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        if (UPLOADED_NAME.matcher(name).matches() && !name.isBlank()) return name;
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? "answers.json" : "answers.yaml";
    }

    // ---- downloads ----

    private void sendAnswers(HttpExchange exchange, SelfTestWalk walk, Texts texts, SelfTestWalk.State state) throws IOException {
        Questionnaire q = walk.questionnaire();
        List<String> header = List.of(texts.get("file.header", q.coordinates(), state.answers().size(), walk.asked(state).size()),
                texts.get("file.resume"));
        String yaml = AnswersDocument.yaml(header, q, state.respondent(), state.answers(), Set.of(), "");
        sendFile(exchange, "typwerk-" + safe(q.id()) + "-answers.yaml", "application/yaml; charset=utf-8", yaml);
    }

    private void sendResult(HttpExchange exchange, SelfTestWalk walk, Texts texts, SelfTestWalk.State state) throws IOException, Refusal {
        Result result = score(walk, texts, state, exchange);
        if (result == null) return;
        sendFile(exchange, "typwerk-" + safe(walk.questionnaire().id()) + "-result.json", "application/json; charset=utf-8",
                walk.resultJson(result) + "\n");
    }

    // ---- HTTP ----

    private static void requireForm(HttpExchange exchange, Texts texts) throws Refusal {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String name = type == null ? "" : type.split(";", -1)[0].strip().toLowerCase(Locale.ROOT);
        if (!name.equals("application/x-www-form-urlencoded")) {
            throw new Refusal(415, texts.get("error.form"), List.of(type == null || name.isEmpty()
                    ? texts.get("error.form.no-type") : texts.get("error.form.type", name)));
        }
    }

    /**
     * Whether a path that is no page answers a request with the error page rather than the problem
     * document: where its {@code Accept} prefers {@code text/html} to JSON, as a browser's address
     * bar asks ({@code text/html,…,*}{@code /*;q=0.8}); no {@code Accept}, {@code *}{@code /*}, and
     * curl, fetch and HTTP libraries, which do not name it, get the problem document, as does one
     * that prefers JSON ({@code application/json, text/html;q=0.1}) or refuses HTML
     * ({@code text/html;q=0}). Negotiated as {@link Negotiation#acceptable} negotiates the API's
     * answers, and the answer says {@code Vary: Accept}.
     */
    static boolean asksForHtml(HttpExchange exchange) {
        Negotiation.varyByAccept(exchange);
        return Negotiation.acceptable(exchange, List.of(PROBLEM_JSON, HTML)).filter(HTML::equals).isPresent();
    }

    /**
     * Whether a page's refusal (or its 503) is the problem document rather than the error page:
     * where the request's {@code Accept} prefers JSON ({@code application/json},
     * {@code application/problem+json}) to {@code text/html}; no {@code Accept}, {@code *}{@code /*}
     * and a browser's get the page, as does one of equal preference. The answer says
     * {@code Vary: Accept}.
     */
    static boolean wantsJson(HttpExchange exchange) {
        Negotiation.varyByAccept(exchange);
        return Negotiation.acceptable(exchange, List.of(HTML, PROBLEM_JSON)).filter(PROBLEM_JSON::equals).isPresent();
    }

    private static final String HTML = "text/html";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static void securityHeaders(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
    }

    private static void sendPage(HttpExchange exchange, int status, Texts texts, String html) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Language", texts.language());
        exchange.getResponseHeaders().add("Vary", "Accept-Language");
        securityHeaders(exchange);
        // pages carry answers: no shared cache (a proxy's) keeps them, and the browser asks again on every
        // visit; but it may keep a page for its back and forward buttons, which with no-store show
        // 'Confirm Form Resubmission' instead of a question answered (every page but the first answers a post)
        exchange.getResponseHeaders().set("Cache-Control", "private, no-cache");
        send(exchange, status, html.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendFile(HttpExchange exchange, String name, String type, String content) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        securityHeaders(exchange);
        // a download is no page to go back to: no cache keeps it
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String resource) throws IOException {
        try (InputStream in = SelfTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the build: " + resource);
            return in.readAllBytes();
        }
    }

    private static void sendAsset(HttpExchange exchange, byte[] bytes, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=3600");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        send(exchange, 200, bytes);
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        BodyDeadline unread = status >= 400 ? Responses.unread(exchange) : null;
        if (unread != null) {
            Responses.answerEarly(exchange, status, bytes, unread);
            return;
        }
        Responses.send(exchange, status, bytes);
    }

    /** Reads what is left of a refused request's body (bounded), so the client reads the answer. */
    private static void drain(HttpExchange exchange) {
        try {
            InputStream in = exchange.getRequestBody();
            byte[] buffer = new byte[8192];
            long left = HttpApi.SWALLOW_BYTES;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) left -= n;
            if (left <= 0) exchange.getResponseHeaders().set("Connection", "close");
        } catch (IOException e) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
    }

    private static String action(Questionnaire q, Texts texts) {
        return "/" + PREFIX + "/" + encode(q.coordinates()) + "?lang=" + texts.language();
    }

    /**
     * The form that shows a page carrying {@code form}'s answers in the other language: the same
     * question (still leading back to the report where it was opened from there, and saying what is
     * wrong with the entry where this page refused it), or the report.
     */
    private static Frame.Switch elsewhere(Questionnaire q, Texts texts, Carried form, boolean toReport, boolean refused) {
        Carried there = new Carried("/" + PREFIX + "/" + encode(q.coordinates()) + "?lang=" + other(texts), form.answers(), form.at());
        if (form.at().isEmpty()) return new Frame.Switch(there, LANGUAGE);
        // a question's page: a button of its form, which sends what was entered on the page too, to the page's own address,
        // its value naming the language to show the page in
        return new Frame.Switch(there, (toReport ? LANGUAGE_TO_REPORT : LANGUAGE) + ":" + other(texts) + (refused ? REFUSED : ""),
                QUESTION_FORM, toReport ? "report" : "next");
    }

    private static String home(Texts texts) {
        return "/?lang=" + texts.language();
    }

    private static String other(Texts texts) {
        return texts.language().equals("en") ? "de" : "en";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
