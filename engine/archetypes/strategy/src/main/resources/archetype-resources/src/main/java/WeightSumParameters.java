package ${package};

import java.util.List;

/**
 * The parameters a definition gives this strategy under {@code scoring.parameters}. The engine
 * reads them strictly into this record: an unknown key is an error in the definition.
 *
 * @param ignore ids of questions that count for nothing (optional)
 */
public record WeightSumParameters(List<String> ignore) {

    public WeightSumParameters {
        // the only place a default takes effect: Typwerk checks the schema but does not fill in its "default"
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
    }
}
