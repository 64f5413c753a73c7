package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One weak spot and the types that are strong there.
 *
 * @param weakness the weakness's id
 * @param reason   the weakness's text, which says why to learn from them
 * @param from     the types to learn from, most helpful first, as the definition orders them
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"weakness", "reason", "from"})
public record Lesson(String weakness, LocalizedText reason, List<RoleModel> from) {

    public Lesson {
        from = Lists.copy(from);
    }
}
