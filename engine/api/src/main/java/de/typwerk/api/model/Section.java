package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** A titled group of questions, shown together. Implemented by the engine, read by plugins. */
@API(status = STABLE, since = "1.0")
public interface Section {

    /** {@return the id, unique among the sections} */
    String id();

    /** {@return the title} */
    LocalizedText title();

    /** {@return a text shown under the title, if the definition gives one} */
    Optional<LocalizedText> description();

    /** {@return the questions, in the order a respondent meets them} */
    List<Question> questions();
}
