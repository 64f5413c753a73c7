package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A questionnaire definition: a typology (its {@link TypeDefinition types}), optional
 * {@link Dimension dimensions}, {@link Section sections} of {@link Question questions}, and how it
 * is scored. Immutable; the engine reads it from YAML or JSON ({@code docs/definition-format.md})
 * and hands it to plugins, which only read it. A variant ({@code extends:}) reaches plugins
 * resolved: complete, as its respondents answer it.
 *
 * <p>Plugins do not implement this interface; the engine does, and may add methods to it in a
 * minor version. A test builds one from a small definition with the test kit
 * ({@code de.typwerk.testkit.TestQuestionnaires.parse}).
 */
@API(status = STABLE, since = "1.0")
public interface Questionnaire {

    /** {@return the id: lower case, {@code [a-z0-9][a-z0-9-]*}, unique among loaded questionnaires} */
    String id();

    /** {@return the semantic version of the content, e.g. {@code 1.0.0}} */
    String version();

    /** {@return for a variant, what it extends ({@code <id>@<version range>}, as {@code extends:} says); else empty} */
    Optional<String> base();

    /** {@return the languages every text is given in; the first is the default} */
    List<String> locales();

    /** {@return the title} */
    LocalizedText title();

    /** {@return a description for respondents, if the definition gives one} */
    Optional<LocalizedText> description();

    /** {@return where the typology comes from (a study, a publisher), if the definition says} */
    Optional<LocalizedText> source();

    /** {@return the headings every type's profile answers, in definition order} */
    List<ProfileTopic> profileTopics();

    /** {@return the types of the typology, in definition order} */
    List<TypeDefinition> types();

    /** {@return the dimensions answers load on, in definition order; empty if there are none} */
    List<Dimension> dimensions();

    /** {@return the sections, in the order a respondent meets them} */
    List<Section> sections();

    /** {@return how the questionnaire is scored; empty for a questionnaire that is not scored} */
    Optional<ScoringSpec> scoring();

    /** {@return whether this is a variant of another questionnaire ({@code extends:})} */
    default boolean isVariant() {
        return base().isPresent();
    }

    /** {@return the default language: the first of {@link #locales()}, {@code de} if none is declared} */
    default String defaultLocale() {
        return locales().isEmpty() ? "de" : locales().get(0);
    }

    /** {@return every question, in the order a respondent meets them} */
    default List<Question> questions() {
        return sections().stream().flatMap(s -> s.questions().stream()).toList();
    }

    /**
     * The question with this id.
     *
     * @param questionId a question id
     * @return the question, or empty if this questionnaire has none with that id
     */
    default Optional<Question> question(String questionId) {
        return sections().stream().flatMap(s -> s.questions().stream())
                .filter(q -> q.id().equals(questionId)).findFirst();
    }

    /**
     * The type with this id.
     *
     * @param typeId a type id
     * @return the type, or empty if this questionnaire has none with that id
     */
    default Optional<TypeDefinition> type(String typeId) {
        // a plain loop: results look their types up for every response of a batch
        for (TypeDefinition t : types()) {
            if (t.id().equals(typeId)) return Optional.of(t);
        }
        return Optional.empty();
    }

    /**
     * The dimension with this id.
     *
     * @param dimensionId a dimension id
     * @return the dimension, or empty if this questionnaire has none with that id
     */
    default Optional<Dimension> dimension(String dimensionId) {
        return dimensions().stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }

    /** {@return {@code id@version}, how results and messages name this questionnaire} */
    default String coordinates() {
        return id() + "@" + version();
    }
}
