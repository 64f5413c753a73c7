package de.typwerk.engine.answers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.AllCondition;
import de.typwerk.api.model.AnswerCondition;
import de.typwerk.api.model.AnyCondition;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NotCondition;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.api.model.Version;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.definition.QuestionIndex;
import de.typwerk.engine.i18n.Messages;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A JSON Schema (2020-12) of the answers documents {@link AnswersReader#read} accepts for one
 * questionnaire: exactly as strict as the reader, so a client can fill in and check answers with
 * any JSON Schema validator before it sends them. It says, as schema and in words (in the
 * language of its {@link Messages}):
 *
 * <ul>
 *   <li>the top keys and nothing else; {@code questionnaire} and {@code version} (a text: the
 *       version, or an earlier one of the same major version the reader accepts with a warning);</li>
 *   <li>the respondent's fields, with the AGS as eight digits starting with a state code 01–16;</li>
 *   <li>per question: option ids as enums, picks and rankings as lists of distinct ids with their
 *       sizes, scale and number ranges, whole numbers, text lengths; {@code null} (or an empty
 *       text) for "not answered";</li>
 *   <li>the conditions: for each question with {@code when}, an {@code if}/{@code then}/{@code else}
 *       over the answers: not asked, it must be left out or {@code null}; asked and required, it
 *       must be answered.</li>
 * </ul>
 *
 * <p>What a schema cannot see of a document is left to the reader: duplicate keys, the size
 * limit of a document, and the lexical form of numbers (the reader takes an unquoted version
 * number from YAML; the schema asks for the text a template writes). Deterministic: the same
 * questionnaire and language give the same schema.
 */
public final class AnswersSchema {

    /** The characters {@link String#strip()} removes ({@link Character#isWhitespace}), as a regex class. */
    static final String STRIPPED = "[\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]";
    /** The characters {@link String#trim()} removes, as a regex class (what {@link Version#parse} ignores). */
    static final String TRIMMED = "[\\u0000-\\u0020]";
    private static final String NUMBER = "(?:0|[1-9][0-9]{0,8})";
    private static final String PRE_RELEASE = "[0-9A-Za-z.-]+";
    private static final String NOT_ANSWERED = "#/$defs/notAnswered";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer();

    private final Messages messages;
    private final AnswerConverter converter;
    private final ConditionEvaluator conditions = new ConditionEvaluator();

    public AnswersSchema(Messages messages) {
        this.messages = messages;
        this.converter = new AnswerConverter(messages);
    }

    /**
     * The schema of answers to {@code questionnaire}.
     *
     * @param available every loaded questionnaire: answers naming an earlier version are read
     *                  against the newest loaded one of the same major version, unless that
     *                  earlier version is loaded itself
     */
    public ObjectNode schema(LoadedQuestionnaire questionnaire, List<LoadedQuestionnaire> available) {
        Questionnaire q = questionnaire.questionnaire();
        String lang = messages.language();
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:typwerk:answers:" + q.id() + ":" + q.version());
        root.put("title", messages.get("answers.schema.title", q.title().get(lang, q.id()), q.coordinates()));
        root.put("description", messages.get("answers.schema.description", q.coordinates()));
        root.put("type", "object");
        root.set("required", strings(List.of("questionnaire", "version", "answers")));
        root.put("additionalProperties", false);
        ObjectNode properties = root.putObject("properties");

        ObjectNode id = properties.putObject("questionnaire");
        id.put("description", messages.get("answers.schema.questionnaire", q.id()));
        id.put("type", "string");
        id.put("pattern", "^" + STRIPPED + "*" + quote(q.id()) + STRIPPED + "*$");
        id.set("examples", strings(List.of(q.id())));

        ObjectNode version = properties.putObject("version");
        version.put("description", messages.get("answers.schema.version", q.version()));
        version.put("type", "string");
        version.put("pattern", versionPattern(questionnaire, available));
        version.set("examples", strings(List.of(q.version())));

        properties.set("respondent", respondent());

        QuestionIndex index = QuestionIndex.of(q);
        ObjectNode answers = answers(index, lang);
        boolean emptyWillDo = index.questions().stream().noneMatch(x -> x.required() && x.isAskedGiven(Map.of()));
        if (emptyWillDo) {
            ObjectNode either = NODES.objectNode();
            either.put("description", answers.path("description").asText());
            ArrayNode any = either.putArray("anyOf");
            any.addObject().put("$ref", NOT_ANSWERED);
            any.add(answers);
            properties.set("answers", either);
        } else {
            properties.set("answers", answers);
        }

        ObjectNode defs = root.putObject("$defs");
        ObjectNode notAnswered = defs.putObject("notAnswered");
        notAnswered.put("description", messages.get("answers.schema.not-answered"));
        notAnswered.set("enum", NODES.arrayNode().addNull().add(""));
        return root;
    }

    /**
     * {@link #schema} as text: indented by two spaces, lines ended by {@code \n} on every
     * machine, with a final line end.
     */
    public String json(LoadedQuestionnaire questionnaire, List<LoadedQuestionnaire> available) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            return WRITER.with(printer).writeValueAsString(schema(questionnaire, available)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode respondent() {
        ObjectNode respondent = NODES.objectNode();
        respondent.put("description", messages.get("answers.schema.respondent"));
        ArrayNode any = respondent.putArray("anyOf");
        any.addObject().put("$ref", NOT_ANSWERED);
        ObjectNode fields = any.addObject();
        fields.put("type", "object");
        fields.put("additionalProperties", false);
        ObjectNode properties = fields.putObject("properties");
        for (String key : List.of("name", "ags", "kind", "state")) {
            ObjectNode field = properties.putObject(key);
            field.put("description", messages.get("answers.schema.respondent." + key));
            if (key.equals("ags")) {
                ArrayNode either = field.putArray("anyOf");
                either.addObject().put("$ref", NOT_ANSWERED);
                ObjectNode digits = either.addObject();
                digits.put("type", "string");
                // what the reader checks after taking the blanks off: eight digits, a state code first
                digits.put("pattern", "^" + STRIPPED + "*(?:0[1-9]|1[0-6])[0-9]{6}" + STRIPPED + "*$");
                field.set("examples", strings(List.of("09162000")));
            } else {
                field.set("type", strings(List.of("string", "null")));
            }
        }
        return respondent;
    }

    private ObjectNode answers(QuestionIndex index, String lang) {
        ObjectNode answers = NODES.objectNode();
        answers.put("description", messages.get("answers.schema.answers"));
        answers.put("type", "object");
        answers.put("additionalProperties", false);
        ObjectNode properties = answers.putObject("properties");
        List<JsonNode> rules = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        int n = 0;
        for (Question question : index.questions()) {
            positions.put(question.id(), n);
            ObjectNode property = properties.putObject(question.id());
            property.put("description", describe(++n, question, lang));
            ArrayNode any = property.putArray("anyOf");
            any.addObject().put("$ref", NOT_ANSWERED);
            any.add(value(question, lang));

            if (question.when().isPresent()) {
                ObjectNode rule = NODES.objectNode();
                rule.put("description", messages.get("answers.schema.rule.when", question.id(),
                        conditions.describe(question.when().get(), messages)));
                rule.set("if", condition(question.when().get(), index, positions, n - 1));
                if (question.required()) rule.set("then", answered(question.id()));
                ObjectNode otherwise = NODES.objectNode();
                otherwise.putObject("properties").putObject(question.id()).put("$ref", NOT_ANSWERED);
                rule.set("else", otherwise);
                rules.add(rule);
            } else if (question.required()) {
                ObjectNode rule = answered(question.id());
                rule.put("description", messages.get("answers.schema.rule.required", question.id()));
                rules.add(rule);
            }
        }
        if (!rules.isEmpty()) answers.putArray("allOf").addAll(rules);
        return answers;
    }

    /** The value of an answer, when it is one. */
    private ObjectNode value(Question question, String lang) {
        ObjectNode value = NODES.objectNode();
        List<String> ids = question.choices().stream().map(Option::id).toList();
        if (question instanceof SingleChoiceQuestion) {
            value.set("enum", strings(ids));
            value.put("description", options(question, lang));
        } else if (question instanceof MultipleChoiceQuestion q) {
            // an option that must be picked alone (exclusive, or "don't know"): with it, nothing else, and
            // alone it is a whole answer, whatever minPicks says (PickCount): the fewest hold without it
            List<String> alone = q.options().stream().filter(Option::alone).map(Option::id).toList();
            list(value, ids, alone.isEmpty() ? q.minPicks() : Math.min(q.minPicks(), 1), q.maxPicks());
            if (!alone.isEmpty()) {
                value.putObject("if").putObject("contains").set("enum", strings(alone));
                value.putObject("then").put("maxItems", 1);
                if (q.minPicks() > 1) value.putObject("else").put("minItems", q.minPicks());
            }
            value.put("description", options(question, lang));
        } else if (question instanceof RankingQuestion q) {
            list(value, ids, q.top(), q.top());
            value.put("description", options(question, lang));
        } else if (question instanceof ScaleQuestion q) {
            value.put("type", "integer");
            value.put("minimum", q.min());
            value.put("maximum", q.max());
            if (!q.labels().isEmpty()) {
                List<String> labels = new ArrayList<>();
                new TreeMap<>(q.labels()).forEach((point, label) -> labels.add(point + " = " + label.get(lang, "")));
                value.put("description", String.join("; ", labels));
            }
        } else if (question instanceof NumberQuestion q) {
            value.put("type", q.integer() ? "integer" : "number");
            // an infinite bound bounds nothing the reader takes (it refuses NaN and infinities itself)
            q.min().filter(Double::isFinite).ifPresent(min -> value.put("minimum", BigDecimal.valueOf(min).stripTrailingZeros()));
            q.max().filter(Double::isFinite).ifPresent(max -> value.put("maximum", BigDecimal.valueOf(max).stripTrailingZeros()));
            q.unit().ifPresent(unit -> value.put("description", unit.get(lang, "")));
        } else if (question instanceof TextQuestion q) {
            value.put("type", "string");
            value.put("maxLength", q.maxLength());
        }
        return value;
    }

    private static void list(ObjectNode value, List<String> ids, int min, int max) {
        value.put("type", "array");
        value.putObject("items").set("enum", strings(ids));
        value.put("uniqueItems", true);
        value.put("minItems", min);
        value.put("maxItems", max);
    }

    private String options(Question question, String lang) {
        List<String> lines = new ArrayList<>();
        for (Option o : question.choices()) lines.add(o.id() + " = " + o.text().get(lang, o.id()));
        return String.join("; ", lines);
    }

    private String describe(int n, Question question, String lang) {
        StringBuilder b = new StringBuilder();
        b.append(n).append(". ").append(question.text().get(lang, question.id()));
        b.append(" — ").append(messages.get("answers.schema.expect", converter.expectation(question)));
        b.append(' ').append(messages.get(question.required() ? "answers.schema.required" : "answers.schema.optional"));
        question.when().ifPresent(c -> b.append(' ').append(messages.get("answers.schema.asked-when", conditions.describe(c, messages))));
        return b.toString();
    }

    // ---- conditions as schema over the answers object ----

    /**
     * {@code condition} as a schema that an answers object meets exactly when the condition holds
     * for it, judged as the reader judges it for the question at {@code position}: a question at or
     * after that position, or one the questionnaire does not have, counts as unanswered.
     */
    private JsonNode condition(Condition condition, QuestionIndex index, Map<String, Integer> positions, int position) {
        if (condition instanceof AllCondition a) {
            if (a.all().isEmpty()) return NODES.booleanNode(true);
            ArrayNode all = NODES.arrayNode();
            for (Condition c : a.all()) all.add(condition(c, index, positions, position));
            return NODES.objectNode().set("allOf", all);
        }
        if (condition instanceof AnyCondition a) {
            if (a.any().isEmpty()) return NODES.booleanNode(false);
            ArrayNode any = NODES.arrayNode();
            for (Condition c : a.any()) any.add(condition(c, index, positions, position));
            return NODES.objectNode().set("anyOf", any);
        }
        if (condition instanceof NotCondition n) {
            if (n.not() == null) return NODES.booleanNode(true);
            return NODES.objectNode().set("not", condition(n.not(), index, positions, position));
        }
        return test((AnswerCondition) condition, index, positions, position);
    }

    private JsonNode test(AnswerCondition a, QuestionIndex index, Map<String, Integer> positions, int position) {
        boolean valueTests = !a.anyOf().isEmpty() || a.min().isPresent() || a.max().isPresent();
        Integer at = positions.get(a.question());
        Optional<Question> question = at != null && at < position ? index.question(a.question()) : Optional.empty();
        if (question.isEmpty()) {
            // counts as never answered: only "answered: false" alone holds
            return NODES.booleanNode(!a.answered().orElse(true) && !valueTests);
        }
        if (!a.answered().orElse(true)) {
            if (valueTests) return NODES.booleanNode(false);
            return NODES.objectNode().set("not", answered(a.question()));
        }
        ArrayNode all = NODES.arrayNode();
        all.add(answered(a.question()));
        Question q = question.get();
        if (!a.anyOf().isEmpty()) {
            ObjectNode value = NODES.objectNode();
            if (q instanceof SingleChoiceQuestion) {
                value.set("enum", strings(a.anyOf()));
            } else if (q instanceof MultipleChoiceQuestion || q instanceof RankingQuestion) {
                value.put("type", "array");
                value.putObject("contains").set("enum", strings(a.anyOf()));
            } else {
                return NODES.booleanNode(false);
            }
            all.add(property(a.question(), value));
        }
        if (a.min().isPresent() || a.max().isPresent()) {
            if (!(q instanceof ScaleQuestion || q instanceof NumberQuestion)) return NODES.booleanNode(false);
            ObjectNode value = NODES.objectNode();
            value.put("type", "number");
            for (boolean lower : new boolean[] {true, false}) {
                Optional<Double> bound = lower ? a.min() : a.max();
                if (bound.isEmpty()) continue;
                double b = bound.get();
                if (Double.isNaN(b)) return NODES.booleanNode(false);
                if (Double.isInfinite(b)) {
                    // at least -∞ or at most +∞ holds for every value; the other way round for none
                    if ((b > 0) == lower) return NODES.booleanNode(false);
                    continue;
                }
                value.put(lower ? "minimum" : "maximum", BigDecimal.valueOf(b).stripTrailingZeros());
            }
            all.add(property(a.question(), value));
        }
        return all.size() == 1 ? all.get(0) : NODES.objectNode().set("allOf", all);
    }

    /** An answers object in which question {@code id} is answered (present, neither null nor empty). */
    private static ObjectNode answered(String id) {
        ObjectNode node = NODES.objectNode();
        node.set("required", strings(List.of(id)));
        node.putObject("properties").putObject(id).putObject("not").put("$ref", NOT_ANSWERED);
        return node;
    }

    private static ObjectNode property(String id, ObjectNode value) {
        ObjectNode node = NODES.objectNode();
        node.putObject("properties").set(id, value);
        return node;
    }

    // ---- versions ----

    /**
     * The versions the reader resolves to this questionnaire: its own, written in any form
     * {@link Version#parse} takes; and, when it is the newest loaded of its major version, every
     * earlier one of that major version that is not loaded itself (read with a warning).
     */
    static String versionPattern(LoadedQuestionnaire questionnaire, List<LoadedQuestionnaire> available) {
        Version own = Version.parse(questionnaire.questionnaire().version());
        List<Version> siblings = new ArrayList<>();
        for (LoadedQuestionnaire l : available) {
            if (!l.questionnaire().id().equals(questionnaire.questionnaire().id())) continue;
            if (!Version.isValid(l.questionnaire().version())) continue;
            Version v = Version.parse(l.questionnaire().version());
            if (v.major() == own.major() && !v.equals(own)) siblings.add(v);
        }
        boolean newest = siblings.stream().allMatch(v -> v.compareTo(own) < 0);
        StringBuilder b = new StringBuilder("^").append(TRIMMED).append("*");
        if (newest) {
            List<String> others = siblings.stream().map(AnswersSchema::exactly).toList();
            String earlier = earlierThan(own);
            if (!others.isEmpty()) {
                earlier = "(?!(?:" + String.join("|", others) + ")" + TRIMMED + "*$)(?:" + earlier + ")";
            }
            b.append("(?:").append(exactly(own)).append("|").append(earlier).append(")");
        } else {
            b.append(exactly(own));
        }
        return b.append(TRIMMED).append("*$").toString();
    }

    /** Every way of writing {@code v}: {@code 1}, {@code 1.0} and {@code 1.0.0} are one version. */
    static String exactly(Version v) {
        String pre = v.preRelease().isEmpty() ? "" : "-" + quote(v.preRelease());
        return "(?:" + v.major() + samePlace(v.minor(), v.patch()) + pre + ")";
    }

    /** The minor and patch part of a version with exactly {@code minor} and {@code patch}. */
    private static String samePlace(int minor, int patch) {
        List<String> forms = new ArrayList<>();
        forms.add("\\." + minor + "\\." + patch);
        if (patch == 0) forms.add("\\." + minor);
        if (minor == 0 && patch == 0) forms.add("");
        return "(?:" + String.join("|", forms) + ")";
    }

    /** Versions of the same major version that order before {@code v}. */
    static String earlierThan(Version v) {
        List<String> forms = new ArrayList<>();
        String anyPre = "(?:-" + PRE_RELEASE + ")?";
        // a smaller minor, whatever the patch (an omitted minor is 0)
        if (v.minor() > 0) {
            forms.add(v.major() + "(?:\\." + lessThan(v.minor()) + "(?:\\." + NUMBER + ")?)?" + anyPre);
        }
        // the same minor, a smaller patch (an omitted patch is 0)
        if (v.patch() > 0) {
            List<String> places = new ArrayList<>();
            places.add("\\." + v.minor() + "(?:\\." + lessThan(v.patch()) + ")?");
            if (v.minor() == 0) places.add("");
            forms.add(v.major() + "(?:" + String.join("|", places) + ")" + anyPre);
        }
        // the same numbers, an earlier pre-release (a release ranks above all its pre-releases)
        String pre = v.preRelease().isEmpty() ? PRE_RELEASE : before(v.preRelease());
        // (a label is never empty: "3-" is no version, though the first identifier of a label before
        // v's may be, as in "3-.x"; PRE_RELEASE itself takes one character at least)
        String nonEmpty = v.preRelease().isEmpty() ? "" : "(?=[0-9A-Za-z.-])";
        if (pre != null) forms.add(v.major() + samePlace(v.minor(), v.patch()) + "-" + nonEmpty + "(?:" + pre + ")");
        return forms.isEmpty() ? "(?!)" : String.join("|", forms);
    }

    /** Whole numbers (as the version format writes them) less than {@code n}. */
    static String lessThan(int n) {
        String digits = Integer.toString(n);
        List<String> forms = new ArrayList<>();
        if (n == 0) return "(?!)";
        forms.add("0");
        if (digits.length() >= 2) forms.add("[1-9][0-9]{0," + (digits.length() - 2) + "}");
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            int lowest = i == 0 ? 1 : 0;
            if (d - 1 < lowest) continue;
            String tail = digits.length() - i - 1 == 0 ? "" : "[0-9]{" + (digits.length() - i - 1) + "}";
            forms.add(digits.substring(0, i) + "[" + lowest + "-" + (d - 1) + "]" + tail);
        }
        return "(?:" + String.join("|", forms) + ")";
    }

    /** The characters of one pre-release identifier (between dots), in ASCII order. */
    private static final String IDENTIFIER_CHARS = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** Any further identifiers after the one that decided the order. */
    private static final String REST = "(?:\\.[0-9A-Za-z-]*)*";

    /**
     * Pre-release labels that order before {@code label} as {@link Version#compareTo} orders them
     * (semantic versioning: identifier by identifier, numeric ones by value and below alphanumeric
     * ones, alphanumeric ones in ASCII order, fewer identifiers first), or null for none.
     */
    static String before(String label) {
        String[] ids = label.split("\\.", -1);
        List<String> forms = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                forms.add(prefix.toString()); // the same first identifiers, and no more
                prefix.append("\\.");
            }
            String smaller = smallerIdentifier(ids[i]);
            if (smaller != null) forms.add(prefix + "(?:" + smaller + ")" + REST);
            prefix.append(quote(ids[i]));
        }
        return forms.isEmpty() ? null : String.join("|", forms);
    }

    /** One identifier that orders before {@code id}, or null for none. */
    private static String smallerIdentifier(String id) {
        List<String> forms = new ArrayList<>();
        boolean numeric = !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9');
        if (numeric) {
            // numeric and smaller: fewer digits, or as many and a smaller digit at the first difference
            if (id.length() > 1) forms.add("[0-9]{1," + (id.length() - 1) + "}");
            for (int i = 0; i < id.length(); i++) {
                int d = id.charAt(i) - '0';
                if (d > 0) forms.add(id.substring(0, i) + "[0-" + (d - 1) + "][0-9]{" + (id.length() - i - 1) + "}");
            }
        } else {
            // every numeric identifier, and the alphanumeric ones before it in ASCII order
            forms.add("[0-9]+");
            for (int i = 0; i < id.length(); i++) {
                String head = quote(id.substring(0, i));
                forms.add(head); // a proper beginning of it
                StringBuilder below = new StringBuilder();
                for (char c : IDENTIFIER_CHARS.toCharArray()) {
                    if (c < id.charAt(i)) below.append(c == '-' ? "\\-" : String.valueOf(c));
                }
                if (below.length() > 0) forms.add(head + "[" + below + "][0-9A-Za-z-]*");
            }
        }
        return forms.isEmpty() ? null : String.join("|", forms);
    }

    /** {@code text} as a regular expression that matches just it. */
    static String quote(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
