package de.typwerk.applications.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.report.ResultJson;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Batch output as JSON Lines, one line per input row:
 *
 * <pre>
 * {"row":1,"questionnaire":{…},"strategy":{…},"respondent":{…},…}          a result: "row", then the result as ResultJson writes it
 * {"row":2,"error":{"code":"bad-ags","pointer":"/respondent/ags","line":2,"message":"…","more":0}}
 * {"row":3,"error":{"code":"strategy-timeout","line":3,"message":"…","more":0,"strategy":"points","plugin":"typwerk-strategy-points"}}
 * </pre>
 *
 * An error names {@code question} (a question id), {@code column} (a CSV column) or
 * {@code pointer} (a JSON pointer into the row's document) when it knows where the fault lies;
 * a row whose strategy failed or ran out of time names the {@code strategy} and its {@code plugin}.
 */
final class JsonLinesResults implements ResultSink {

    private static final byte[] ROW = "{\"row\":".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final ResultJson json;
    private final JsonFactory factory = new JsonFactory();

    /** @param out where the lines go, as UTF-8; flushed, never closed */
    JsonLinesResults(OutputStream out, ResultJson json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public boolean result(long row, long line, Result result) throws IOException {
        write(render(row, result).orElseThrow());
        return true;
    }

    @Override
    public Optional<byte[]> render(long row, Result result) {
        byte[] object = json.lineBytes(result);
        byte[] number = Long.toString(row).getBytes(StandardCharsets.US_ASCII);
        // {"row":<n>, then the result's own object after its "{"
        byte[] line = new byte[ROW.length + number.length + object.length];
        System.arraycopy(ROW, 0, line, 0, ROW.length);
        System.arraycopy(number, 0, line, ROW.length, number.length);
        line[ROW.length + number.length] = ',';
        System.arraycopy(object, 1, line, ROW.length + number.length + 1, object.length - 1);
        return Optional.of(line);
    }

    @Override
    public void write(byte[] rendered) throws IOException {
        out.write(rendered);
        out.write('\n');
    }

    @Override
    public void error(long row, RowError error) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream(256);
        try (JsonGenerator g = factory.createGenerator(text, JsonEncoding.UTF8)) {
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
            if (error.strategy().isPresent()) g.writeStringField("strategy", error.strategy().get());
            if (error.plugin().isPresent()) g.writeStringField("plugin", error.plugin().get());
            g.writeEndObject();
            g.writeEndObject();
        }
        write(text.toByteArray());
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
