package de.typwerk.applications.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.typwerk.api.model.Respondent;
import de.typwerk.engine.result.Coverage;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Reason;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.TypeReasons;
import de.typwerk.engine.result.TypeResult;
import de.typwerk.engine.report.Decimals;
import de.typwerk.engine.report.ResultJson;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Batch output as JSON Lines in the compact form ({@code --detail compact}): per result only ids
 * and numbers, no text of the questionnaire; error rows as in {@link JsonLinesResults}.
 *
 * <pre>
 * {"row":1,"questionnaire":{"id":…,"version":…,"contentHash":…},"strategy":{"id":…,"version":…},
 *  "respondent":{…},"answered":38,"total":40,"types":[{"id":…,"score":…,"share":…,"rank":1},…],
 *  "outcome":{"kind":"primary","type":…,"lead":…},"dimensions":[{"id":…,"value":…,"answers":6,"thin":false},…],
 *  "reasons":[{"type":…,"answers":[{"question":…,"contribution":…},…]}],"coverage":{…}}
 * </pre>
 *
 * Field names, order and number format (six decimals) are those of the full result, with the
 * texts left out ({@code title}, {@code name}, {@code low}, {@code high}, {@code questionText},
 * {@code answer}) and without {@code recommendations} (they are texts of the typology, fixed per
 * type). A row is written straight to the generator, without a tree or data binding: the cost of a
 * compact row is a fraction of a full one.
 */
final class CompactJsonLinesResults implements ResultSink {

    /** Writes the lines, error rows included: those are the same as with full results. */
    private final JsonLinesResults lines;
    /** One generator per thread that renders, each writing into its own buffer. */
    private final ThreadLocal<Renderer> renderers = ThreadLocal.withInitial(Renderer::new);

    CompactJsonLinesResults(OutputStream out, ResultJson json) {
        this.lines = new JsonLinesResults(out, json);
    }

    @Override
    public void result(long row, long line, Result r) throws IOException {
        write(render(row, r).orElseThrow());
    }

    @Override
    public Optional<byte[]> render(long row, Result r) {
        try {
            return Optional.of(renderers.get().render(row, r));
        } catch (IOException e) {
            // a generator writing into memory does not fail on I/O
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(byte[] rendered) throws IOException {
        lines.write(rendered);
    }

    @Override
    public void error(long row, RowError error) throws IOException {
        lines.error(row, error);
    }

    @Override
    public void flush() throws IOException {
        lines.flush();
    }

    @Override
    public void finish() throws IOException {
        lines.finish();
    }

    /** A generator into a reused buffer: a row is written to it and taken out as UTF-8 bytes. */
    private static final class Renderer {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        private final JsonGenerator g;

        Renderer() {
            try {
                g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8);
                // each row is a document of its own: no separator before the next
                g.setRootValueSeparator(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] render(long row, Result r) throws IOException {
            g.writeStartObject();
            g.writeNumberField("row", row);
            g.writeObjectFieldStart("questionnaire");
            g.writeStringField("id", r.questionnaire().id());
            g.writeStringField("version", r.questionnaire().version());
            g.writeStringField("contentHash", r.questionnaire().contentHash());
            if (r.questionnaire().base().isPresent()) g.writeStringField("extends", r.questionnaire().base().get());
            g.writeEndObject();
            g.writeObjectFieldStart("strategy");
            g.writeStringField("id", r.strategy().id());
            g.writeStringField("version", r.strategy().version());
            g.writeEndObject();
            respondent(r.respondent());
            g.writeNumberField("answered", r.answered());
            g.writeNumberField("total", r.total());
            g.writeArrayFieldStart("types");
            for (TypeResult t : r.types()) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                fixed("score", t.score());
                fixed("share", t.share());
                g.writeNumberField("rank", t.rank());
                g.writeEndObject();
            }
            g.writeEndArray();
            outcome(r.outcome());
            g.writeArrayFieldStart("dimensions");
            for (DimensionResult d : r.dimensions()) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                fixed("value", d.value());
                g.writeNumberField("answers", d.answers());
                g.writeBooleanField("thin", d.thin());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reasons");
            for (TypeReasons t : r.reasons()) {
                g.writeStartObject();
                g.writeStringField("type", t.type());
                g.writeArrayFieldStart("answers");
                for (Reason reason : t.answers()) {
                    g.writeStartObject();
                    g.writeStringField("question", reason.question());
                    fixed("contribution", reason.contribution());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            coverage(r.coverage());
            g.writeEndObject();
            g.flush();
            byte[] line = bytes.toByteArray();
            bytes.reset();
            return line;
        }

        private void respondent(Respondent respondent) throws IOException {
            g.writeObjectFieldStart("respondent");
            text("name", respondent.name());
            text("ags", respondent.ags());
            text("kind", respondent.kind());
            text("state", respondent.state());
            g.writeEndObject();
        }

        private void outcome(Outcome outcome) throws IOException {
            g.writeObjectFieldStart("outcome");
            if (outcome instanceof Outcome.Primary p) {
                g.writeStringField("kind", "primary");
                g.writeStringField("type", p.type());
                fixed("lead", p.lead());
            } else if (outcome instanceof Outcome.Mixed m) {
                g.writeStringField("kind", "mixed");
                g.writeStringField("first", m.first());
                g.writeStringField("second", m.second());
                fixed("lead", m.lead());
                fixed("mixedMargin", m.mixedMargin());
            } else if (outcome instanceof Outcome.None) {
                g.writeStringField("kind", "none");
            } else if (outcome instanceof Outcome.Insufficient i) {
                g.writeStringField("kind", "insufficient");
                g.writeNumberField("answered", i.answered());
                g.writeNumberField("needed", i.needed());
            }
            g.writeEndObject();
        }

        private void coverage(Coverage c) throws IOException {
            g.writeObjectFieldStart("coverage");
            g.writeStringField("missing", c.missing().id());
            g.writeNumberField("scorable", c.scorable());
            g.writeNumberField("answeredScorable", c.answeredScorable());
            g.writeArrayFieldStart("unanswered");
            for (String q : c.unanswered()) g.writeString(q);
            g.writeEndArray();
            g.writeNumberField("minAnswersPerDimension", c.minAnswersPerDimension());
            g.writeArrayFieldStart("thinDimensions");
            for (String d : c.thinDimensions()) g.writeString(d);
            g.writeEndArray();
            g.writeEndObject();
        }

        private void text(String name, Optional<String> value) throws IOException {
            if (value.isPresent()) g.writeStringField(name, value.get());
        }

        /** Six decimals, plain notation, half-even: as {@link ResultJson} writes every fractional number. */
        private void fixed(String name, double value) throws IOException {
            g.writeFieldName(name);
            if (!Double.isFinite(value)) {
                g.writeNull();
                return;
            }
            g.writeNumber(Decimals.fixed(value));
        }
    }
}
