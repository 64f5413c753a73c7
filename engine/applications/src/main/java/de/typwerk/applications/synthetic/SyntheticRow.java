package de.typwerk.applications.synthetic;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Version;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One synthetic respondent.
 *
 * @param row         1 for the first row drawn
 * @param drawnType   the type the answers were drawn around (what a perfect scorer would find)
 * @param respondent  the municipality
 * @param answers     answers by question id, in questionnaire order; unanswered questions absent
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record SyntheticRow(long row, String questionnaireId, String questionnaireVersion, String drawnType,
                           Respondent respondent, Map<String, Answer> answers) {

    public SyntheticRow {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** The answers as a response to score, as if read from an answers file. */
    public Response response() {
        return Response.builder(questionnaireId, Version.parse(questionnaireVersion)).respondent(respondent).answers(answers).build();
    }
}
