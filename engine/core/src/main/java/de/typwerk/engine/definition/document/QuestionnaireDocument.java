package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.ProfileTopic;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.TypeDefinition;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A questionnaire definition as read from YAML or JSON: the {@link Questionnaire} the engine hands
 * to plugins, plus, for a variant as written, its {@link Overlay}. The engine resolves a variant
 * into a complete questionnaire, which keeps {@code extends} and has no overlay.
 */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"id", "version", "extends", "locales", "title", "description", "source",
        "profileTopics", "types", "dimensions", "sections", "scoring", "overlay"})
public record QuestionnaireDocument(
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
        Optional<Overlay> overlay) implements Questionnaire {

    public QuestionnaireDocument {
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

    /** A builder starting from {@code q}'s content (and its overlay, if it is a document with one). */
    public static Builder builder(Questionnaire q) {
        return new Builder(q);
    }

    /** The overlay of {@code q}, if it is a variant as written. */
    public static Optional<Overlay> overlayOf(Questionnaire q) {
        return q instanceof QuestionnaireDocument d ? d.overlay() : Optional.empty();
    }

    @JsonIgnore
    @Override
    public boolean isVariant() {
        return Questionnaire.super.isVariant();
    }

    /** Copies a questionnaire with some parts changed (the engine's own code and tests; plugins read YAML instead). */
    public static final class Builder {
        private String id;
        private String version;
        private Optional<String> base;
        private List<String> locales;
        private LocalizedText title;
        private Optional<LocalizedText> description;
        private Optional<LocalizedText> source;
        private List<ProfileTopic> profileTopics;
        private List<TypeDefinition> types;
        private List<Dimension> dimensions;
        private List<Section> sections;
        private Optional<ScoringSpec> scoring;
        private Optional<Overlay> overlay;

        private Builder(Questionnaire q) {
            id = q.id();
            version = q.version();
            base = q.base();
            locales = q.locales();
            title = q.title();
            description = q.description();
            source = q.source();
            profileTopics = q.profileTopics();
            types = q.types();
            dimensions = q.dimensions();
            sections = q.sections();
            scoring = q.scoring();
            overlay = overlayOf(q);
        }

        public Builder id(String id) { this.id = id; return this; }
        public Builder version(String version) { this.version = version; return this; }
        public Builder base(Optional<String> base) { this.base = base; return this; }
        public Builder locales(List<String> locales) { this.locales = locales; return this; }
        public Builder title(LocalizedText title) { this.title = title; return this; }
        public Builder types(List<? extends TypeDefinition> types) { this.types = List.copyOf(types); return this; }
        public Builder dimensions(List<? extends Dimension> dimensions) { this.dimensions = List.copyOf(dimensions); return this; }
        public Builder sections(List<? extends Section> sections) { this.sections = List.copyOf(sections); return this; }
        public Builder scoring(Optional<? extends ScoringSpec> scoring) { this.scoring = scoring.map(s -> (ScoringSpec) s); return this; }
        public Builder overlay(Optional<Overlay> overlay) { this.overlay = overlay; return this; }

        public QuestionnaireDocument build() {
            return new QuestionnaireDocument(id, version, base, locales, title, description, source, profileTopics, types,
                    dimensions, sections, scoring, overlay);
        }
    }
}
