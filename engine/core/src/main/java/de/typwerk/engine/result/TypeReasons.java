package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The answers that pushed most towards one type: at most five, strongest first, only those that
 * pushed towards it.
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"type", "name", "answers"})
public record TypeReasons(String type, LocalizedText name, List<Reason> answers) {

    public TypeReasons {
        answers = Lists.copy(answers);
    }
}
