package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who answered: all optional. {@code ags} is the eight-digit Amtlicher Gemeindeschlüssel (its first
 * two digits name the state, the first five the Kreis); {@code kind} is the kind of municipality
 * ({@code gemeinde}, {@code stadt}, {@code kreis}, or what a questionnaire defines).
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"name", "ags", "kind", "state"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Respondent(Optional<String> name, Optional<String> ags, Optional<String> kind, Optional<String> state) {

    public static final Respondent ANONYMOUS = new Respondent(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Respondent {
        name = Lists.opt(name);
        ags = Lists.opt(ags);
        kind = Lists.opt(kind);
        state = Lists.opt(state);
    }
}
