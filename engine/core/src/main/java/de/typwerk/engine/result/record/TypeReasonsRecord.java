package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.engine.result.Reason;
import de.typwerk.engine.result.TypeReasons;
import java.util.List;
import org.apiguardian.api.API;

/** The engine's {@link TypeReasons}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"type", "name", "answers"})
public record TypeReasonsRecord(String type,
                                LocalizedText name,
                                List<Reason> answers) implements TypeReasons {

    public TypeReasonsRecord {
        answers = Lists.copy(answers);
    }
}
