package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who answered: all optional. {@code ags} is the eight-digit Amtlicher Gemeindeschlüssel (its first
 * two digits name the state, the first five the Kreis); {@code kind} is the kind of municipality
 * ({@code gemeinde}, {@code stadt}, {@code kreis}, or what a questionnaire defines). Immutable;
 * made with {@link #builder()}.
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"name", "ags", "kind", "state"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class Respondent {

    /** Nobody in particular: every field empty. */
    public static final Respondent ANONYMOUS = builder().build();

    private final Optional<String> name;
    private final Optional<String> ags;
    private final Optional<String> kind;
    private final Optional<String> state;

    @JsonCreator
    private Respondent(@JsonProperty("name") Optional<String> name, @JsonProperty("ags") Optional<String> ags,
                       @JsonProperty("kind") Optional<String> kind, @JsonProperty("state") Optional<String> state) {
        this.name = Lists.opt(name);
        this.ags = Lists.opt(ags);
        this.kind = Lists.opt(kind);
        this.state = Lists.opt(state);
    }

    /** {@return a builder of a respondent, every field empty until set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the municipality's name, e.g. "Gemeinde Musterhausen", if given} */
    @JsonProperty("name")
    public Optional<String> name() {
        return name;
    }

    /** {@return the eight-digit Amtlicher Gemeindeschlüssel, if given} */
    @JsonProperty("ags")
    public Optional<String> ags() {
        return ags;
    }

    /** {@return the kind of municipality ({@code gemeinde}, {@code stadt}, {@code kreis}, …), if given} */
    @JsonProperty("kind")
    public Optional<String> kind() {
        return kind;
    }

    /** {@return the state (Land) by its German name, if given or told by the AGS} */
    @JsonProperty("state")
    public Optional<String> state() {
        return state;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Respondent r && r.name.equals(name) && r.ags.equals(ags) && r.kind.equals(kind)
                && r.state.equals(state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, ags, kind, state);
    }

    @Override
    public String toString() {
        return "Respondent[name=" + name + ", ags=" + ags + ", kind=" + kind + ", state=" + state + "]";
    }

    /** Builds a {@link Respondent}; a field not set, or set to {@code null}, stays empty. */
    @API(status = STABLE, since = "1.0")
    public static final class Builder {

        private String name;
        private String ags;
        private String kind;
        private String state;

        private Builder() {
        }

        /**
         * Sets the name.
         *
         * @param name the municipality's name, or {@code null} for none
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the Amtlicher Gemeindeschlüssel.
         *
         * @param ags eight digits, or {@code null} for none
         * @return this builder
         */
        public Builder ags(String ags) {
            this.ags = ags;
            return this;
        }

        /**
         * Sets the kind of municipality.
         *
         * @param kind e.g. {@code gemeinde}, or {@code null} for none
         * @return this builder
         */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the state.
         *
         * @param state the state's German name, or {@code null} for none
         * @return this builder
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /** {@return the respondent} */
        public Respondent build() {
            return new Respondent(Optional.ofNullable(name), Optional.ofNullable(ags), Optional.ofNullable(kind),
                    Optional.ofNullable(state));
        }
    }
}
