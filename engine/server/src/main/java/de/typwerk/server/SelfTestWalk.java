package de.typwerk.server;

import de.typwerk.engine.definition.JsonPointers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Answer;
import de.typwerk.engine.answers.AnswersReader;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.answers.ConditionEvaluator;
import de.typwerk.presentation.Language;
import de.typwerk.presentation.TypedNumber;
import de.typwerk.presentation.html.Phrase;
import de.typwerk.presentation.html.selftest.Field;
import de.typwerk.presentation.html.selftest.Texts;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's way through a questionnaire in the web self-test: the answers so far (carried by
 * the form as an answers file, never kept on the server), which questions are asked given them,
 * and what an answer sent from a question's page becomes. Every check of an answer is the
 * engine's: the form's values are put into an answers file as they were sent, and the engine's
 * reader says what is wrong with it, exactly as {@code typwerk score} would.
 *
 * <p>Questions are asked one per page, in questionnaire order, only those whose condition holds
 * given the earlier answers (a condition looks at earlier questions only).
 */
final class SelfTestWalk {

    /** What the form source of the answers file is called in the engine's problems. */
    static final String SOURCE = "answers.json";
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Pattern ANSWER_POINTER = Pattern.compile("/answers/([^/]+).*");

    private final Typwerk engine;
    private final Questionnaire questionnaire;
    private final String lang;
    private final Texts texts;
    private final ObjectMapper json;
    private final ConditionEvaluator conditions = new ConditionEvaluator();

    SelfTestWalk(Typwerk engine, Questionnaire questionnaire, Texts texts, ObjectMapper json) {
        this.engine = engine;
        this.questionnaire = questionnaire;
        this.texts = texts;
        this.lang = texts.language();
        this.json = json;
    }

    /** The answers so far, and who answers (as an uploaded file may name). */
    record State(Respondent respondent, Map<String, Answer> answers) {

        static final State EMPTY = new State(Respondent.ANONYMOUS, Map.of());
    }

    /** What an answer sent from a question's page came to. */
    sealed interface Outcome {

        /** Taken: the new state (answers no longer asked dropped). */
        record Taken(State state) implements Outcome {
        }

        /** Refused: the engine's problems with it, the value sent kept for the page. */
        record Refused(List<Problem> problems) implements Outcome {
        }
    }

    Questionnaire questionnaire() {
        return questionnaire;
    }

    /** {@return the questions asked given these answers, in order} */
    List<Question> asked(State state) {
        return conditions.askedQuestions(questionnaire, state.answers());
    }

    /** {@return the first question asked that has no answer yet, if any} */
    Optional<Question> firstOpen(State state) {
        return asked(state).stream().filter(q -> !state.answers().containsKey(q.id())).findFirst();
    }

    Optional<Question> following(State state, Question q) {
        List<Question> asked = asked(state);
        int i = indexOf(asked, q.id());
        return i >= 0 && i + 1 < asked.size() ? Optional.of(asked.get(i + 1)) : Optional.empty();
    }

    Optional<Question> previous(State state, Question q) {
        List<Question> asked = asked(state);
        int i = indexOf(asked, q.id());
        return i > 0 ? Optional.of(asked.get(i - 1)) : Optional.empty();
    }

    static int indexOf(List<Question> questions, String id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) return i;
        }
        return -1;
    }

    /**
     * Reads the answers a form carries (or a file uploaded), checked by the engine as a partial
     * answers file.
     *
     * @return the engine's reading; its questionnaire may be another one than this walk's
     */
    AnswersRead read(String source, byte[] carried) {
        return engine.readPartialAnswers(source, carried);
    }

    /**
     * Gives {@code q} the value sent from its page.
     *
     * @param sent the value as the form sent it (see {@link #sent})
     */
    Outcome answer(State state, Question q, Optional<JsonNode> sent) {
        // the answers before q (a condition looks at earlier questions only), and q's as sent
        Map<String, JsonNode> document = new LinkedHashMap<>();
        for (Question earlier : questionnaire.questions()) {
            if (earlier.id().equals(q.id())) break;
            Answer a = state.answers().get(earlier.id());
            if (a != null) document.put(earlier.id(), AnswersReader.written(a));
        }
        sent.ifPresent(v -> document.put(q.id(), v));
        // read complete, so that a required question left open is found; what concerns later questions is not this page's
        AnswersRead read = engine.readAnswers(SOURCE, bytes(state.respondent(), document));
        String pointer = "/answers/" + JsonPointers.escape(q.id());
        List<Problem> own = read.problems().stream().filter(Problem::isError)
                .filter(p -> p.location().pointer().equals(pointer) || p.location().pointer().startsWith(pointer + "/"))
                .toList();
        if (!own.isEmpty()) return new Outcome.Refused(own);
        if (sent.isPresent() && read.response().isEmpty()) {
            // the reader took no response because of other questions' findings: read it alone for q's answer
            read = engine.readPartialAnswers(SOURCE, bytes(state.respondent(), document));
            List<Problem> errors = read.problems().stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) return new Outcome.Refused(errors);
        }
        Map<String, Answer> answers = new LinkedHashMap<>(state.answers());
        Optional<Answer> given = sent.isEmpty() ? Optional.empty() : read.response().flatMap(r -> r.answer(q.id()));
        if (given.isPresent()) {
            answers.put(q.id(), given.get());
        } else {
            answers.remove(q.id());
        }
        return new Outcome.Taken(new State(state.respondent(), prune(answers)));
    }

    /** The answers of questions still asked, in questionnaire order. */
    private Map<String, Answer> prune(Map<String, Answer> answers) {
        Map<String, Answer> kept = new LinkedHashMap<>();
        for (Question q : conditions.askedQuestions(questionnaire, answers)) {
            if (answers.containsKey(q.id())) kept.put(q.id(), answers.get(q.id()));
        }
        return kept;
    }

    /**
     * What a question's page sent, as a value of an answers file, typed where it plainly reads as
     * that type (a number as a number), else as the text sent, for the engine to judge.
     *
     * @param values the values of the field {@code answer}, in the order sent
     * @param ranks  the values of the fields {@code rank-1} … of a ranking, by place (empty ones left out)
     * @return the value, or empty when nothing was entered
     */
    Optional<JsonNode> sent(Question q, List<String> values, Map<Integer, String> ranks) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (q instanceof RankingQuestion) {
            ArrayNode order = f.arrayNode();
            new java.util.TreeMap<>(ranks).values().stream().filter(v -> !v.isEmpty()).forEach(order::add);
            return order.isEmpty() ? Optional.empty() : Optional.of(order);
        }
        List<String> given = values.stream().filter(v -> !v.strip().isEmpty()).toList();
        if (given.isEmpty()) return Optional.empty();
        if (q instanceof MultipleChoiceQuestion) {
            ArrayNode picks = f.arrayNode();
            given.forEach(picks::add);
            return Optional.of(picks);
        }
        if (given.size() > 1) {
            // one value expected: sent as a list, which the engine refuses as the wrong kind
            ArrayNode many = f.arrayNode();
            given.forEach(many::add);
            return Optional.of(many);
        }
        String value = given.get(0).strip();
        if (q instanceof ScaleQuestion && WHOLE.matcher(value).matches()) return Optional.of(f.numberNode(Integer.parseInt(value)));
        if (q instanceof NumberQuestion) {
            Optional<BigDecimal> number = readNumber(value);
            if (number.isPresent()) return Optional.of(f.numberNode(number.get()));
        }
        // a browser sends a text area's line breaks as CR LF (HTML's form submission) but counts them as one character for
        // maxlength: they are one, as the person typed them, so a text the field took is never too long for the engine
        if (q instanceof TextQuestion) return Optional.of(f.textNode(given.get(0).replace("\r\n", "\n").replace('\r', '\n')));
        return Optional.of(f.textNode(value));
    }

    /** {@return the one value a number's field sent, as it was typed (without the white space around it), as text} */
    static JsonNode typed(List<String> values) {
        return JsonNodeFactory.instance.textNode(values.stream().filter(v -> !v.strip().isEmpty()).findFirst().orElse("").strip());
    }

    /** {@return a number's field's value read as a number, as a person of the page's language writes it ({@link TypedNumber})} */
    private Optional<BigDecimal> readNumber(String value) {
        return TypedNumber.read(value, language());
    }

    private Language language() {
        return Language.of(lang).orElse(Language.DE);
    }

    /**
     * {@return a number as a person of the page's language reads it: its decimal separator, no groups, and so that the page
     * reads it back as the same number: zeros that end its fraction are left out where it would not (5.000 from a file is 5 on
     * both pages, where the English page wrote 5.000 and the German 5,000, which each page reads two ways, as it reads 12.000 or
     * 12,000, so that going on without a change was refused)}
     */
    private String written(BigDecimal n) {
        String plain = inPageForm(n);
        if (readNumber(plain).filter(read -> read.compareTo(n) == 0).isPresent()) return plain;
        return inPageForm(n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros());
    }

    private String inPageForm(BigDecimal n) {
        String plain = n.toPlainString();
        return lang.equals("en") ? plain : plain.replace('.', ',');
    }

    /** {@return the answers file of a state, as JSON (the form carries it; the engine reads it)} */
    String document(State state) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        state.answers().forEach((id, a) -> answers.put(id, AnswersReader.written(a)));
        return new String(bytes(state.respondent(), answers), StandardCharsets.UTF_8);
    }

    private byte[] bytes(Respondent respondent, Map<String, JsonNode> answers) {
        ObjectNode doc = json.createObjectNode();
        doc.put("questionnaire", questionnaire.id());
        doc.put("version", questionnaire.version());
        if (!respondent.equals(Respondent.ANONYMOUS)) {
            ObjectNode r = doc.putObject("respondent");
            respondent.name().ifPresent(v -> r.put("name", v));
            respondent.ags().ifPresent(v -> r.put("ags", v));
            respondent.kind().ifPresent(v -> r.put("kind", v));
            respondent.state().ifPresent(v -> r.put("state", v));
        }
        ObjectNode a = doc.putObject("answers");
        for (Question q : questionnaire.questions()) {
            JsonNode v = answers.get(q.id());
            if (v != null) a.set(q.id(), v);
        }
        try {
            return json.writeValueAsBytes(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the engine's scoring of an answers file of this walk} */
    de.typwerk.engine.ScoreRun engineScore(byte[] document) {
        return engine.score(SOURCE, document, Optional.empty());
    }

    /** {@return the loaded strategy of a result's id, for the report to say in words how it scored} */
    Optional<de.typwerk.api.spi.ScoringStrategy<?>> strategy(de.typwerk.engine.result.Result result) {
        return engine.strategies().find(result.strategy().id());
    }

    /** {@return a result as {@code typwerk score --format json} writes it} */
    String resultJson(de.typwerk.engine.result.Result result) {
        return engine.resultJson().write(result);
    }

    // ---- the page of a question ----

    Section sectionOf(Question q) {
        for (Section s : questionnaire.sections()) {
            for (Question x : s.questions()) {
                if (x.id().equals(q.id())) return s;
            }
        }
        throw new IllegalArgumentException("not in the questionnaire: " + q.id());
    }

    String text(LocalizedText t) {
        return t.get(lang, questionnaire.defaultLocale());
    }

    /**
     * {@return the language the questionnaire's texts are shown in where it is not the page's (a
     * questionnaire without it shows its default language), for their {@code lang}; else {@code null}}
     */
    String textLang() {
        return questionnaire.locales().contains(lang) ? null : questionnaire.defaultLocale();
    }

    /**
     * {@return the places of a ranking as its page sent them, a place left open as {@code null}: what
     * the page shows again when the answer is refused, so that a choice stays at the place it was
     * put, where the answer (which has no gaps) would move it up into the place left open; empty when
     * every place is open}
     *
     * @param ranks the values of the fields {@code rank-1} … by place
     */
    static Optional<JsonNode> places(Map<Integer, String> ranks) {
        if (ranks.values().stream().allMatch(String::isEmpty)) return Optional.empty();
        ArrayNode places = JsonNodeFactory.instance.arrayNode();
        int last = ranks.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int place = 1; place <= last; place++) {
            String at = ranks.getOrDefault(place, "");
            if (at.isEmpty()) places.addNull();
            else places.add(at);
        }
        return Optional.of(places);
    }

    /**
     * The question as a form field: with the answer given (from the state), or with the values just
     * sent and what is wrong with them.
     *
     * @param sent  the value just sent (shown again when refused; a ranking's place left open as
     *              {@code null}), or empty to show the state's answer
     * @param error what is wrong, or an empty phrase
     */
    Field field(Question q, State state, Optional<JsonNode> sent, Phrase error) {
        List<String> picked = new ArrayList<>();
        String value = "";
        if (sent.isPresent()) {
            JsonNode v = sent.get();
            if (v.isArray()) v.forEach(x -> picked.add(x.isNull() ? "" : x.asText()));
            else picked.add(v.asText());
            value = v.isArray() ? "" : (v.isNumber() ? written(v.decimalValue()) : v.asText());
        } else {
            Answer a = state.answers().get(q.id());
            if (a instanceof Answer.Choice c) picked.add(c.option());
            else if (a instanceof Answer.Choices c) picked.addAll(c.options());
            else if (a instanceof Answer.Ranking r) picked.addAll(r.order());
            else if (a instanceof Answer.Scale s) picked.add(String.valueOf(s.value()));
            else if (a instanceof Answer.Number n) value = written(n.value());
            else if (a instanceof Answer.Text t) value = t.text();
        }
        List<Field.Choice> choices = new ArrayList<>();
        List<Field.Rank> ranks = new ArrayList<>();
        String hint = "";
        String unit = "";
        int maxLength = 0;
        String keypad = "decimal";
        if (q instanceof ScaleQuestion scale) {
            for (int point = scale.min(); point <= scale.max(); point++) {
                LocalizedText label = scale.labels().get(point);
                String shown = label == null ? texts.get("scale.point", point) : texts.get("scale.point.labelled", point, text(label));
                choices.add(new Field.Choice(String.valueOf(point), shown, picked.contains(String.valueOf(point)), false));
            }
        } else if (q instanceof RankingQuestion ranking) {
            int places = ranking.top() > 0 ? Math.min(ranking.top(), ranking.options().size()) : ranking.options().size();
            for (int place = 1; place <= places; place++) {
                String at = place <= picked.size() ? picked.get(place - 1) : "";
                List<Field.Choice> options = new ArrayList<>();
                for (Option o : ranking.options()) options.add(new Field.Choice(o.id(), text(o.text()), o.id().equals(at), false));
                ranks.add(new Field.Rank(place, "rank-" + place, options));
            }
            // an optional ranking takes every place or none: its hint asks for each place only of whoever answers
            hint = texts.get(q.required() ? "hint.ranking" : "hint.ranking.if-answered");
        } else if (q instanceof NumberQuestion number) {
            unit = number.unit().map(this::text).orElse("");
            String range = range(number.min(), number.max());
            hint = texts.get(number.integer() ? "hint.whole-number" : "hint.number", range);
            // a phone's digits-only pad has no minus and no comma: only for a whole number that cannot be negative
            if (number.integer() && number.min().filter(min -> min >= 0).isPresent()) keypad = "numeric";
        } else if (q instanceof TextQuestion t) {
            maxLength = t.maxLength();
            hint = texts.get("hint.text", maxLength);
        } else {
            for (Option o : q.choices()) choices.add(new Field.Choice(o.id(), text(o.text()), picked.contains(o.id()), o.alone()));
            if (q instanceof MultipleChoiceQuestion multi) hint = multiHint(multi);
        }
        return new Field(q.id(), q.kind().id(), text(q.text()), q.help().map(this::text).orElse(""), q.required(), choices, ranks,
                value, unit, maxLength, hint, error, keypad, textLang());
    }

    private String range(Optional<Double> min, Optional<Double> max) {
        if (min.isPresent() && max.isPresent()) return texts.get("hint.range.between", plain(min.get()), plain(max.get()));
        if (min.isPresent()) return texts.get("hint.range.min", plain(min.get()));
        if (max.isPresent()) return texts.get("hint.range.max", plain(max.get()));
        return "";
    }

    /** A bound of a range in the page's language, grouped as people write it (1.000.000, 1,000,000; 0,5): {@link TypedNumber#bound}. */
    private String plain(double d) {
        return TypedNumber.bound(d, language());
    }

    /**
     * {@return a problem of the answers a form carries or a file brings, in words for the page: the
     * self-test's own for every mistake the page's controls let a person make (said as the field's
     * hint says it, without the question's or the options' ids), else the engine's, as {@code
     * typwerk score} says it, naming the question (answers changed by hand)}
     */
    String message(Problem p) {
        return ownWords(p, Optional.empty()).map(Phrase::plain).orElseGet(() -> p.message(java.util.Locale.forLanguageTag(lang)));
    }

    /**
     * {@return a problem of the value just sent from a question's page, said at its field in the
     * page's words: as {@link #message(Problem)}, and a value none of the page's controls sends
     * (an option the question does not have, a scale's point it does not have, two answers where
     * one is asked: a form changed by hand) as not offered, where the engine's sentence would name
     * ids the page does not show}
     */
    Phrase message(Problem p, Optional<JsonNode> sent) {
        return ownWords(p, sent).or(() -> notOffered(p).map(Phrase::ofText))
                .orElseGet(() -> Phrase.ofText(p.message(java.util.Locale.forLanguageTag(lang))));
    }

    /**
     * {@return a problem of the value just sent, as the page's error summary says it: naming the
     * question by its text, so that whoever follows the link knows which question it is where its
     * heading is out of view (a long help text, a page zoomed in); an unanswered one asked for by
     * name, any other as {@link #message(Problem, Optional)} says it after the question's name}
     *
     * @param q the question of the page
     */
    Phrase summaryMessage(Problem p, Optional<JsonNode> sent, Question q) {
        Phrase question = new Phrase(List.of(new Phrase.Part(text(q.text()), textLang())));
        if (p.code().equals("missing-required")) return Phrase.of(values -> texts.get("errors.missing-required", values), question);
        return Phrase.of(values -> texts.get("errors.entry", values), question, message(p, sent));
    }

    private Optional<String> notOffered(Problem p) {
        Optional<Question> at = questionAt(p.location().pointer());
        if (at.isEmpty()) return Optional.empty();
        Question q = at.get();
        if (q instanceof TextQuestion) return p.code().equals("wrong-kind") ? Optional.of(texts.get("problem.one-text")) : Optional.empty();
        if (!(q instanceof ScaleQuestion) && q.choices().isEmpty()) return Optional.empty();
        return switch (p.code()) {
            case "unknown-option", "wrong-kind", "out-of-range", "not-whole", "duplicate-option", "too-many-ranked" -> Optional.of(texts.get("problem.not-offered"));
            default -> Optional.empty();
        };
    }

    /** The self-test's own words for a problem, where it has them: the names of options it quotes marked with their language. */
    private Optional<Phrase> ownWords(Problem p, Optional<JsonNode> sent) {
        Optional<Question> at = questionAt(p.location().pointer());
        if (p.code().equals("missing-required")) {
            return Optional.of(Phrase.ofText(at.map(this::unanswered).orElseGet(() -> texts.get("problem.missing-required"))));
        }
        if (at.isEmpty()) return Optional.empty();
        Question q = at.get();
        if (p.code().equals("exclusive-option")) {
            Phrase options = Phrase.join(texts.get("problem.exclusive-option.or"), q.choices().stream().filter(Option::alone)
                    .filter(o -> picked(sent, o)).map(o -> new Phrase(List.of(new Phrase.Part(text(o.text()), textLang())))).toList());
            return Optional.of(Phrase.of(values -> texts.get("problem.exclusive-option", values), options));
        }
        if (q instanceof NumberQuestion n && (p.code().equals("wrong-kind") || p.code().equals("not-whole"))) {
            // what was typed, where the page knows it (a refused number is shown and judged as typed)
            Optional<String> typed = sent.filter(JsonNode::isTextual).map(JsonNode::asText).map(String::strip).filter(t -> !t.isEmpty());
            Optional<String> separators = typed.flatMap(t -> separators(n, t));
            if (separators.isPresent()) return separators.map(Phrase::ofText);
            Optional<String> slipped = typed.filter(t -> p.code().equals("wrong-kind")).flatMap(t -> slip(n, t));
            if (slipped.isPresent()) return slipped.map(Phrase::ofText);
            if (p.code().equals("not-whole") && typed.isPresent()) {
                return Optional.of(Phrase.ofText(texts.get("problem.not-whole", typed.get(), range(n.min(), n.max()))));
            }
        }
        return Optional.ofNullable(switch (p.code()) {
            // a place left open; more places than the page has come only from a form changed by hand (said as not offered)
            case "too-few-ranked" -> q instanceof RankingQuestion
                    ? q.required() ? texts.get("problem.unanswered-rank") : texts.get("problem.ranks.or-none", texts.get("problem.unanswered-rank"))
                    : null;
            case "duplicate-option" -> q instanceof RankingQuestion ? texts.get("problem.duplicate-rank") : null;
            case "too-few-picks", "too-many-picks" -> q instanceof MultipleChoiceQuestion m ? picks(m, sent) : null;
            case "out-of-range" -> q instanceof NumberQuestion n ? beyond(n, sent) : null;
            case "wrong-kind", "not-whole" -> q instanceof NumberQuestion n
                    ? texts.get(n.integer() ? "problem.whole-number" : "problem.number", range(n.min(), n.max())) : null;
            case "too-long" -> q instanceof TextQuestion t ? texts.get("problem.too-long", t.maxLength()) : null;
            default -> null;
        }).map(Phrase::ofText);
    }

    /**
     * {@return a number refused as typed with the other language's separators, said with what the page reads and how to write
     * the number meant, where the other language reads it as a number the question takes: two readings for a separator and three
     * zeros (12.000 on the English page: 12,000 or 12), else the page's separators ("1.234" on the English page, which reads a
     * point as the decimal one: for 1,234 write 1,234 or 1234); else empty}
     */
    private Optional<String> separators(NumberQuestion n, String typed) {
        Language other = language() == Language.EN ? Language.DE : Language.EN;
        Optional<BigDecimal> grouped = TypedNumber.grouped(typed, other);
        if (grouped.isEmpty() || !takes(n, grouped.get())) return Optional.empty();
        BigDecimal meant = grouped.get();
        if (TypedNumber.twoWays(typed, language())) {
            // the page's own reading: a separator and three zeros, as decimals
            BigDecimal small = new BigDecimal(typed.replaceAll("[\\s\u00a0\u202f\u2007]", "").replace(',', '.'));
            if (takes(n, small)) return Optional.of(texts.get("problem.number.two-ways", typed, grouped(meant), written(small), written(meant)));
        }
        return Optional.of(texts.get("problem.number.separators", typed, grouped(meant), written(meant)));
    }

    /**
     * {@return a number typed otherwise ({@link TypedNumber#slip}: in digits other than 0 to 9, with more digits than are read, in
     * exponent form with the number written out), said with what is other about it and what the question takes; else empty}
     */
    private Optional<String> slip(NumberQuestion n, String typed) {
        String takes = texts.get(n.integer() ? "problem.whole-number" : "problem.number", range(n.min(), n.max()));
        return TypedNumber.slip(typed).map(slip -> switch (slip.kind()) {
            case OTHER_DIGITS -> texts.get("problem.number.other-digits", typed);
            case TOO_MANY_DIGITS -> texts.get("problem.number.too-many-digits", typed);
            case EXPONENT -> texts.get("problem.number.exponent", typed, grouped(slip.meant().orElseThrow()));
        } + " " + takes);
    }

    /** Whether a number question takes a number: whole where it asks for one, within its bounds. */
    private static boolean takes(NumberQuestion n, BigDecimal v) {
        if (n.integer() && v.signum() != 0 && v.stripTrailingZeros().scale() > 0) return false;
        if (n.min().filter(min -> v.compareTo(BigDecimal.valueOf(min)) < 0).isPresent()) return false;
        return n.max().filter(max -> v.compareTo(BigDecimal.valueOf(max)) > 0).isEmpty();
    }

    /** A number in the page's language, grouped as people write it (12.000 and 1.234,5 on the German page, 12,000 on the English). */
    private String grouped(BigDecimal n) {
        return TypedNumber.written(n, language());
    }

    /**
     * {@return a number out of a question's range, said by the bound it passed (too large: at most the maximum; too small: at
     * least the minimum), where the value sent is known; else, as for a value that is no number, what the question takes}
     */
    private String beyond(NumberQuestion n, Optional<JsonNode> sent) {
        Optional<BigDecimal> value = sent.flatMap(v -> v.isNumber() ? Optional.of(v.decimalValue())
                : v.isTextual() ? readNumber(v.asText()) : Optional.empty());
        if (value.isPresent() && n.max().filter(max -> value.get().compareTo(BigDecimal.valueOf(max)) > 0).isPresent()) {
            return texts.get("problem.too-large", plain(n.max().get()));
        }
        if (value.isPresent() && n.min().filter(min -> value.get().compareTo(BigDecimal.valueOf(min)) < 0).isPresent()) {
            return texts.get("problem.too-small", plain(n.min().get()));
        }
        return texts.get(n.integer() ? "problem.whole-number" : "problem.number", range(n.min(), n.max()));
    }

    /**
     * {@return how many answers a multiple choice question takes, and, where the value sent is known, how many
     * were chosen, so that whoever ticked one too many hears it without counting the boxes again}
     */
    private String picks(MultipleChoiceQuestion m, Optional<JsonNode> sent) {
        int least = Math.max(1, m.minPicks());
        String count = count(m);
        if (sent.isPresent() && sent.get().isArray() && !sent.get().isEmpty()) {
            int chosen = sent.get().size();
            // too many where one is as few as it takes: at most so many ("1 bis 2" said more than the one thing wrong)
            String which = count.isEmpty() && least == 1 && chosen > m.mostPicksTogether() ? ".most" : count.equals(".any") ? "" : count;
            String said = texts.get("problem.picks.chosen" + which, least, m.mostPicksTogether(), chosen);
            // an optional question with too few picked may still be left open: nothing picked is no answer, not too few
            return !m.required() && chosen < least ? texts.get("problem.picks.or-none", said) : said;
        }
        return texts.get("problem.picks" + count, least, m.mostPicksTogether());
    }

    /**
     * {@return how many answers a multiple choice question takes, as the keys of its words end: {@code .exactly} where the
     * least is the most (two: "genau 2", not "2 bis 2"; one: "eine Antwort"), {@code .any} where it takes all that apply and
     * one at least, {@code .least} all that apply and two or more, else the empty text for a range ("1 bis 3"); counted as the
     * engine's messages count them, without the options that go only alone ({@link MultipleChoiceQuestion#mostPicksTogether})}
     */
    private static String count(MultipleChoiceQuestion m) {
        int least = Math.max(1, m.minPicks());
        int most = m.mostPicksTogether();
        if (least >= most) return ".exactly";
        if (most < m.options().stream().filter(o -> !o.alone()).count()) return "";
        return least == 1 ? ".any" : ".least";
    }

    /**
     * {@return the hint of a multiple choice question: how many answers it takes. A required one says that it needs one at
     * least (WCAG 3.3.2): its checkboxes are no required each, and its heading, unlike an optional one's, has no word to say it.
     * An optional one that takes two or more says so of whoever answers ("Wenn Sie antworten, …"), where "Wählen Sie 2 bis 4
     * Antworten." read as an obligation below a heading that says "(freiwillig)"; one that takes one or more, up to how many
     * ("Wählen Sie bis zu 2 Antworten.")}
     */
    private String multiHint(MultipleChoiceQuestion m) {
        int least = Math.max(1, m.minPicks());
        String count = count(m);
        if (count.equals(".any")) return texts.get(m.required() ? "hint.multi.any.required" : "hint.multi.any");
        // optional, and one is as few as it takes: up to the most ("1 bis 2" under "(freiwillig)" read as one at least)
        if (!m.required() && least == 1 && count.isEmpty()) return texts.get("hint.multi.up-to", least, m.mostPicksTogether());
        String ifAnswered = !m.required() && least >= 2 ? ".if-answered" : "";
        return texts.get("hint.multi" + count + ifAnswered, least, m.mostPicksTogether());
    }

    /**
     * {@return what a question left open asks for, as its field says it: for its kind, within the
     * bounds its hint names (one answer, a point of the scale, how many answers, a number in its
     * range, an answer for each place, a text), so that the message alone, its heading out of view
     * at 400 % zoom, says what to do}
     */
    private String unanswered(Question q) {
        if (q instanceof ScaleQuestion scale) return texts.get("problem.scale", scale.min(), scale.max());
        if (q instanceof RankingQuestion) return texts.get("problem.unanswered-rank");
        if (q instanceof MultipleChoiceQuestion multi) return picks(multi, Optional.empty());
        if (q instanceof NumberQuestion number) {
            return texts.get(number.integer() ? "problem.whole-number" : "problem.number", range(number.min(), number.max()));
        }
        if (q instanceof TextQuestion) return texts.get("problem.text");
        return texts.get("problem.single");
    }

    /** Whether the value sent picks the option (every option, when nothing is known of what was sent). */
    private static boolean picked(Optional<JsonNode> sent, Option o) {
        if (sent.isEmpty() || !sent.get().isArray()) return true;
        for (JsonNode v : sent.get()) {
            if (o.id().equals(v.asText())) return true;
        }
        return false;
    }

    /** {@return the question an engine's problem is about, by its JSON pointer ({@code /answers/{id}…})} */
    Optional<Question> questionAt(String pointer) {
        Matcher m = ANSWER_POINTER.matcher(pointer);
        if (!m.matches()) return Optional.empty();
        return questionnaire.question(JsonPointers.unescape(m.group(1)));
    }
}
