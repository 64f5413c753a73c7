package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.engine.result.Lesson;
import de.typwerk.engine.result.RoleModel;
import java.util.List;
import org.apiguardian.api.API;

/** The engine's {@link Lesson}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"weakness", "reason", "from"})
public record LessonRecord(String weakness,
                           LocalizedText reason,
                           List<RoleModel> from) implements Lesson {

    public LessonRecord {
        from = Lists.copy(from);
    }
}
