package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.TypeDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a variant changes in the questionnaire it {@code extends}, written under {@code overlay:}.
 * Everything is addressed by id, never by position, so a variant keeps working when its base
 * gains questions. The engine applies the parts in the order {@code remove}, {@code replace},
 * {@code add}, {@code scoring}, and then validates the result as a whole.
 *
 * <pre>{@code
 * extends: oefit-digitalisierungstypen@[1.0,2.0)
 * overlay:
 *   remove:  {questions: [art], options: {beteiligung: [keine]}}
 *   replace: {texts: {questions/einwohner/text: {de: "…", en: "…"}}}
 *   add:     {questions: [{section: zusammenarbeit, after: interkommunal, question: {id: …, kind: …}}]}
 *   scoring: {parameters: {fuzziness: 2.5}}
 * }</pre>
 */
@API(status = INTERNAL, since = "1.0")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"remove", "replace", "add", "scoring"})
public record Overlay(Remove remove, Replace replace, Add add, Optional<ScoringChange> scoring) {

    public Overlay {
        remove = remove == null ? Remove.NOTHING : remove;
        replace = replace == null ? Replace.NOTHING : replace;
        add = add == null ? Add.NOTHING : add;
        scoring = Lists.opt(scoring);
    }

    /**
     * What the variant leaves out of its base. Removing a section removes its questions; removing a
     * type or a dimension also removes the option and scale weights keyed by it. Anything else that
     * still refers to what was removed (a condition, a weakness's {@code learnFrom}, a strategy
     * parameter) is an error that names both places.
     *
     * @param options    option ids by question id
     * @param parameters JSON pointers into the base's {@code scoring.parameters}, e.g.
     *                   {@code /prototypes/bedaechtig}
     * @param alternatives strategy ids under the base's {@code scoring.alternatives}
     */
    @API(status = INTERNAL, since = "1.0")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"sections", "questions", "options", "types", "dimensions", "parameters", "alternatives"})
    public record Remove(List<String> sections, List<String> questions, Map<String, List<String>> options,
                         List<String> types, List<String> dimensions, List<String> parameters,
                         List<String> alternatives) {

        static final Remove NOTHING = new Remove(null, null, null, null, null, null, null);

        public Remove {
            sections = Lists.copy(sections);
            questions = Lists.copy(questions);
            options = Lists.copyOfLists(options);
            types = Lists.copy(types);
            dimensions = Lists.copy(dimensions);
            parameters = Lists.copy(parameters);
            alternatives = Lists.copy(alternatives);
        }
    }

    /**
     * What the variant puts in place of something its base has, matched by id and kept at its
     * place. A question, type or dimension is given in full (it may change kind); options in full,
     * by question id.
     *
     * @param texts single texts by address, replaced in every language at once, e.g.
     *              {@code questions/art/text}, {@code questions/art/options/kreis/text},
     *              {@code types/bedaechtig/motto}, {@code sections/kommune/title} (see
     *              {@code docs/definition-format.md}, "Variants", for every address)
     */
    @API(status = INTERNAL, since = "1.0")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"questions", "options", "types", "dimensions", "texts"})
    public record Replace(List<Question> questions, Map<String, List<Option>> options, List<TypeDefinition> types,
                          List<Dimension> dimensions, Map<String, LocalizedText> texts) {

        static final Replace NOTHING = new Replace(null, null, null, null, null);

        public Replace {
            questions = Lists.copy(questions);
            options = Lists.copyOfLists(options);
            types = Lists.copy(types);
            dimensions = Lists.copy(dimensions);
            texts = Lists.copy(texts);
        }
    }

    /**
     * What the variant adds. Sections, questions and options go where {@code after} or
     * {@code before} says (an id of a sibling), else at the end; types and dimensions at the end.
     */
    @API(status = INTERNAL, since = "1.0")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"sections", "questions", "options", "types", "dimensions"})
    public record Add(List<NewSection> sections, List<NewQuestion> questions, List<NewOption> options,
                      List<TypeDefinition> types, List<Dimension> dimensions) {

        static final Add NOTHING = new Add(null, null, null, null, null);

        public Add {
            sections = Lists.copy(sections);
            questions = Lists.copy(questions);
            options = Lists.copy(options);
            types = Lists.copy(types);
            dimensions = Lists.copy(dimensions);
        }
    }

    /** A section to add, with its questions, after or before a section of the base. */
    @API(status = INTERNAL, since = "1.0")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder({"after", "before", "section"})
    public record NewSection(Optional<String> after, Optional<String> before,
                             @JsonProperty(required = true) Section section) {

        public NewSection {
            after = Lists.opt(after);
            before = Lists.opt(before);
        }
    }

    /** A question to add to {@code section}, after or before one of its questions. */
    @API(status = INTERNAL, since = "1.0")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder({"section", "after", "before", "question"})
    public record NewQuestion(@JsonProperty(required = true) String section, Optional<String> after,
                              Optional<String> before, @JsonProperty(required = true) Question question) {

        public NewQuestion {
            after = Lists.opt(after);
            before = Lists.opt(before);
        }
    }

    /** An option to add to {@code question}, after or before one of its options. */
    @API(status = INTERNAL, since = "1.0")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder({"question", "after", "before", "option"})
    public record NewOption(@JsonProperty(required = true) String question, Optional<String> after,
                            Optional<String> before, @JsonProperty(required = true) Option option) {

        public NewOption {
            after = Lists.opt(after);
            before = Lists.opt(before);
        }
    }

    /**
     * Changes to the base's {@code scoring} block. {@code parameters} and {@code alternatives} are
     * merged into the base's key by key, recursively: a mapping merges, anything else (a number, a
     * text, a list) takes the place of the base's value. A {@code strategy} other than the base's
     * starts from empty parameters, since the base's belong to its own strategy.
     */
    @API(status = INTERNAL, since = "1.0")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"strategy", "parameters", "alternatives", "mixedMargin", "minAnswered", "missing"})
    public record ScoringChange(Optional<String> strategy, Map<String, Object> parameters,
                                Map<String, Map<String, Object>> alternatives, Optional<Double> mixedMargin,
                                Optional<Double> minAnswered, Optional<MissingAnswers> missing) {

        public ScoringChange {
            strategy = Lists.opt(strategy);
            parameters = Lists.copy(parameters);
            alternatives = Lists.copy(alternatives);
            mixedMargin = Lists.opt(mixedMargin);
            minAnswered = Lists.opt(minAnswered);
            missing = Lists.opt(missing);
        }
    }
}
