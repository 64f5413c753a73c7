package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.LocalizedText;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The answers that pushed most towards one type: at most five, strongest first, only those that pushed towards it. Made by the engine; an application reads it.
 */
@API(status = STABLE, since = "1.0")
public interface TypeReasons {

    /** {@return the type's id} */
    String type();

    /** {@return the type's name} */
    LocalizedText name();

    /** {@return the answers, strongest push first} */
    List<Reason> answers();
}
