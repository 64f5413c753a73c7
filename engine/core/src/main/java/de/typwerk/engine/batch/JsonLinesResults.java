package de.typwerk.engine.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.typwerk.api.model.result.Result;
import de.typwerk.engine.report.ResultJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Optional;

/**
 * Batch output as JSON Lines, one line per input row:
 *
 * <pre>
 * {"row":1,"questionnaire":{…},"strategy":{…},"respondent":{…},…}          a result: "row", then the result as ResultJson writes it
 * {"row":2,"error":{"code":"bad-ags","pointer":"/respondent/ags","line":2,"message":"…","more":0}}
 * </pre>
 *
 * An error names {@code question} (a question id), {@code column} (a CSV column) or
 * {@code pointer} (a JSON pointer into the row's document) when it knows where the fault lies.
 */
final class JsonLinesResults implements ResultSink {

    private final Writer out;
    private final ResultJson json;
    private final JsonFactory factory = new JsonFactory();

    JsonLinesResults(Writer out, ResultJson json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void result(long row, long line, Result result) throws IOException {
        write(render(row, result).orElseThrow());
    }

    @Override
    public Optional<String> render(long row, Result result) {
        String object = json.line(result);
        StringBuilder line = new StringBuilder(object.length() + 24);
        // the result's own object after "row": everything after its "{"
        line.append("{\"row\":").append(row).append(',').append(object, 1, object.length());
        return Optional.of(line.toString());
    }

    @Override
    public void write(String rendered) throws IOException {
        out.write(rendered);
        out.write('\n');
    }

    @Override
    public void error(long row, RowError error) throws IOException {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator g = factory.createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("row", row);
            g.writeObjectFieldStart("error");
            g.writeStringField("code", error.code());
            if (error.question().isPresent()) g.writeStringField("question", error.question().get());
            if (error.column().isPresent()) g.writeStringField("column", error.column().get());
            if (error.pointer().isPresent()) g.writeStringField("pointer", error.pointer().get());
            g.writeNumberField("line", error.line());
            g.writeStringField("message", error.message());
            g.writeNumberField("more", error.more());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write(text.toString());
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
