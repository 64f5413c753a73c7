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
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * <p>Keeping the two in step is the job of {@code CleanJsonReaderTest}, which holds them to the
 * same outcome on generated rows, damaged rows and hand-made corner cases.
 */
final class CleanJsonReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonFactory json;
    private final Function<String, Optional<Version>> versions;
    /** Worked out once per number question: a batch compares every row's answer with them. */
    private final IdentityMemo<Bounds> bounds = new IdentityMemo<>(32);
    /** Per questionnaire, per question position, its options' ids: every pick of every row is looked up there. */
    private final IdentityMemo<OptionIds[]> optionIds = new IdentityMemo<>(8);

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
        try (JsonParser parser = json.createParser(content)) {
            // a duplicate key is a finding: the full reader names both lines
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return Optional.ofNullable(new Pass(parser, available, complete).document());
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

        private OptionIds(List<Option> options) {
            ids = options.stream().map(Option::id).toArray(String[]::new);
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

    /** A document read cleanly. */
    record Clean(LoadedQuestionnaire questionnaire, Response response) {
    }

    /** One pass over one document; every method returns null (or false) where the document is not clean. */
    private final class Pass {

        private final JsonParser parser;
        private final List<LoadedQuestionnaire> available;
        private final boolean complete;

        private String id;
        private Version version;
        private Respondent respondent;
        private LoadedQuestionnaire loaded;
        private QuestionIndex index;
        private OptionIds[] choices;
        private Answer[] written;

        Pass(JsonParser parser, List<LoadedQuestionnaire> available, boolean complete) {
            this.parser = parser;
            this.available = available;
            this.complete = complete;
        }

        Clean document() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            boolean answersSeen = false;
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "questionnaire" -> {
                        if (id != null || value != JsonToken.VALUE_STRING || parser.getText().isBlank()) return null;
                        id = parser.getText().strip();
                    }
                    case "version" -> {
                        if (version != null || value != JsonToken.VALUE_STRING) return null;
                        version = versions.apply(parser.getText()).orElse(null);
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
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null || !answersSeen) return null;
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
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                int slot = switch (parser.currentName()) {
                    case "name" -> 0;
                    case "ags" -> 1;
                    case "kind" -> 2;
                    case "state" -> 3;
                    default -> -1;
                };
                if (slot < 0 || seen[slot]) return false;
                seen[slot] = true;
                JsonToken v = parser.nextToken();
                if (notAnswered(v)) continue;
                if (v != JsonToken.VALUE_STRING) return false;
                fields[slot] = parser.getText().strip();
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
            choices = optionIds.get(() -> OptionIds.of(questions), loaded.questionnaire());
            written = new Answer[questions.size()];
            boolean[] seen = new boolean[questions.size()];
            if (notAnswered(value)) return true;
            if (value != JsonToken.START_OBJECT) return false;
            List<String> ids = index.ids();
            int next = 0;
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                // answers mostly come in questionnaire order: the question after the last one is tried first
                String name = parser.currentName();
                int at = next < ids.size() && ids.get(next).equals(name) ? next : index.position(name);
                next = at + 1;
                if (at < 0 || seen[at]) return false;
                seen[at] = true;
                JsonToken v = parser.nextToken();
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
                int at = ids == null ? -1 : ids.find(parser);
                return at < 0 ? null : new Answer.Choice(q.choices().get(at).id());
            }
            if (question instanceof MultipleChoiceQuestion q) {
                int[] places = places(q, ids);
                if (places == null || places.length < q.minPicks() || places.length > q.maxPicks()) return null;
                // picks in definition order, as the full reader keeps them
                Arrays.sort(places);
                if (places.length > 1) {
                    // an option that must stand alone, with others: the full reader says why
                    for (int at : places) if (q.options().get(at).alone()) return null;
                }
                List<String> ordered = new ArrayList<>(places.length);
                for (int at : places) ordered.add(q.options().get(at).id());
                return new Answer.Choices(ordered);
            }
            if (question instanceof RankingQuestion q) {
                int[] places = places(q, ids);
                if (places == null || places.length != q.top()) return null;
                List<String> order = new ArrayList<>(places.length);
                for (int at : places) order.add(q.options().get(at).id());
                return new Answer.Ranking(order);
            }
            if (question instanceof ScaleQuestion q) {
                if (v == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                    int value = parser.getIntValue();
                    return value < q.min() || value > q.max() ? null : new Answer.Scale(value);
                }
                if (v != JsonToken.VALUE_NUMBER_FLOAT) return null;
                // 4.0 is the number 4, as the full reader takes it
                BigDecimal value = parser.getDecimalValue();
                if (value.stripTrailingZeros().scale() > 0) return null;
                if (value.compareTo(BigDecimal.valueOf(q.min())) < 0 || value.compareTo(BigDecimal.valueOf(q.max())) > 0) return null;
                return new Answer.Scale(value.intValueExact());
            }
            if (question instanceof NumberQuestion q) return number(q, v);
            if (question instanceof TextQuestion q) {
                if (v != JsonToken.VALUE_STRING) return null;
                String text = parser.getText();
                return text.codePointCount(0, text.length()) > q.maxLength() ? null : new Answer.Text(text);
            }
            return null;
        }

        private Answer number(NumberQuestion q, JsonToken v) throws IOException {
            BigDecimal value;
            if (v == JsonToken.VALUE_NUMBER_INT) {
                value = new BigDecimal(parser.getBigIntegerValue());
            } else if (v == JsonToken.VALUE_NUMBER_FLOAT) {
                // as the full reader's tree holds it (NaN and infinities have no decimal: not clean)
                value = NODES.numberNode(parser.getDecimalValue()).decimalValue();
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
            if (parser.currentToken() != JsonToken.START_ARRAY || options.size() > 63 || ids == null) return null;
            long seen = 0;
            int[] places = new int[options.size()];
            int count = 0;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t != JsonToken.VALUE_STRING) return null;
                int at = ids.find(parser);
                if (at < 0 || (seen & (1L << at)) != 0) return null;
                seen |= 1L << at;
                places[count++] = at;
            }
            return Arrays.copyOf(places, count);
        }

        /** Null, and an empty text, mean "not answered" (as in the full reader). */
        private boolean notAnswered(JsonToken token) throws IOException {
            return token == JsonToken.VALUE_NULL || (token == JsonToken.VALUE_STRING && parser.getTextLength() == 0);
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
