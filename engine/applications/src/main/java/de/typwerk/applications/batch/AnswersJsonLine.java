package de.typwerk.applications.batch;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Respondent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An answers document as one line of JSON Lines, exactly the shape of an answers file:
 * {@code {"questionnaire":…,"version":…,"respondent":{"name":…,"ags":…,"kind":…,"state":…},"answers":{…}}}.
 * Respondent fields that are absent are left out; answers come in the map's order.
 */
@API(status = INTERNAL, since = "1.0")
public final class AnswersJsonLine {

    private final JsonFactory factory = new JsonFactory();

    /** The line, without line end. */
    public String write(String questionnaireId, String version, Respondent respondent, Map<String, Answer> answers) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator g = factory.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("questionnaire", questionnaireId);
            g.writeStringField("version", version);
            if (!respondent.equals(Respondent.ANONYMOUS)) {
                g.writeObjectFieldStart("respondent");
                field(g, "name", respondent.name());
                field(g, "ags", respondent.ags());
                field(g, "kind", respondent.kind());
                field(g, "state", respondent.state());
                g.writeEndObject();
            }
            g.writeObjectFieldStart("answers");
            for (Map.Entry<String, Answer> e : answers.entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void field(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) g.writeStringField(name, value.get());
    }

    private static void value(JsonGenerator g, Answer answer) throws IOException {
        if (answer instanceof Answer.Choice c) {
            g.writeString(c.option());
        } else if (answer instanceof Answer.Choices c) {
            g.writeStartArray();
            for (String o : c.options()) g.writeString(o);
            g.writeEndArray();
        } else if (answer instanceof Answer.Ranking r) {
            g.writeStartArray();
            for (String o : r.order()) g.writeString(o);
            g.writeEndArray();
        } else if (answer instanceof Answer.Scale s) {
            g.writeNumber(s.value());
        } else if (answer instanceof Answer.Number n) {
            // the plain digits, never 1E+3: the same text on every machine
            g.writeNumber(n.value().toPlainString());
        } else if (answer instanceof Answer.Text t) {
            g.writeString(t.text());
        }
    }
}
