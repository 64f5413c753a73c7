package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.LocalizedText;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One weak spot and the types that are strong there. Made by the engine; an application reads it.
 */
@API(status = STABLE, since = "1.0")
public interface Lesson {

    /** {@return the weakness's id} */
    String weakness();

    /** {@return the weakness's text, which says why to learn from them} */
    LocalizedText reason();

    /** {@return the types to learn from, most helpful first, as the definition orders them} */
    List<RoleModel> from();
}
