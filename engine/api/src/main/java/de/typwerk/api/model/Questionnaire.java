package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A questionnaire definition: a typology (its {@link TypeDefinition types}), optional
 * {@link Dimension dimensions}, {@link Section sections} of {@link Question questions}, and how it
 * is scored. Immutable; read from YAML or JSON by the engine.
 *
 * @param id          lower-case id, {@code [a-z0-9][a-z0-9-]*}, unique among loaded questionnaires
 * @param version     semantic version of the content
 * @param locales     languages every text is given in; the first is the default
 * @param base        {@code extends: <id>@<version range>} for a variant of another questionnaire
 * @param overlay     what a variant changes in its base ({@code overlay:}); present only in a
 *                    variant as written: the engine resolves a variant into a complete
 *                    questionnaire, which keeps {@code extends} and has no overlay
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"id", "version", "extends", "locales", "title", "description", "source",
        "profileTopics", "types", "dimensions", "sections", "scoring", "overlay"})
public record Questionnaire(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String version,
        @JsonProperty("extends") Optional<String> base,
        @JsonProperty(required = true) List<String> locales,
        @JsonProperty(required = true) LocalizedText title,
        Optional<LocalizedText> description,
        Optional<LocalizedText> source,
        List<ProfileTopic> profileTopics,
        List<TypeDefinition> types,
        List<Dimension> dimensions,
        List<Section> sections,
        Optional<ScoringSpec> scoring,
        Optional<Overlay> overlay) {

    public Questionnaire {
        base = Lists.opt(base);
        locales = Lists.copy(locales);
        description = Lists.opt(description);
        source = Lists.opt(source);
        profileTopics = Lists.copy(profileTopics);
        types = Lists.copy(types);
        dimensions = Lists.copy(dimensions);
        sections = Lists.copy(sections);
        scoring = Lists.opt(scoring);
        overlay = Lists.opt(overlay);
    }

    /** A questionnaire without an overlay: every questionnaire that is not a variant as written. */
    public Questionnaire(String id, String version, Optional<String> base, List<String> locales, LocalizedText title,
                         Optional<LocalizedText> description, Optional<LocalizedText> source,
                         List<ProfileTopic> profileTopics, List<TypeDefinition> types, List<Dimension> dimensions,
                         List<Section> sections, Optional<ScoringSpec> scoring) {
        this(id, version, base, locales, title, description, source, profileTopics, types, dimensions, sections,
                scoring, Optional.empty());
    }

    /** Whether this is a variant of another questionnaire ({@code extends:}). */
    @JsonIgnore
    public boolean isVariant() {
        return base.isPresent();
    }

    /** The default language: the first of {@link #locales()}, {@code de} if none is declared. */
    @JsonIgnore
    public String defaultLocale() {
        return locales.isEmpty() ? "de" : locales.get(0);
    }

    /** Every question in the order a respondent meets them. */
    @JsonIgnore
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        return sections.stream().flatMap(s -> s.questions().stream())
                .filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<TypeDefinition> type(String typeId) {
        // a plain loop: results look their types up for every response of a batch
        for (TypeDefinition t : types) {
            if (t.id().equals(typeId)) return Optional.of(t);
        }
        return Optional.empty();
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }

    /** {@code id@version}, how results and messages name this questionnaire. */
    @JsonIgnore
    public String coordinates() {
        return id + "@" + version;
    }
}
