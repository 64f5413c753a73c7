package de.typwerk.testkit;

import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.engine.result.Outcome;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.answers.ConditionEvaluator;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.plugin.DescriptorReader;
import de.typwerk.engine.plugin.PluginEntry;
import de.typwerk.engine.strategy.StrategyRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The checks every questionnaire plugin should pass, as a JUnit 5 test interface. Implement it in
 * a test class of the plugin's project; with Maven's standard layout nothing needs overriding:
 *
 * <pre>{@code
 * class KreistypenPluginTest implements QuestionnairePluginContract {
 * }
 * }</pre>
 *
 * The plugin is what the build put into {@link #pluginRoot()} ({@code target/classes}: the
 * descriptor {@value PluginDescriptor#RESOURCE} and the definitions it lists). The engine loads it
 * from there together with the test's class path, so the scoring strategy a definition names must
 * be on the test class path too (e.g. {@code typwerk-strategy-points} as a test dependency) or in
 * one of the {@link #pluginFolders()}.
 *
 * <p>Checks: the descriptor reads and admits this engine; every definition reads and validates;
 * the engine loads the plugin; every question is asked for some answers to the questions before
 * it; every type is the primary result for some answers. The last two are searches, not examples
 * written by hand: a failure means the search exhausted the answers (questions) or its effort
 * (types). A failed check lists every finding with its place, {@code file:line:col}, in the file
 * the author edits ({@link #sourceRoot()}).
 *
 * <p>To leave one check out, override its method without {@code @Test}.
 */
public interface QuestionnairePluginContract {

    /**
     * Where the built plugin is: a folder (default {@code target/classes}) or a plugin jar.
     *
     * @return the folder or jar the engine loads the plugin from
     */
    default Path pluginRoot() {
        return Path.of("target", "classes");
    }

    /**
     * Where the author edits what the build copies into the plugin root (default
     * {@code src/main/resources}); problems name files here when they exist.
     *
     * @return the folder the plugin's resources are edited in
     */
    default Path sourceRoot() {
        return Path.of("src", "main", "resources");
    }

    /**
     * Further plugins folders to load, e.g. one holding the jar of the strategy the definitions name
     * ({@code Path.of("..", "median", "target")}). Every jar in each folder is loaded as from a
     * plugins folder; a relative path is taken from the project's folder, where Maven runs the tests.
     * Only these checks see them: the build step that records validated definitions runs on the
     * test class path, so a strategy made a test dependency serves both.
     *
     * @return the folders, none by default
     */
    default List<Path> pluginFolders() {
        return List.of();
    }

    /**
     * The language of the messages: German unless overridden, or unless the build sets the system
     * property {@code typwerk.lang} to {@code en} ({@code mvn verify -Dtypwerk.lang=en}; the
     * archetypes' POMs pass their property {@code typwerk.lang} to the tests and to the build step
     * that records validated definitions, so that one switch sets the language of both).
     *
     * @return the language failures are reported in ({@link Locale#ENGLISH} for English)
     */
    default Locale locale() {
        return BuildLanguage.locale();
    }

    /**
     * Check: the descriptor {@code META-INF/typwerk/plugin.yaml} reads without errors and its
     * {@code api} range holds this engine's API version.
     */
    @Test
    default void the_plugin_descriptor_reads_and_admits_this_engine() {
        try (PluginUnderTest plugin = plugin()) {
            KitMessages kit = plugin.kit();
            DescriptorReader.Read read = plugin.descriptor();
            List<String> findings = new ArrayList<>(errors(read.problems()));
            read.descriptor().flatMap(plugin::apiMismatch).ifPresent(findings::add);
            CheckFailure.unless(findings, kit.get("check.descriptor"));
        }
    }

    /**
     * Check: every definition the descriptor lists exists, reads and validates against the loaded
     * strategies; each problem is listed at its {@code file:line:col}, and a strategy that is not
     * loaded adds how to load it in the tests ({@link #pluginFolders()} or a test dependency).
     */
    @Test
    default void every_definition_reads_and_validates_without_errors() {
        try (PluginUnderTest plugin = plugin()) {
            KitMessages kit = plugin.kit();
            PluginDescriptor descriptor = descriptorOrFail(plugin, kit.get("check.definitions"));
            List<Problem> problems = plugin.definitionProblems(descriptor);
            List<String> findings = new ArrayList<>(errors(problems));
            findings.addAll(hints(problems, kit));
            CheckFailure.unless(findings, kit.get("check.definitions"));
        }
    }

    /**
     * Check: the engine loads the plugin and it yields at least one questionnaire; else the
     * engine's reason and each error of the definitions.
     */
    @Test
    default void the_engine_loads_the_plugin_with_its_questionnaires() {
        try (PluginUnderTest plugin = plugin()) {
            loaded(plugin, plugin.kit().get("check.loads"));
        }
    }

    /**
     * Check: for each question with a {@code when}, some answers to the questions before it make the
     * condition true, found by an exhaustive search over the answers that matter.
     */
    @Test
    default void every_question_is_asked_for_some_answers_to_the_questions_before_it() {
        try (PluginUnderTest plugin = plugin()) {
            KitMessages kit = plugin.kit();
            String check = kit.get("check.questions");
            ConditionEvaluator conditions = new ConditionEvaluator();
            List<String> findings = new ArrayList<>();
            for (LoadedQuestionnaire loaded : loaded(plugin, kit.get("check.questions.unloaded"))) {
                Questionnaire q = loaded.questionnaire();
                ConditionSearch search = new ConditionSearch(q);
                for (Question question : q.questions()) {
                    ConditionSearch.Reach reach = search.reach(question);
                    if (reach instanceof ConditionSearch.Reach.Asked) continue;
                    String place = plugin.place(loaded, pointer(q, question) + "/when");
                    String when = conditions.describe(question.when().orElseThrow(), plugin.engine().messages());
                    findings.add(reach instanceof ConditionSearch.Reach.Undecided u
                            ? kit.get("question.undecided", place, question.id(), when, String.valueOf(u.tried()))
                            : kit.get("question.never", place, question.id(), when));
                }
            }
            CheckFailure.unless(findings, check);
        }
    }

    /**
     * Check: for each type, some complete, valid response makes it the primary (clear) result when
     * the engine scores it with the questionnaire's own strategy, found by a seeded hill climb over
     * responses; a failure reports the closest result the search reached.
     */
    @Test
    default void every_type_is_the_primary_result_for_some_answers() {
        try (PluginUnderTest plugin = plugin(); StrategyRunner scorer = new StrategyRunner(new Mappers(), plugin.engine().messages())) {
            KitMessages kit = plugin.kit();
            String check = kit.get("check.types");
            List<String> findings = new ArrayList<>();
            for (LoadedQuestionnaire loaded : loaded(plugin, kit.get("check.types.unloaded"))) {
                Questionnaire q = loaded.questionnaire();
                if (q.types().isEmpty()) continue;
                Optional<ScoringSpec> spec = q.scoring();
                if (spec.isEmpty()) {
                    findings.add(kit.get("type.no-scoring", plugin.place(loaded, "/types"), q.coordinates()));
                    continue;
                }
                ScoringStrategy<?> strategy = plugin.engine().strategies().find(spec.get().strategy()).orElseThrow();
                TypeSearch search = new TypeSearch(loaded, strategy, scorer);
                for (int i = 0; i < q.types().size(); i++) {
                    TypeDefinition type = q.types().get(i);
                    String place = plugin.place(loaded, "/types/" + i);
                    TypeSearch.Found found = search.search(type.id());
                    if (found instanceof TypeSearch.Found.Failed f) {
                        f.problems().forEach(p -> findings.add(kit.get("type.failed", place, type.id(), p.message())));
                        break;
                    }
                    if (found instanceof TypeSearch.Found.Closest c) {
                        findings.add(kit.get("type.never", place, type.id(), spec.get().strategy(),
                                String.valueOf(c.scored()), describe(c.outcome(), kit), lead(c.lead(), locale())));
                    }
                }
            }
            CheckFailure.unless(findings, check);
        }
    }

    private PluginUnderTest plugin() {
        return new PluginUnderTest(pluginRoot(), sourceRoot(), pluginFolders(), locale());
    }

    private static PluginDescriptor descriptorOrFail(PluginUnderTest plugin, String check) {
        DescriptorReader.Read read = plugin.descriptor();
        if (read.descriptor().isEmpty()) {
            CheckFailure.unless(errors(read.problems()), check);
            throw CheckFailure.of(check, plugin.kit().get("descriptor.unreadable"));
        }
        return read.descriptor().get();
    }

    /**
     * This plugin's questionnaires as the engine loaded them; fails with {@code check} (a headline
     * that says the plugin did not load, for the checks that search its questionnaires) when there
     * are none.
     */
    private static List<LoadedQuestionnaire> loaded(PluginUnderTest plugin, String check) {
        KitMessages kit = plugin.kit();
        PluginDescriptor descriptor = descriptorOrFail(plugin, check);
        Optional<PluginEntry> entry = plugin.entry(descriptor.id());
        if (entry.isEmpty()) throw CheckFailure.of(check, kit.get("plugin.not-found", descriptor.id()));
        if (!entry.get().loaded()) {
            List<String> findings = new ArrayList<>();
            // the reason without the source it starts with ("class path: <root>"), which is the plugin
            // under test; each error once: none that only repeats the reason after that source, and no
            // reason that only counts the errors listed below and repeats the first of them
            String reason = entry.get().shortReason();
            List<String> errors = errors(entry.get().problems()).stream().filter(e -> !e.endsWith(": " + reason)).toList();
            if (errors.isEmpty() || !reason.endsWith(errors.get(0))) findings.add(reason);
            findings.addAll(errors);
            findings.addAll(hints(entry.get().problems(), kit));
            // the engine read the build output; the author edits the sources
            CheckFailure.unless(findings.stream().map(plugin::inSources).toList(), check);
        }
        List<LoadedQuestionnaire> loaded = plugin.questionnaires(descriptor.id());
        if (loaded.isEmpty()) throw CheckFailure.of(check, kit.get("plugin.no-questionnaires", descriptor.id()));
        return loaded;
    }

    private static List<String> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    /**
     * What to do about problems whose fix lies in the test setup, not in the definition: a strategy
     * that is not Typwerk's own is loaded in the tests only from its plugin's jar.
     */
    private static List<String> hints(List<Problem> problems, KitMessages kit) {
        boolean unknownStrategy = problems.stream().anyMatch(p -> p.isError() && p.code().equals("unknown-strategy"));
        return unknownStrategy ? List.of(kit.get("definition.unknown-strategy")) : List.of();
    }

    /** The JSON pointer of {@code question} in its definition. */
    private static String pointer(Questionnaire q, Question question) {
        for (int s = 0; s < q.sections().size(); s++) {
            int i = q.sections().get(s).questions().indexOf(question);
            if (i >= 0) return "/sections/" + s + "/questions/" + i;
        }
        return "";
    }

    private static String describe(Outcome outcome, KitMessages kit) {
        if (outcome instanceof Outcome.Primary p) return kit.get("outcome.primary", p.type());
        if (outcome instanceof Outcome.Mixed m) return kit.get("outcome.mixed", m.first(), m.second());
        if (outcome instanceof Outcome.None) return kit.get("outcome.none");
        Outcome.Insufficient i = (Outcome.Insufficient) outcome;
        return kit.get("outcome.insufficient", String.valueOf(i.answered()), String.valueOf(i.needed()));
    }

    private static String lead(double lead, Locale locale) {
        String plain = java.math.BigDecimal.valueOf(lead).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
        // the decimal separator of the reader's language, as in every German number Typwerk writes
        return locale.getLanguage().equals("de") ? plain.replace('.', ',') : plain;
    }
}
