package de.typwerk.testkit;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.SourceMap;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.variant.VariantLinker;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Locale;
import org.opentest4j.AssertionFailedError;

/**
 * Reads a questionnaire definition from the test class path the way the engine reads one, strictly,
 * for tests that need a {@link Questionnaire} value (e.g. {@link ScoringStrategyContract#questionnaire()}).
 * A definition that does not read fails the test with every problem and its line and column. A
 * variant ({@code extends:}) is resolved against the questionnaires of the plugins on the test class
 * path, as the engine resolves it: its base's plugin must be a test dependency.
 */
public final class TestQuestionnaires {

    /** Where each questionnaire read here stands in its file, so that findings about it name lines. */
    private static final Map<Questionnaire, SourceMap> PLACES = Collections.synchronizedMap(new WeakHashMap<>());

    private TestQuestionnaires() {
    }

    /** Where the nodes of {@code questionnaire} stand, when it was read here; else a map without lines. */
    static SourceMap places(Questionnaire questionnaire) {
        SourceMap places = PLACES.get(questionnaire);
        return places != null ? places : SourceMap.empty(questionnaire.id());
    }

    /**
     * The definition at {@code resource} on the test class path, with German messages.
     *
     * @param resource its path on the class path, e.g. {@code questionnaires/sample.yaml}
     *                 ({@code src/test/resources/questionnaires/sample.yaml} in a Maven project)
     * @return the questionnaire; a definition that is missing or does not read fails the test with its problems
     */
    public static Questionnaire read(String resource) {
        return read(resource, Locale.GERMAN);
    }

    /**
     * The definition at {@code resource} on the test class path, with messages in {@code locale}.
     *
     * @param resource its path on the class path, e.g. {@code questionnaires/sample.yaml}
     * @param locale   the language of the failure's messages
     * @return the questionnaire; a definition that is missing or does not read fails the test with its problems
     */
    public static Questionnaire read(String resource, Locale locale) {
        KitMessages kit = new KitMessages(locale);
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : TestQuestionnaires.class.getClassLoader();
        byte[] bytes;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) throw new AssertionFailedError(kit.get("resource.missing", name));
            bytes = in.readNBytes(Mappers.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(new DefinitionSource(name, bytes), kit, locale);
    }

    /**
     * A definition given as text, e.g. a small one written in the test itself:
     *
     * <pre>{@code
     * Questionnaire q = TestQuestionnaires.parse("tiny.yaml", """
     *         id: tiny
     *         version: 1.0.0
     *         ...
     *         """);
     * }</pre>
     *
     * This is how a test builds a questionnaire of its own: the model's types are interfaces the
     * engine implements, so that they can grow in a minor version without breaking anybody's code.
     *
     * @param name how problems name it; its ending ({@code .yaml}, {@code .yml}, {@code .json}) selects the format
     * @param text the definition
     * @return the questionnaire; a definition that does not read fails the test with its problems
     */
    public static Questionnaire parse(String name, String text) {
        return read(new DefinitionSource(name, text.getBytes(StandardCharsets.UTF_8)), new KitMessages(Locale.GERMAN),
                Locale.GERMAN);
    }

    private static Questionnaire read(DefinitionSource source, KitMessages kit, Locale locale) {
        String name = source.name();
        DefinitionRead read = new DefinitionReader(new Mappers(), new Messages(locale)).read(source);
        if (!read.ok()) {
            List<String> errors = read.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
            CheckFailure.unless(errors, kit.get("resource.problems", name));
        }
        Questionnaire questionnaire = read.questionnaire().orElseThrow();
        if (questionnaire.isVariant()) return resolved(read, kit, locale);
        PLACES.put(questionnaire, read.sourceMap());
        return questionnaire;
    }

    /**
     * A variant, resolved against the questionnaires of the plugins on the test class path (the
     * base's plugin as a test dependency, such as {@code typwerk-questionnaire-oefit}) as the engine
     * resolves it, and validated as a whole with the strategies there; so a strategy can be tested on
     * a questionnaire it does not maintain, through a variant whose overlay gives it parameters.
     */
    private static Questionnaire resolved(DefinitionRead read, KitMessages kit, Locale locale) {
        try (Typwerk engine = Typwerk.builder().locale(locale).build()) {
            VariantLinker.Linked linked = engine.resolve(read);
            if (linked instanceof VariantLinker.Linked.Resolved resolved) {
                Questionnaire questionnaire = resolved.definition().questionnaire();
                PLACES.put(questionnaire, resolved.definition().sourceMap());
                return questionnaire;
            }
            List<String> errors = new ArrayList<>(linked.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
            if (linked.problems().stream().anyMatch(p -> p.code().equals("unknown-base"))) {
                // its plugin on the class path but refused (for a strategy the base names that is not there): why
                String base = read.questionnaire().orElseThrow().base().orElse("");
                String note = engine.notLoadedNote(base.contains("@") ? base.substring(0, base.indexOf('@')) : base).strip();
                if (!note.isEmpty()) errors.add(note);
                errors.add(kit.get("resource.unknown-base"));
            }
            CheckFailure.unless(errors, kit.get("resource.unresolved", read.source()));
            throw new IllegalStateException("unreachable: a variant that did not resolve has an error");
        }
    }
}
