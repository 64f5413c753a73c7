package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Strength;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A type to learn from, with what it does well. Made by the engine; an application reads it.
 */
@API(status = STABLE, since = "1.0")
public interface RoleModel {

    /** {@return the type's id} */
    String type();

    /** {@return the type's name} */
    LocalizedText name();

    /** {@return its strengths that answer the weak spot, most helpful first} */
    List<Strength> strengths();
}
