package de.typwerk.engine.answers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Response;
import de.typwerk.engine.LoadedQuestionnaire;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The outcome of reading one answers file.
 *
 * @param questionnaire the questionnaire the answers were checked against, once it was found
 * @param response      the checked answers; present only when there is no error
 * @param problems      every finding, in file order (line, then column); warnings do not stop a
 *                      response (e.g. answers for 1.0.0 read against 1.1.0)
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record AnswersRead(String source, Optional<LoadedQuestionnaire> questionnaire, Optional<Response> response,
                          List<Problem> problems) {

    public AnswersRead {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        if (response.isEmpty()) return false;
        for (Problem p : problems) {
            if (p.isError()) return false;
        }
        return true;
    }
}
