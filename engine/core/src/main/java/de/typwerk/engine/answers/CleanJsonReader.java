package de.typwerk.engine.answers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.api.model.Version;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.definition.IdentityMemo;
import de.typwerk.engine.definition.QuestionIndex;
import de.typwerk.engine.i18n.TextControls;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The quick way through a JSON answers document that has nothing to report, such as a row of a
 * batch: one pass over the parser's tokens straight into a {@link Response}, without a tree,
 * locations or messages. It accepts exactly the documents that {@link AnswersReader} reads without
 * any problem (error or warning) and gives the same response for them; at the first thing that
 * would be a finding (an unknown key, a wrong kind, a duplicate, an unknown option, another
 * version, a question not asked, a required one left out, a syntax error …) it gives up and
 * returns empty, and the full reader reads the document again to say what is wrong, where.
 *
 * <p>The tokens come from a scan over the bytes ({@link ByteTokens}) that knows only the plain
 * JSON Typwerk writes (no escapes, no exponents, no literal but {@code null}); at anything else it
 * is unsure, and the same pass runs again over Jackson's parser ({@link ParserTokens}), which
 * decides. A document the scan does not find clean is read again by the parser too, so the scan
 * decides nothing on its own: it only gives, quicker, what the parser would give.
 *
 * <p>Keeping the two in step is the job of {@code CleanJsonReaderTest}, which holds them to the
 * same outcome on generated rows, damaged rows and hand-made corner cases, and the scan to the
 * parser's outcome on the same documents written in other ways.
 */
final class CleanJsonReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonFactory json;
    private final Function<String, Optional<Version>> versions;
    /** Worked out once per number question: a batch compares every row's answer with them. */
    private final IdentityMemo<Bounds> bounds = new IdentityMemo<>(32);
    /** Per questionnaire, its questions' and options' ids: every key and pick of every row is looked up there. */
    private final IdentityMemo<Ids> ids = new IdentityMemo<>(8);

    /**
     * @param json     the factory of the JSON mapper the full reader uses (same features, same limits)
     * @param versions a version text as a version, if it is one (the full reader's, remembered)
     */
    CleanJsonReader(JsonFactory json, Function<String, Optional<Version>> versions) {
        this.json = json;
        this.versions = versions;
    }

    /** The questionnaire and response of a document the full reader finds nothing in; empty for any other. */
    Optional<Clean> read(byte[] content, List<LoadedQuestionnaire> available, boolean complete) {
        Clean scanned = scanned(content, available, complete);
        return scanned != null ? Optional.of(scanned) : parsed(content, available, complete);
    }

    /** What the scan over the bytes gives: the clean document, or null where it is unsure or finds it not clean. */
    Clean scanned(byte[] content, List<LoadedQuestionnaire> available, boolean complete) {
        try {
            return new Pass(new ByteTokens(content), available, complete).document();
        } catch (IOException | RuntimeException e) {
            // unsure (ByteTokens.UNSURE), or anything else: the parser decides
            return null;
        }
    }

    /** What the pass over Jackson's parser gives: the clean document, or empty. */
    Optional<Clean> parsed(byte[] content, List<LoadedQuestionnaire> available, boolean complete) {
        try (JsonParser parser = json.createParser(content)) {
            // a duplicate key is a finding: the full reader names both lines
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return Optional.ofNullable(new Pass(new ParserTokens(parser), available, complete).document());
        } catch (IOException | RuntimeException e) {
            // whatever the full reader makes of it, it is not clean
            return Optional.empty();
        }
    }

    /** A number question's finite bounds as decimals (null: none), as the full reader compares with them. */
    private record Bounds(BigDecimal min, BigDecimal max) {

        Bounds(NumberQuestion q) {
            this(q.min().filter(Double::isFinite).map(BigDecimal::valueOf).orElse(null),
                    q.max().filter(Double::isFinite).map(BigDecimal::valueOf).orElse(null));
        }
    }

    /**
     * A question's option ids, for finding the option a text at the parser names without making
     * a string of it: the first option with that id, as {@link Question#option} finds it. (A
     * plain search: questions have a handful of options, and a table by hash measured no faster.)
     */
    static final class OptionIds {

        private final String[] ids;
        /** The same ids as UTF-8, for the scan over bytes ({@link ByteTokens#option}). */
        final byte[][] bytes;
        /** Per option, the answer of a single-choice question that picks it (a record, immutable: one for every response). */
        private final Answer.Choice[] single;

        private OptionIds(List<Option> options) {
            ids = options.stream().map(Option::id).toArray(String[]::new);
            bytes = utf8(ids);
            single = Arrays.stream(ids).map(Answer.Choice::new).toArray(Answer.Choice[]::new);
        }

        /** Per question position, the ids of its options; null for a question without options. */
        static OptionIds[] of(List<Question> questions) {
            OptionIds[] all = new OptionIds[questions.size()];
            for (int i = 0; i < all.length; i++) {
                List<Option> options = questions.get(i).choices();
                if (!options.isEmpty()) all[i] = new OptionIds(options);
            }
            return all;
        }

        /** The position of the first option whose id is the text at the parser's current token, -1 if none. */
        int find(JsonParser parser) throws IOException {
            char[] text = parser.getTextCharacters();
            int from = parser.getTextOffset();
            int length = parser.getTextLength();
            for (int i = 0; i < ids.length; i++) {
                if (same(ids[i], text, from, length)) return i;
            }
            return -1;
        }

        private static boolean same(String id, char[] text, int from, int length) {
            if (id.length() != length) return false;
            for (int i = 0; i < length; i++) {
                if (id.charAt(i) != text[from + i]) return false;
            }
            return true;
        }
    }

    /** A questionnaire's question ids (as UTF-8, in question order) and, per question position, its options' ids. */
    private record Ids(byte[][] questions, OptionIds[] choices) {

        static Ids of(List<String> questionIds, List<Question> questions) {
            return new Ids(utf8(questionIds.toArray(String[]::new)), OptionIds.of(questions));
        }
    }

    /** Each of {@code texts} as UTF-8. */
    static byte[][] utf8(String[] texts) {
        byte[][] bytes = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8);
        return bytes;
    }

    /** A document read cleanly. */
    record Clean(LoadedQuestionnaire questionnaire, Response response) {
    }

    /**
     * The tokens a pass reads, with just what it asks of them: Jackson's parser
     * ({@link ParserTokens}), or the scan over bytes ({@link ByteTokens}), which gives the same
     * tokens and texts for the documents it reads and is unsure (throws) of any other.
     */
    interface Tokens {

        /** The next token; null after the document's end. */
        JsonToken next() throws IOException;

        JsonToken current();

        /** The name of the field at the current token. */
        String name() throws IOException;

        /**
         * The position of the question the field at the current token names: {@code hint} if it is
         * that one (tried first: answers mostly come in questionnaire order), else the index's; -1
         * for none.
         */
        int question(QuestionIndex index, byte[][] ids, int hint) throws IOException;

        /** The text of a string. */
        String text() throws IOException;

        boolean emptyText() throws IOException;

        /** The position of the first option whose id is the current string, -1 if none. */
        int option(OptionIds ids) throws IOException;

        /** Whether an integer fits an {@code int} (Jackson's {@code NumberType.INT}). */
        boolean intSized() throws IOException;

        int intValue() throws IOException;

        /** An integer as a decimal (scale 0). */
        BigDecimal integer() throws IOException;

        /** A number as Jackson's {@code getDecimalValue} gives it. */
        BigDecimal decimal() throws IOException;
    }

    /** The tokens of Jackson's parser. */
    private static final class ParserTokens implements Tokens {

        private final JsonParser parser;

        ParserTokens(JsonParser parser) {
            this.parser = parser;
        }

        @Override
        public JsonToken next() throws IOException {
            return parser.nextToken();
        }

        @Override
        public JsonToken current() {
            return parser.currentToken();
        }

        @Override
        public String name() throws IOException {
            return parser.currentName();
        }

        @Override
        public int question(QuestionIndex index, byte[][] ids, int hint) throws IOException {
            String name = parser.currentName();
            List<String> all = index.ids();
            return hint < all.size() && all.get(hint).equals(name) ? hint : index.position(name);
        }

        @Override
        public String text() throws IOException {
            return parser.getText();
        }

        @Override
        public boolean emptyText() throws IOException {
            return parser.getTextLength() == 0;
        }

        @Override
        public int option(OptionIds ids) throws IOException {
            return ids.find(parser);
        }

        @Override
        public boolean intSized() throws IOException {
            return parser.getNumberType() == JsonParser.NumberType.INT;
        }

        @Override
        public int intValue() throws IOException {
            return parser.getIntValue();
        }

        @Override
        public BigDecimal integer() throws IOException {
            return new BigDecimal(parser.getBigIntegerValue());
        }

        @Override
        public BigDecimal decimal() throws IOException {
            return parser.getDecimalValue();
        }
    }

    /** One pass over one document; every method returns null (or false) where the document is not clean. */
    private final class Pass {

        private final Tokens parser;
        private final List<LoadedQuestionnaire> available;
        private final boolean complete;

        private String id;
        private Version version;
        private Respondent respondent;
        private LoadedQuestionnaire loaded;
        private QuestionIndex index;
        private Ids known;
        private Answer[] written;

        Pass(Tokens parser, List<LoadedQuestionnaire> available, boolean complete) {
            this.parser = parser;
            this.available = available;
            this.complete = complete;
        }

        Clean document() throws IOException {
            if (parser.next() != JsonToken.START_OBJECT) return null;
            boolean answersSeen = false;
            for (JsonToken t = parser.next(); t == JsonToken.FIELD_NAME; t = parser.next()) {
                String key = parser.name();
                JsonToken value = parser.next();
                switch (key) {
                    case "questionnaire" -> {
                        if (id != null || value != JsonToken.VALUE_STRING || parser.text().isBlank()) return null;
                        id = parser.text().strip();
                    }
                    case "version" -> {
                        if (version != null || value != JsonToken.VALUE_STRING) return null;
                        version = versions.apply(parser.text()).orElse(null);
                        if (version == null) return null;
                    }
                    case "respondent" -> {
                        if (respondent != null || !respondent(value)) return null;
                    }
                    case "answers" -> {
                        // the questionnaire is named first in every file Typwerk writes; else the full reader reads it
                        if (answersSeen || id == null || version == null || !answers(value)) return null;
                        answersSeen = true;
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (parser.current() != JsonToken.END_OBJECT || parser.next() != null || !answersSeen) return null;
            Respondent who = respondent == null ? Respondent.ANONYMOUS : respondent;
            Questionnaire questionnaire = loaded.questionnaire();
            Version own = versions.apply(questionnaire.version()).orElse(null);
            if (own == null) return null;
            Response.Builder response = Response.builder(questionnaire.id(), own).respondent(who);
            if (!counted(response)) return null;
            return new Clean(loaded, response.build());
        }

        private boolean respondent(JsonToken value) throws IOException {
            if (notAnswered(value)) {
                respondent = Respondent.ANONYMOUS;
                return true;
            }
            if (value != JsonToken.START_OBJECT) return false;
            String[] fields = new String[4];
            boolean[] seen = new boolean[4];
            for (JsonToken t = parser.next(); t == JsonToken.FIELD_NAME; t = parser.next()) {
                int slot = switch (parser.name()) {
                    case "name" -> 0;
                    case "ags" -> 1;
                    case "kind" -> 2;
                    case "state" -> 3;
                    default -> -1;
                };
                if (slot < 0 || seen[slot]) return false;
                seen[slot] = true;
                JsonToken v = parser.next();
                if (notAnswered(v)) continue;
                if (v != JsonToken.VALUE_STRING) return false;
                fields[slot] = parser.text().strip();
                // a control character, half of a character, a direction override is a finding: the full reader says where
                if (AnswersReader.controlCharacter(fields[slot]) >= 0 || AnswersReader.loneSurrogate(fields[slot]) >= 0
                        || TextControls.direction(fields[slot]) >= 0) return false;
            }
            if (fields[1] != null && !Ags.isValid(fields[1])) return false;
            respondent = Respondent.builder().name(fields[0]).ags(fields[1]).kind(fields[2]).state(fields[3]).build();
            return true;
        }

        private boolean answers(JsonToken value) throws IOException {
            loaded = resolve();
            if (loaded == null) return false;
            index = QuestionIndex.of(loaded.questionnaire());
            List<Question> questions = index.questions();
            known = ids.get(() -> Ids.of(index.ids(), questions), loaded.questionnaire());
            written = new Answer[questions.size()];
            boolean[] seen = new boolean[questions.size()];
            if (notAnswered(value)) return true;
            if (value != JsonToken.START_OBJECT) return false;
            OptionIds[] choices = known.choices();
            int next = 0;
            for (JsonToken t = parser.next(); t == JsonToken.FIELD_NAME; t = parser.next()) {
                // answers mostly come in questionnaire order: the question after the last one is tried first
                int at = parser.question(index, known.questions(), next);
                next = at + 1;
                if (at < 0 || seen[at]) return false;
                seen[at] = true;
                JsonToken v = parser.next();
                if (notAnswered(v)) continue;
                Answer answer = answer(questions.get(at), v, choices[at]);
                if (answer == null) return false;
                written[at] = answer;
            }
            return true;
        }

        /** The loaded questionnaire of exactly the id and version named; another version is a warning, so not clean. */
        private LoadedQuestionnaire resolve() {
            for (LoadedQuestionnaire l : available) {
                Questionnaire q = l.questionnaire();
                if (q.id().equals(id) && versions.apply(q.version()).map(version::equals).orElse(false)) return l;
            }
            return null;
        }

        /** The answer at the current token, or null where the full reader would refuse it. */
        private Answer answer(Question question, JsonToken v, OptionIds ids) throws IOException {
            if (question instanceof SingleChoiceQuestion q) {
                if (v != JsonToken.VALUE_STRING) return null;
                // the first option with the id written, as Question.option finds it; the definition's own id string
                int at = ids == null ? -1 : parser.option(ids);
                return at < 0 ? null : ids.single[at];
            }
            if (question instanceof MultipleChoiceQuestion q) {
                int[] places = places(q, ids);
                if (places == null || places.length > q.maxPicks()
                        || PickCount.tooFew(q, places.length, places.length == 1 && q.options().get(places[0]).alone())) {
                    return null;
                }
                // picks in definition order, as the full reader keeps them
                Arrays.sort(places);
                if (places.length > 1) {
                    // an option that must stand alone, with others: the full reader says why
                    for (int at : places) if (q.options().get(at).alone()) return null;
                }
                return new Answer.Choices(ids(q, places));
            }
            if (question instanceof RankingQuestion q) {
                int[] places = places(q, ids);
                if (places == null || places.length != q.top()) return null;
                return new Answer.Ranking(ids(q, places));
            }
            if (question instanceof ScaleQuestion q) {
                if (v == JsonToken.VALUE_NUMBER_INT && parser.intSized()) {
                    int value = parser.intValue();
                    return value < q.min() || value > q.max() ? null : new Answer.Scale(value);
                }
                if (v != JsonToken.VALUE_NUMBER_FLOAT) return null;
                // 4.0 is the number 4, as the full reader takes it
                BigDecimal value = parser.decimal();
                if (value.stripTrailingZeros().scale() > 0) return null;
                if (value.compareTo(BigDecimal.valueOf(q.min())) < 0 || value.compareTo(BigDecimal.valueOf(q.max())) > 0) return null;
                return new Answer.Scale(value.intValueExact());
            }
            if (question instanceof NumberQuestion q) return number(q, v);
            if (question instanceof TextQuestion q) {
                if (v != JsonToken.VALUE_STRING) return null;
                String text = parser.text();
                return text.codePointCount(0, text.length()) > q.maxLength() ? null : new Answer.Text(text);
            }
            return null;
        }

        private Answer number(NumberQuestion q, JsonToken v) throws IOException {
            BigDecimal value;
            if (v == JsonToken.VALUE_NUMBER_INT) {
                value = parser.integer();
            } else if (v == JsonToken.VALUE_NUMBER_FLOAT) {
                // as the full reader's tree holds it (NaN and infinities have no decimal: not clean)
                value = NODES.numberNode(parser.decimal()).decimalValue();
            } else {
                return null;
            }
            if (q.integer() && value.stripTrailingZeros().scale() > 0) return null;
            Bounds bounds = CleanJsonReader.this.bounds.get(() -> new Bounds(q), q);
            if (bounds.min() != null && value.compareTo(bounds.min()) < 0) return null;
            if (bounds.max() != null && value.compareTo(bounds.max()) > 0) return null;
            return new Answer.Number(value);
        }

        /**
         * Where the options named in the list at the current token stand in the question, in the
         * order written; null unless it is a list of known, distinct option ids (a question with
         * more than 63 options is left to the full reader).
         */
        private int[] places(Question question, OptionIds ids) throws IOException {
            List<Option> options = question.choices();
            if (parser.current() != JsonToken.START_ARRAY || options.size() > 63 || ids == null) return null;
            long seen = 0;
            int[] places = new int[options.size()];
            int count = 0;
            for (JsonToken t = parser.next(); t != JsonToken.END_ARRAY; t = parser.next()) {
                if (t != JsonToken.VALUE_STRING) return null;
                int at = parser.option(ids);
                if (at < 0 || (seen & (1L << at)) != 0) return null;
                seen |= 1L << at;
                places[count++] = at;
            }
            return Arrays.copyOf(places, count);
        }

        /** The ids of the options at {@code places}, in that order, as an immutable list (which the answer keeps as it is). */
        private static List<String> ids(Question question, int[] places) {
            String[] ids = new String[places.length];
            for (int i = 0; i < places.length; i++) ids[i] = question.choices().get(places[i]).id();
            return List.of(ids);
        }

        /** Null, and an empty text, mean "not answered" (as in the full reader). */
        private boolean notAnswered(JsonToken token) throws IOException {
            return token == JsonToken.VALUE_NULL || (token == JsonToken.VALUE_STRING && parser.emptyText());
        }

        /**
         * Adds the answers of the questions that are asked to {@code response}, in questionnaire
         * order; false where an answer is given to a question not asked, or (reading a complete
         * file) a required question that is asked is left out. Conditions only look back, and only
         * at the questions they name: they are given the answers so far to those questions alone
         * (as {@link ConditionEvaluator#askedQuestions} does).
         */
        private boolean counted(Response.Builder response) {
            List<Question> questions = index.questions();
            ConditionEvaluator.Counted looked = new ConditionEvaluator.Counted(index.lookedAtCount());
            for (int i = 0; i < questions.size(); i++) {
                Question question = questions.get(i);
                Optional<Condition> when = question.when();
                boolean asked = when.isEmpty() || when.get().holds(looked);
                Answer answer = written[i];
                if (answer != null) {
                    if (!asked) return false;
                    response.answer(question.id(), answer);
                    if (index.lookedAt(i)) looked.add(question.id(), answer);
                } else if (complete && asked && question.required()) {
                    return false;
                }
            }
            return true;
        }
    }
}
