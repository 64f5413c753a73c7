package de.typwerk.presentation;

import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.NearMiss;
import de.typwerk.engine.i18n.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;

/**
 * What a reader reads, in one language: the presentation's bundle {@code de/typwerk/presentation/messages}
 * (German default, English), with the bundle of the floor that uses it in front ({@link #over}: the
 * CLI's, the server's). Lookup and formatting are the engine's ({@link Messages}): no fallback to the
 * JVM's language, a missing key is a bug, {@link java.text.MessageFormat} syntax in the root locale.
 */
public final class Texts {

    private static final String BUNDLE = "de.typwerk.presentation.messages";

    private final Language language;
    private final Messages messages;

    private Texts(Language language, Messages messages) {
        this.language = language;
        this.messages = messages;
    }

    /**
     * The presentation's texts in a language.
     *
     * @param language the language
     * @return its texts
     */
    public static Texts of(Language language) {
        return new Texts(language, new Messages(BUNDLE, Texts.class.getClassLoader(), language.locale()));
    }

    /**
     * These texts with another bundle's in front: its keys first, then these.
     *
     * @param bundleName the bundle's base name
     * @param loader     where to find it
     * @return the texts of both
     */
    public Texts over(String bundleName, ClassLoader loader) {
        return new Texts(language, messages.over(bundleName, loader));
    }

    /** {@return the language of these texts} */
    public Language language() {
        return language;
    }

    /** {@return the bundle put in front last, alone (picocli reads its help texts from it)} */
    public ResourceBundle bundle() {
        return messages.bundle();
    }

    /** {@return every key of every bundle in the chain} */
    public Set<String> keys() {
        return messages.keys();
    }

    /**
     * A message with its values set in.
     *
     * @param key  the message's key
     * @param args values for its {@code {0}}, {@code {1}} … ({@link java.text.MessageFormat} syntax)
     * @return the message
     */
    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /**
     * A decimal number as this language writes it: {@code 96,8} in German, {@code 96.8} in English;
     * never grouped, never in exponent notation, the same on every machine.
     *
     * @param value the number
     * @return it written out
     */
    public String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        return language == Language.DE ? plain.replace('.', ',') : plain;
    }

    /**
     * "Unknown questionnaire", naming the ones the engine knows and any plugin it refused that had it.
     *
     * @param engine the engine asked
     * @param id     the questionnaire's id as given, perhaps with {@code @version}
     * @return the message
     */
    public String unknownQuestionnaire(Typwerk engine, String id) {
        int at = id.indexOf('@');
        if (at >= 0) {
            // the questionnaire is there, in other versions: say which, not that it does not exist
            String bare = id.substring(0, at);
            List<String> versions = engine.questionnaires().stream().filter(l -> l.questionnaire().id().equals(bare))
                    .map(l -> l.questionnaire().version()).distinct().toList();
            if (!versions.isEmpty()) {
                String version = id.substring(at + 1);
                // nothing after the @, or what is there is no version: said so, not "no version “”"
                String key = version.isBlank() ? "error.missing-version"
                        : de.typwerk.api.model.Version.isValid(version) ? "error.unknown-version" : "error.not-a-version";
                return get(key, bare, version, String.join(", ", versions),
                        engine.questionnaire(bare).orElseThrow().questionnaire().version());
            }
        }
        List<String> ids = engine.questionnaires().stream().map(l -> l.questionnaire().id()).distinct().toList();
        String known = String.join(", ", ids);
        // a loaded id a letter or two away (oefit-kreis), or a file's name where an id belongs (typwerk diff a.yaml b.yaml)
        String hint = NearMiss.among(at >= 0 ? id.substring(0, at) : id, ids).map(near -> get("error.unknown-questionnaire.near", near))
                .orElse(looksLikeFile(id) ? get("error.unknown-questionnaire.file", id) : "");
        return (ids.isEmpty() ? get("error.unknown-questionnaire-none", id)
                : get("error.unknown-questionnaire", id, known)) + hint + engine.notLoadedNote(id);
    }

    /**
     * "No strategy … is loaded", naming the loaded ones, the loaded one a slip of the pen was meant
     * for ({@code zahler} for {@code zaehler}), and why it is not loaded ({@link #strategyNotLoadedNote}):
     * what the CLI and the server say of a strategy asked for by name that the engine lacks.
     *
     * @param engine the engine asked, speaking this language
     * @param id     the strategy's id as given (stripped)
     * @param shown  how to show it in the message (the server shows control characters escaped)
     * @return the message
     */
    public String strategyNotLoaded(Typwerk engine, String id, String shown) {
        SortedSet<String> ids = engine.strategies().ids();
        String meant = NearMiss.among(id, ids).map(near -> get("error.strategy.near", near)).orElse("");
        return get("error.strategy.not-loaded", shown, String.join(", ", ids)) + meant + strategyNotLoadedNote(engine, id);
    }

    /**
     * Why strategy {@code id} is not loaded, with a leading space: the plugins not loaded that
     * provide it; else, when a loaded questionnaire offers it (as its strategy or an alternative),
     * that it does, so that the jar of the plugin providing it is missing from the plugin folders;
     * else {@code ""}. What {@link #strategyNotLoaded} adds to "no strategy … is loaded".
     *
     * @param engine the engine asked, speaking this language
     * @param id     the strategy's id as given
     * @return the note, or {@code ""}
     */
    public String strategyNotLoadedNote(Typwerk engine, String id) {
        String note = engine.strategies().notLoadedNote(id);
        if (!note.isEmpty()) return note;
        List<String> offering = engine.questionnaires().stream().filter(q -> engine.strategiesFor(q).contains(id))
                .map(q -> q.questionnaire().id() + "@" + q.questionnaire().version()).distinct().toList();
        return offering.isEmpty() ? "" : " " + get("error.strategy.offered-not-loaded", String.join(", ", offering));
    }

    /** Whether {@code given} ends as the name of a definition, answers or plugin file does, where an id belongs. */
    private static boolean looksLikeFile(String given) {
        String lower = given.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json") || lower.endsWith(".jsonl")
                || lower.endsWith(".jar");
    }
}
