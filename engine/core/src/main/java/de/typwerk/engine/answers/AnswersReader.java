package de.typwerk.engine.answers;

import de.typwerk.engine.definition.NearMiss;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Version;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.StrictUtf8;
import de.typwerk.engine.definition.QuestionIndex;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.i18n.TextControls;
import de.typwerk.engine.report.Decimals;
import de.typwerk.engine.validation.VersionText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads an answers file (YAML or JSON) strictly and checks it against the questionnaire it names:
 *
 * <pre>{@code
 * questionnaire: oefit-digitalisierungstypen
 * version: 1.0.0
 * respondent: {name: "Gemeinde Musterhausen", ags: "09162000", kind: gemeinde, state: Bayern}
 * answers:
 *   q-single: option-id
 *   q-multi: [opt-a, opt-b]
 *   q-scale: 4
 *   q-ranking: [first, second, third]
 *   q-number: 12000
 *   q-text: "free text"
 *   q-skipped: null        # or left out: not answered
 * }</pre>
 *
 * Never throws on bad input: every finding is a {@link Problem} with file, line, column and JSON
 * pointer, in the reader's language, naming the question and what was expected.
 *
 * <p>Versions: answers for {@code 1.2.0} are checked against 1.2.0 if it is loaded, else against
 * the newest loaded 1.x that is at least 1.2.0 (with a warning); anything else is an error.
 */
public final class AnswersReader {

    private static final List<String> TOP_KEYS = List.of("questionnaire", "version", "respondent", "answers");
    private static final List<String> RESPONDENT_KEYS = List.of("name", "ags", "kind", "state");
    private static final Pattern AGS = Pattern.compile("[0-9]{8}");
    /** The JSON pointer of a top-level member. */
    private static final Pattern TOP_LEVEL = Pattern.compile("/[^/]*");
    private static final int VERSIONS_KEPT = 64;
    /**
     * How many answers to questions the questionnaire has not one document gets a finding each for:
     * past them, the rest are counted in one finding, so that a file (or a request body) of 100,000
     * made-up keys costs neither 100,000 lines nor the memory and time to make them.
     */
    static final int MAX_UNKNOWN_QUESTIONS = 100;

    private final Messages messages;
    private final Function<String, String> notLoadedNote;
    private final TreeReader trees;
    private final AnswerConverter converter;
    private final ConditionEvaluator conditions;
    private final Mappers mappers;
    private final CleanJsonReader clean;
    private final Map<String, Optional<Version>> versions = new ConcurrentHashMap<>();

    /** Reads answers against questionnaires of no plugin platform: an unknown questionnaire names only the loaded ones. */
    public AnswersReader(Mappers mappers, Messages messages) {
        this(mappers, messages, id -> "");
    }

    /**
     * Reads answers against questionnaires some of which may be missing for a reason the caller knows
     * (the engine: plugins it did not load): an unknown questionnaire's message ends with
     * {@code notLoadedNote} of its id ({@code ""} for nothing to add).
     */
    public AnswersReader(Mappers mappers, Messages messages, Function<String, String> notLoadedNote) {
        this.notLoadedNote = notLoadedNote;
        this.messages = messages;
        this.trees = new TreeReader(mappers, messages);
        this.converter = new AnswerConverter(messages);
        this.conditions = new ConditionEvaluator();
        this.mappers = mappers;
        this.clean = new CleanJsonReader(mappers.json().getFactory(), this::parsed);
    }

    /**
     * Checks each answer of a response that was not read from a document (an application built it
     * in code) as the answer in an answers file would be checked: a question the questionnaire
     * has, an answer of its kind, offered options, a number or scale point in range, a text not too
     * long. Required and conditional questions are not checked: a response with answers left out
     * is scored, as a partial one is. Each problem carries the answer's JSON pointer
     * ({@code /answers/<id>}) and {@code source}.
     */
    public List<Problem> checkAnswers(String source, Questionnaire questionnaire, Response response) {
        return checkAnswers(source, questionnaire, response, true);
    }

    /** As {@link #checkAnswers(String, Questionnaire, Response)}; {@code quick}: answers it {@link #plainlyFits} are not read back. */
    List<Problem> checkAnswers(String source, Questionnaire questionnaire, Response response, boolean quick) {
        QuestionIndex index = QuestionIndex.of(questionnaire);
        LocatedTree tree = null;
        List<Problem> problems = null;
        List<Question> inOrder = index.questions();
        int next = 0;
        int unknown = 0;
        String firstUnlisted = null;
        for (Map.Entry<String, Answer> entry : response.answers().entrySet()) {
            // answers come in questionnaire order, their ids the definition's own where the reader
            // made them: found by identity from where the last one was, else by id
            String id = entry.getKey();
            int position = index.position(id, next);
            if (position >= 0) next = position + 1;
            Optional<Question> question = position >= 0 ? Optional.of(inOrder.get(position)) : Optional.empty();
            if (quick && position >= 0 && plainlyFits(index, position, inOrder.get(position), entry.getValue())) continue;
            if (problems == null) {
                problems = new ArrayList<>();
                tree = new LocatedTree(Optional.empty(), de.typwerk.engine.definition.SourceMap.empty(source), List.of(), true);
            }
            String pointer = "/answers" + LocatedTree.segment(entry.getKey());
            if (question.isEmpty()) {
                // as a file's: past the first hundred, counted in one finding, so that a response
                // built with 100,000 made-up ids costs neither 100,000 findings nor a hint for each
                if (++unknown > MAX_UNKNOWN_QUESTIONS) {
                    if (firstUnlisted == null) firstUnlisted = pointer;
                    continue;
                }
                problems.add(unknownQuestion(questionnaire, entry.getKey(), NearMiss.among(entry.getKey(), index.ids()), tree.at(pointer)));
                continue;
            }
            converter.convert(question.get(), written(entry.getValue()), pointer, tree, problems);
        }
        if (firstUnlisted != null) problems.add(unknownQuestionsUnlisted(questionnaire, unknown, tree.at(firstUnlisted)));
        return problems == null ? List.of() : problems;
    }

    /** The finding for an answer to question {@code key}, which {@code questionnaire} has not, with the id meant if there is one. */
    private Problem unknownQuestion(Questionnaire questionnaire, String key, Optional<String> meant, Location at) {
        String hint = meant.map(s -> messages.get("answers.did-you-mean", s)).orElse("");
        return Problem.error("unknown-question",
                messages.get("answers.unknown-question", questionnaire.coordinates(), Lookalikes.visible(key), hint), at);
    }

    /**
     * The one finding for the answers to questions {@code questionnaire} has not past the first
     * {@value #MAX_UNKNOWN_QUESTIONS} ({@code unknown} of them in all), at the first of them.
     */
    private Problem unknownQuestionsUnlisted(Questionnaire questionnaire, int unknown, Location at) {
        return Problem.error("unknown-question", messages.get("answers.unknown-questions-unlisted",
                unknown - MAX_UNKNOWN_QUESTIONS, questionnaire.coordinates(), MAX_UNKNOWN_QUESTIONS), at);
    }

    /**
     * Whether {@code answer} is one the reader certainly takes for {@code question}: the kinds of
     * answer a typology is made of, checked on the values at hand, where writing each answer out
     * and reading it back (as a wrong one is, for its message) made checking cost more than
     * scoring. {@code false} means only "read it the long way", which decides.
     */
    static boolean plainlyFits(QuestionIndex index, int position, Question question, Answer answer) {
        // the answer's kind first: a record's class is one comparison, a question's interface a search
        if (answer instanceof Answer.Choice c) {
            return question instanceof SingleChoiceQuestion && index.optionAt(position, c.option()) >= 0;
        }
        if (answer instanceof Answer.Scale s) {
            return question instanceof ScaleQuestion q && s.value() >= q.min() && s.value() <= q.max();
        }
        if (answer instanceof Answer.Ranking r) {
            return question instanceof RankingQuestion q && r.order().size() == q.top()
                    && knownAndDistinct(index, position, question, r.order(), false);
        }
        if (answer instanceof Answer.Choices c) {
            int n = c.options().size();
            return question instanceof MultipleChoiceQuestion q && n <= q.maxPicks()
                    && knownAndDistinct(index, position, question, c.options(), n > 1)
                    && !PickCount.tooFew(q, c.options());
        }
        if (answer instanceof Answer.Number n && question instanceof NumberQuestion q) {
            java.math.BigDecimal value = n.value();
            if (q.integer() && value.scale() > 0 && value.stripTrailingZeros().scale() > 0) return false;
            // rounding to the nearest double keeps order: a value whose double lies above the
            // bound's is not below the bound as the reader compares (as decimals); on the bound
            // itself, or below it, the long way decides
            double near = value.doubleValue();
            Optional<Double> min = q.min();
            if (min.isPresent() && Double.isFinite(min.get()) && !(near > min.get())) return false;
            Optional<Double> max = q.max();
            return max.isEmpty() || !Double.isFinite(max.get()) || near < max.get();
        }
        if (answer instanceof Answer.Text t && question instanceof TextQuestion q) {
            return t.text().codePointCount(0, t.text().length()) <= q.maxLength();
        }
        return false;
    }

    /**
     * Whether every id is an option of the question at {@code position}, none twice, and none to
     * be picked alone where {@code several}: the options found by the index (by identity first, as
     * the reader hands out the definition's ids), the first of an id as {@link Question#option}
     * finds it, so two equal ids are one option found twice.
     */
    private static boolean knownAndDistinct(QuestionIndex index, int position, Question question, List<String> ids,
                                            boolean several) {
        List<Option> options = question.choices();
        long seen = 0;
        for (int i = 0; i < ids.size(); i++) {
            int o = index.optionAt(position, ids.get(i));
            if (o < 0 || (several && options.get(o).alone())) return false;
            if (o < Long.SIZE) {
                if ((seen & 1L << o) != 0) return false;
                seen |= 1L << o;
            } else {
                for (int k = 0; k < i; k++) {
                    if (ids.get(k).equals(ids.get(i))) return false;
                }
            }
        }
        return true;
    }

    /**
     * The finding for an answers document longer than {@link Mappers#MAX_DOCUMENT_BYTES}, read
     * bounded ({@link Mappers#readBounded}) and so never read whole: its size where it has one (a
     * regular file, {@link Mappers#sizeOf}), else that it is more than the limit (standard input, a
     * pipe, a device).
     *
     * @param source   how the finding names the document
     * @param size     the document's size, where known
     * @param messages the reader's language
     * @return the one finding, an error {@code too-large}
     */
    public static Problem tooLarge(String source, java.util.OptionalLong size, Messages messages) {
        String limit = String.valueOf(Mappers.MAX_DOCUMENT_BYTES);
        String message = size.isPresent() ? messages.get("answers.too-large", String.valueOf(size.getAsLong()), limit)
                : messages.get("answers.too-large.stream", limit);
        return Problem.error("too-large", message, Location.source(source));
    }

    /**
     * An answer as an answers file writes it: the text of an option or a text answer, the number
     * of a scale point or a number answer, the list of the picks or the ranking.
     *
     * @param answer an answer
     * @return its JSON, as the reader reads it back
     */
    public static JsonNode written(Answer answer) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (answer instanceof Answer.Choice c) return nodes.textNode(c.option());
        if (answer instanceof Answer.Scale s) return nodes.numberNode(s.value());
        if (answer instanceof Answer.Number n) return nodes.numberNode(n.value());
        if (answer instanceof Answer.Text t) return nodes.textNode(t.text());
        List<String> ids = answer instanceof Answer.Choices c ? c.options() : ((Answer.Ranking) answer).order();
        com.fasterxml.jackson.databind.node.ArrayNode list = nodes.arrayNode();
        ids.forEach(list::add);
        return list;
    }

    /** Reads a complete answers file: every required question that is asked must be answered. */
    public AnswersRead read(String source, byte[] content, List<LoadedQuestionnaire> available) {
        return read(source, content, available, true);
    }

    /**
     * Reads answers that may be incomplete, e.g. a file to resume an interactive session from:
     * unanswered required questions are no problem; everything else is checked as in {@link #read}.
     */
    public AnswersRead readPartial(String source, byte[] content, List<LoadedQuestionnaire> available) {
        return read(source, content, available, false);
    }

    /**
     * A JSON document goes the quick way first ({@link CleanJsonReader}: no tree, nothing to
     * report, as a batch's rows are); any other, or one the quick way finds anything in, is read
     * without noting where each node stands, which is all a good document needs; only a document
     * with a finding is read again with locations, so every finding still names line and column.
     */
    private AnswersRead read(String source, byte[] content, List<LoadedQuestionnaire> available, boolean complete) {
        if (content.length <= Mappers.MAX_DOCUMENT_BYTES && mappers.forDocument(source, content) == mappers.json()
                && StrictUtf8.otherEncoding(content).isEmpty() && StrictUtf8.unmarkedEncoding(content).isEmpty()) {
            Optional<CleanJsonReader.Clean> read = clean.read(content, available, complete);
            if (read.isPresent()) {
                return new AnswersRead(source, Optional.of(read.get().questionnaire()), Optional.of(read.get().response()), List.of());
            }
        }
        return readFully(source, content, available, complete);
    }

    /** The full reading, which finds and locates every problem (the quick way left out: for tests). */
    AnswersRead readFully(String source, byte[] content, List<LoadedQuestionnaire> available, boolean complete) {
        AnswersRead quick = read(source, content, available, complete, false);
        return quick.problems().isEmpty() ? quick : read(source, content, available, complete, true);
    }

    private AnswersRead read(String source, byte[] content, List<LoadedQuestionnaire> available, boolean complete,
                             boolean locate) {
        LocatedTree tree = trees.read(source, content, locate);
        List<Problem> problems = new ArrayList<>(tree.problems());
        if (tree.root().isEmpty()) return done(source, Optional.empty(), Optional.empty(), problems);
        JsonNode root = tree.root().get();
        if (!root.isObject()) {
            problems.add(Problem.error("not-a-mapping", messages.get("answers.not-a-mapping"), tree.at("")));
            return done(source, Optional.empty(), Optional.empty(), problems);
        }
        // a top-level key written twice (a second "answers:" pasted below the first): which one was
        // meant is not known, so what the first one holds is not judged, or every question the second
        // answers would be reported missing before the one mistake there is
        if (problems.stream().anyMatch(p -> p.code().equals("duplicate-key") && TOP_LEVEL.matcher(p.location().pointer()).matches())) {
            return done(source, Optional.empty(), Optional.empty(), problems);
        }
        unknownKeys(root, "", TOP_KEYS, tree, problems);
        Optional<String> id = text(root, "questionnaire", tree, problems);
        Optional<Version> version = version(root, tree, problems);
        Respondent respondent = respondent(root, tree, problems);
        JsonNode answers = root.path("answers");
        // "answers:" with nothing after it: no answer yet
        if (root.has("answers") && notAnswered(answers)) answers = JsonNodeFactory.instance.objectNode();
        if (root.has("answers") && !answers.isObject()) {
            problems.add(Problem.error("wrong-kind", messages.get("answers.answers-not-a-mapping", converter.found(answers)),
                    tree.at("/answers")));
        } else if (!root.has("answers")) {
            problems.add(Problem.error("missing-key", messages.get("answers.missing-key", "answers"), tree.at("")));
        }
        if (id.isEmpty() || version.isEmpty()) return done(source, Optional.empty(), Optional.empty(), problems);

        Optional<LoadedQuestionnaire> loaded = resolve(id.get(), version.get(), available, tree, problems);
        if (loaded.isEmpty() || !answers.isObject()) return done(source, loaded, Optional.empty(), problems);
        Questionnaire questionnaire = loaded.get().questionnaire();
        QuestionIndex index = QuestionIndex.of(questionnaire);

        Map<String, Answer> written = new LinkedHashMap<>(2 * index.questions().size());
        Set<String> invalid = new HashSet<>();
        // questions whose id was misspelt ("fokuss" for "fokus"): one mistake, one message, so they
        // are not also reported as missing
        Set<String> misspelt = new HashSet<>();
        int unknown = 0;
        String firstUnlisted = null;
        for (Map.Entry<String, JsonNode> entry : answers.properties()) {
            // no pointer without locations: a reading with a finding is done again with them
            String pointer = tree.located() ? "/answers" + LocatedTree.segment(entry.getKey()) : "";
            Optional<Question> question = index.question(entry.getKey());
            if (question.isEmpty() && ++unknown > MAX_UNKNOWN_QUESTIONS) {
                if (firstUnlisted == null) firstUnlisted = pointer;
                continue;
            }
            if (question.isEmpty()) {
                Optional<String> meant = NearMiss.among(entry.getKey(), index.ids());
                problems.add(unknownQuestion(questionnaire, entry.getKey(), meant, tree.at(pointer)));
                if (meant.isPresent() && !answers.has(meant.get())) misspelt.add(meant.get());
                continue;
            }
            if (notAnswered(entry.getValue())) continue;
            Optional<Answer> answer = converter.convert(question.get(), entry.getValue(), pointer, tree, problems);
            if (answer.isPresent()) {
                written.put(entry.getKey(), answer.get());
            } else {
                invalid.add(entry.getKey());
            }
        }

        if (firstUnlisted != null) problems.add(unknownQuestionsUnlisted(questionnaire, unknown, tree.at(firstUnlisted)));
        invalid.addAll(misspelt);
        Map<String, Answer> counted = honourConditions(index, written, invalid, complete, tree, problems);
        if (problems.stream().anyMatch(Problem::isError)) return done(source, loaded, Optional.empty(), problems);
        Response response = Response.builder(questionnaire.id(), parsed(questionnaire.version()).orElseThrow())
                .respondent(respondent).answers(counted).build();
        return done(source, loaded, Optional.of(response), problems);
    }

    /**
     * Walks the questionnaire in order: an answer to a question that is not asked is an error, and
     * so is a required question that is asked but unanswered. A condition that looks at an answer
     * that was already refused is not judged, so one mistake gives one message, not a cascade.
     */
    private Map<String, Answer> honourConditions(QuestionIndex index, Map<String, Answer> written, Set<String> invalid,
                                                 boolean complete, LocatedTree tree, List<Problem> problems) {
        Map<String, Answer> counted = new LinkedHashMap<>(2 * index.questions().size());
        for (Question question : index.questions()) {
            boolean judgeable = invalid.isEmpty()
                    || question.when().map(c -> conditions.references(c).stream().noneMatch(invalid::contains)).orElse(true);
            boolean asked = question.isAskedGiven(counted);
            Answer answer = written.get(question.id());
            if (answer != null) {
                if (asked) {
                    counted.put(question.id(), answer);
                } else {
                    invalid.add(question.id());
                    if (judgeable) {
                        String when = conditions.describe(question.when().orElseThrow(), messages);
                        problems.add(Problem.error("not-asked", messages.get("answers.not-asked", question.id(), when),
                                tree.at("/answers" + LocatedTree.segment(question.id()))));
                    }
                }
            } else if (complete && asked && judgeable && question.required() && !invalid.contains(question.id())) {
                // placed where the answer belongs (line of "answers:"), pointing at the question it lacks
                problems.add(Problem.error("missing-required", messages.get("answers.missing-required", question.id(), converter.expectation(question)),
                        tree.at("/answers").withPointer("/answers" + LocatedTree.segment(question.id()))));
            }
        }
        return counted;
    }

    private Optional<LoadedQuestionnaire> resolve(String id, Version wanted, List<LoadedQuestionnaire> available,
                                                  LocatedTree tree, List<Problem> problems) {
        List<LoadedQuestionnaire> same = new ArrayList<>(1);
        for (LoadedQuestionnaire l : available) {
            if (l.questionnaire().id().equals(id)) same.add(l);
        }
        if (same.isEmpty()) {
            List<String> ids = available.stream().map(l -> l.questionnaire().id()).distinct().sorted().toList();
            String hint = NearMiss.among(id, ids).map(s -> messages.get("answers.did-you-mean", s)).orElse("");
            String message = ids.isEmpty()
                    ? messages.get("answers.no-questionnaires", id)
                    : messages.get("answers.unknown-questionnaire", Lookalikes.visible(id), hint, String.join(", ", ids));
            message += notLoadedNote.apply(id);
            problems.add(Problem.error("unknown-questionnaire", message, tree.at("/questionnaire")));
            return Optional.empty();
        }
        for (LoadedQuestionnaire l : same) {
            if (versionOf(l).map(wanted::equals).orElse(false)) return Optional.of(l);
        }
        Optional<LoadedQuestionnaire> compatible = same.stream()
                .filter(l -> versionOf(l).map(v -> answers(v, wanted)).orElse(false))
                .max(Comparator.comparing(l -> versionOf(l).orElseThrow()));
        if (compatible.isPresent()) {
            problems.add(Problem.warning("other-version", messages.get("answers.other-version", id, wanted.toString(),
                    compatible.get().questionnaire().version()), tree.at("/version")));
            return compatible;
        }
        String versions = String.join(", ", same.stream().map(l -> l.questionnaire().version()).sorted().toList());
        problems.add(Problem.error("incompatible-version",
                messages.get("answers.incompatible-version", id, wanted.toString(), versions), tree.at("/version")));
        return Optional.empty();
    }

    /**
     * What answers for version {@code wanted} of {@code loaded}'s questionnaire, built in code,
     * get against it, by the rule a file's {@code version} is resolved by: nothing for the same
     * version (or a loaded one that is no version, which nothing compares against), the warning
     * {@code other-version} for an earlier version of the same major version, the error
     * {@code incompatible-version} for another major version or a later one.
     *
     * @param at where the problem is placed
     */
    public Optional<Problem> versionProblem(LoadedQuestionnaire loaded, Version wanted, Location at) {
        Optional<Version> version = versionOf(loaded);
        if (version.isEmpty() || version.get().equals(wanted)) return Optional.empty();
        String id = loaded.questionnaire().id();
        String shown = loaded.questionnaire().version();
        return Optional.of(answers(version.get(), wanted)
                ? Problem.warning("other-version", messages.get("answers.other-version", id, wanted.toString(), shown), at)
                : Problem.error("incompatible-version", messages.get("answers.incompatible-version", id, wanted.toString(), shown), at));
    }

    /** Whether {@code loaded} takes answers for the other version {@code wanted}: a later version of the same major version. */
    private static boolean answers(Version loaded, Version wanted) {
        return loaded.major() == wanted.major() && loaded.compareTo(wanted) > 0;
    }

    private Optional<Version> versionOf(LoadedQuestionnaire l) {
        return parsed(l.questionnaire().version());
    }

    /**
     * {@code text} as a version, if it is one; remembered, since a batch names the same version in
     * every row. At most {@value #VERSIONS_KEPT} texts are kept, so odd input cannot grow it.
     */
    private Optional<Version> parsed(String text) {
        Optional<Version> known = versions.get(text);
        if (known != null) return known;
        // a date (version: 2024-01-05) is no version, where the grammar would read it as 2024 with the label 01-05
        Optional<Version> version = VersionText.readable(text) ? Optional.of(Version.parse(text)) : Optional.empty();
        if (versions.size() < VERSIONS_KEPT) versions.put(text, version);
        return version;
    }

    private Optional<String> text(JsonNode parent, String key, LocatedTree tree, List<Problem> problems) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            problems.add(missing(key, node, tree));
            return Optional.empty();
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            problems.add(Problem.error("wrong-kind", messages.get("answers.not-text", key, converter.found(node)), tree.at("/" + key)));
            return Optional.empty();
        }
        return Optional.of(node.textValue().strip());
    }

    /**
     * A top key that is not there, or is there without a value ({@code "questionnaire": null},
     * {@code version:}, an empty cell of a CSV row): the latter is placed at the key, so that a
     * batch names the column and an editor the line.
     */
    private Problem missing(String key, JsonNode node, LocatedTree tree) {
        if (node == null) return Problem.error("missing-key", messages.get("answers.missing-key", key), tree.at(""));
        return Problem.error("missing-key", messages.get("answers.empty-key", key), tree.at("/" + key));
    }

    /**
     * Where {@code text} holds its first control character (U+0000 to U+001F, U+007F to U+009F) other
     * than a tab, -1 where none: a tab shows as a space and is written escaped, a NUL or a line break
     * breaks the lines of whatever the name goes into.
     *
     * <p>Stricter than {@link TextControls#control}, on purpose: that one lets a line break through,
     * since a definition's texts (a question's help, a type's description) may run over several lines,
     * while each of a respondent's texts (name, AGS, kind, state) stands on one line of a report's
     * "For: …", a cohort's table and a CSV row. The controls of the text direction are
     * {@link TextControls#direction}'s, as for every text that is shown.
     */
    static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && Character.isISOControl(c)) return i;
        }
        return -1;
    }

    private Optional<Version> version(JsonNode root, LocatedTree tree, List<Problem> problems) {
        JsonNode node = root.get("version");
        if (node == null || node.isNull()) {
            problems.add(missing("version", node, tree));
            return Optional.empty();
        }
        // YAML reads an unquoted 1.0 as a number; its digits are still a version, as written: 01.2,
        // 1e3, +1, 0x1 and 1_0 are numbers to YAML (1.2, 1000, 1, 1, 10) but no versions
        String text = node instanceof WrittenNumber written ? written.written() : node.isBigDecimal() ? Decimals.written(node.decimalValue()) : node.isIntegralNumber() ? node.asText()
                : node.isTextual() ? node.textValue() : "";
        Optional<Version> version = parsed(text);
        if (version.isEmpty()) {
            problems.add(Problem.error("bad-version", messages.get("answers.bad-version", converter.found(node)), tree.at("/version")));
        }
        return version;
    }

    private Respondent respondent(JsonNode root, LocatedTree tree, List<Problem> problems) {
        JsonNode node = root.get("respondent");
        if (node == null || notAnswered(node)) return Respondent.ANONYMOUS;
        if (!node.isObject()) {
            problems.add(Problem.error("wrong-kind", messages.get("answers.respondent-not-a-mapping", converter.found(node)),
                    tree.at("/respondent")));
            return Respondent.ANONYMOUS;
        }
        unknownKeys(node, "/respondent", RESPONDENT_KEYS, tree, problems);
        Optional<String> ags = optionalText(node, "ags", tree, problems);
        ags.flatMap(a -> agsProblem(a, tree.at("/respondent/ags"))).ifPresent(problems::add);
        Optional<String> name = optionalText(node, "name", tree, problems);
        Optional<String> kind = optionalText(node, "kind", tree, problems);
        Optional<String> state = optionalText(node, "state", tree, problems);
        return Respondent.builder().name(name.orElse(null)).ags(ags.orElse(null)).kind(kind.orElse(null))
                .state(state.orElse(null)).build();
    }

    /** An AGS that is not eight digits, or whose first two name no state ({@code bad-ags}), at {@code at}; else empty. */
    private Optional<Problem> agsProblem(String ags, Location at) {
        if (!AGS.matcher(ags).matches()) {
            return Optional.of(Problem.error("bad-ags", messages.get("answers.bad-ags", ags) + leadingZero(ags), at));
        }
        if (!Ags.isValid(ags)) {
            return Optional.of(Problem.error("bad-ags", messages.get("answers.bad-ags-state", ags, ags.substring(0, 2)), at));
        }
        return Optional.empty();
    }

    /**
     * For seven digits that are an AGS with a 0 before them (7136105): that the zero is missing, as a
     * spreadsheet drops it from a number (a CSV column of AGS, an AGS written as a number); else "".
     */
    private String leadingZero(String written) {
        return written.matches("[1-9][0-9]{6}") && Ags.isValid("0" + written)
                ? " " + messages.get("answers.bad-ags-leading-zero", "0" + written) : "";
    }

    private Optional<String> optionalText(JsonNode parent, String key, LocatedTree tree, List<Problem> problems) {
        JsonNode node = parent.get(key);
        if (node == null || notAnswered(node)) return Optional.empty();
        if (!node.isTextual()) {
            String message = key.equals("ags")
                    ? messages.get("answers.bad-ags", converter.found(node)) + leadingZero(node.isIntegralNumber() ? node.asText() : "")
                    : messages.get("answers.not-text", key, converter.found(node));
            problems.add(Problem.error(key.equals("ags") ? "bad-ags" : "wrong-kind", message, tree.at("/respondent/" + key)));
            return Optional.empty();
        }
        String text = node.textValue().strip();
        Optional<Problem> unwritable = unwritable(key, text, tree.at("/respondent/" + key));
        if (unwritable.isPresent()) {
            problems.add(unwritable.get());
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A respondent's {@code key} whose {@code text} holds a control character or half of a character, which no output can carry as it is. */
    private Optional<Problem> unwritable(String key, String text, Location at) {
        int control = controlCharacter(text);
        if (control >= 0) {
            // a NUL or a line break pasted into a name would go on into every CSV row and report made of it
            return Optional.of(Problem.error("respondent-control-character", messages.get("answers.respondent-control-character", key,
                    TextControls.named(text.charAt(control)), String.valueOf(TextControls.position(text, control))), at));
        }
        int direction = TextControls.direction(text);
        if (direction >= 0) {
            // a right-to-left override pasted into a name turns the rest of every line it goes into around: the
            // report's "For: …" line, a cohort's table, a CSV row (text that says one thing and shows another)
            return Optional.of(Problem.error("respondent-control-character", messages.get("answers.respondent-direction-control", key,
                    TextControls.named(text.charAt(direction)), String.valueOf(TextControls.position(text, direction))), at));
        }
        int half = loneSurrogate(text);
        if (half >= 0) {
            // a surrogate escaped alone in JSON or YAML (backslash, u, d800) is half a character: UTF-8 cannot hold it, every output would write '?' for it
            return Optional.of(Problem.error("respondent-lone-surrogate", messages.get("answers.respondent-lone-surrogate", key,
                    String.format(java.util.Locale.ROOT, "\\u%04x", (int) text.charAt(half)),
                    String.valueOf(text.codePointCount(0, half) + 1)), at));
        }
        return Optional.empty();
    }

    /**
     * The respondent of a response built in code, checked as a file's is read ({@code bad-ags},
     * {@code respondent-control-character}, {@code respondent-lone-surrogate}), each finding at
     * {@code /respondent/<key>} of {@code source}; empty when it is fine.
     *
     * @param source    what names the response in the findings ({@code ""} for one built in code)
     * @param respondent the respondent to check
     * @return the findings, in the order name, AGS, kind, state
     */
    public List<Problem> checkRespondent(String source, Respondent respondent) {
        List<Problem> problems = new ArrayList<>();
        Location at = Location.source(source);
        java.util.function.BiConsumer<String, Optional<String>> text = (key, value) ->
                value.flatMap(v -> unwritable(key, v, at.withPointer("/respondent/" + key))).ifPresent(problems::add);
        text.accept("name", respondent.name());
        Optional<String> ags = respondent.ags();
        int before = problems.size();
        text.accept("ags", ags);
        if (ags.isPresent() && problems.size() == before) agsProblem(ags.get(), at.withPointer("/respondent/ags")).ifPresent(problems::add);
        text.accept("kind", respondent.kind());
        text.accept("state", respondent.state());
        return problems;
    }

    /** Where {@code text} holds half of a character (a surrogate without its other half), -1 where nowhere. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private void unknownKeys(JsonNode node, String pointer, List<String> known, LocatedTree tree, List<Problem> problems) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (known.contains(entry.getKey())) continue;
            String hint = NearMiss.among(entry.getKey(), known).map(s -> messages.get("answers.did-you-mean", s)).orElse("");
            problems.add(Problem.error("unknown-key", messages.get("answers.unknown-key", entry.getKey(), hint, String.join(", ", known)),
                    tree.at(pointer + LocatedTree.segment(entry.getKey()))));
        }
    }

    /**
     * Null, and an empty text, mean "not answered": a YAML key left empty ({@code q-x:}) reads as
     * an empty text, and a template filled in partly must be readable.
     */
    private static boolean notAnswered(JsonNode node) {
        return node.isNull() || (node.isTextual() && node.textValue().isEmpty());
    }

    private static AnswersRead done(String source, Optional<LoadedQuestionnaire> questionnaire, Optional<Response> response,
                                    List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.location().line()).thenComparingInt(p -> p.location().column()));
        return new AnswersRead(source, questionnaire, response, sorted);
    }
}
