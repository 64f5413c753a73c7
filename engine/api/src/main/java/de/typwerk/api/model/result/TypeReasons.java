package de.typwerk.api.model.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import java.util.List;

/**
 * The answers that pushed most towards one type: at most five, strongest first, only those that
 * pushed towards it.
 */
@JsonPropertyOrder({"type", "name", "answers"})
public record TypeReasons(String type, LocalizedText name, List<Reason> answers) {

    public TypeReasons {
        answers = Lists.copy(answers);
    }
}
