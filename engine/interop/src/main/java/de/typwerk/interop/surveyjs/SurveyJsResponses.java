package de.typwerk.interop.surveyjs;

import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.interop.Converted;
import de.typwerk.interop.InteropMessages;
import de.typwerk.interop.JsonRows;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** SurveyJS results as batch rows: one {@code survey.data} object per line, or an array of them. */
public final class SurveyJsResponses {

    private SurveyJsResponses() {
    }

    public static JsonRows rows(Typwerk engine, InputStream in, InteropMessages messages, Optional<LoadedQuestionnaire> questionnaire)
            throws IOException {
        SurveyJsData data = new SurveyJsData(messages, questionnaire, engine::questionnaire);
        return JsonRows.open(in, new JsonRows.Shape() {
            @Override
            public Converted convert(JsonNode value, long line) {
                return data.convert(value, line);
            }
        }, messages);
    }
}
