package de.typwerk.applications.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.typwerk.api.model.Respondent;
import de.typwerk.engine.result.Coverage;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Lesson;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Reason;
import de.typwerk.engine.result.Recommendation;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.TypeReasons;
import de.typwerk.engine.result.TypeResult;
import de.typwerk.engine.report.Decimals;
import de.typwerk.engine.report.ResultJson;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Batch output as JSON Lines in the compact form ({@code --detail compact}): per result only ids
 * and numbers, no text of the questionnaire; error rows as in {@link JsonLinesResults}.
 *
 * <pre>
 * {"row":1,"questionnaire":{"id":…,"version":…,"contentHash":…},"strategy":{"id":…,"version":…},
 *  "respondent":{…},"answered":38,"total":40,"types":[{"id":…,"score":…,"share":…,"rank":1},…],
 *  "outcome":{"kind":"primary","type":…,"lead":…},"dimensions":[{"id":…,"value":…,"answers":6,"weightless":0,"thin":false},…],
 *  "reasons":[{"type":…,"answers":[{"question":…,"contribution":…},…]}],"coverage":{…},
 *  "recommendations":[{"type":…,"learnFrom":[{"weakness":…},…]}]}
 * </pre>
 *
 * Field names, order and number format (six decimals) are those of the full result, with the
 * texts left out ({@code title}, {@code name}, {@code low}, {@code high}, {@code questionText},
 * {@code answer}), and of {@code recommendations} only what the answers decide: per type the ids
 * of the weak spots they confirm (strengths and whom to learn from are the definition's, fixed
 * per weak spot). A row is written as bytes straight from the result (see {@link Renderer}), without a
 * tree, data binding or generator: the cost of a compact row is a fraction of a full one.
 */
final class CompactJsonLinesResults implements ResultSink {

    /** Writes the lines, error rows included: those are the same as with full results. */
    private final JsonLinesResults lines;
    /** One renderer per thread that renders, each writing into its own buffer. */
    private final ThreadLocal<Renderer> renderers = ThreadLocal.withInitial(Renderer::new);

    CompactJsonLinesResults(OutputStream out, ResultJson json) {
        this.lines = new JsonLinesResults(out, json);
    }

    @Override
    public boolean result(long row, long line, Result r) throws IOException {
        write(render(row, r).orElseThrow());
        return true;
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

    /**
     * Writes a row's bytes into a buffer kept per thread: field names as constants, numbers as
     * digits, ids and texts as UTF-8 with JSON's escapes. The bytes are those a Jackson generator
     * writes (no spaces, six decimals through {@link Decimals}); a text with anything that needs
     * an escape (a quote, a backslash, a control character, half of a surrogate pair) is handed
     * to such a generator, so that the rare case cannot drift from the common one.
     */
    static final class Renderer {

        /** Where {@link Decimals#fixed} writes the digits of {@link Decimals#scaled} (the same test as its own). */
        private static final double QUICK = 0x1p42;
        private static final int KNOWN = 256;

        private byte[] out = new byte[2048];
        private int at;
        /**
         * Texts met before, as written, by identity: a row's ids are mostly the definition's own
         * strings, the same objects row after row, and are copied as bytes from the second time on.
         * A slot by hash; a text is kept when met a second time in a row of its slot, so that texts
         * made per row (a respondent's name) cost a reference, not a copy of their bytes.
         */
        private final String[] known = new String[KNOWN];
        private final byte[][] knownBytes = new byte[KNOWN][];
        /** For the texts that need escapes: Jackson writes them, exactly as it would in a whole row. */
        private final ByteArrayOutputStream escapedBytes = new ByteArrayOutputStream(256);
        private final JsonGenerator escaped;

        Renderer() {
            try {
                escaped = new JsonFactory().createGenerator(escapedBytes, JsonEncoding.UTF8);
                // each text is a document of its own: no separator before the next
                escaped.setRootValueSeparator(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] render(long row, Result r) throws IOException {
            at = 0;
            ascii("{\"row\":");
            number(row);
            ascii(",\"questionnaire\":{\"id\":");
            string(r.questionnaire().id());
            ascii(",\"version\":");
            string(r.questionnaire().version());
            ascii(",\"contentHash\":");
            string(r.questionnaire().contentHash());
            if (r.questionnaire().base().isPresent()) {
                ascii(",\"extends\":");
                string(r.questionnaire().base().get());
            }
            ascii("},\"strategy\":{\"id\":");
            string(r.strategy().id());
            ascii(",\"version\":");
            string(r.strategy().version());
            ascii("},");
            respondent(r.respondent());
            ascii(",\"answered\":");
            number(r.answered());
            ascii(",\"total\":");
            number(r.total());
            ascii(",\"types\":[");
            boolean first = true;
            for (TypeResult t : r.types()) {
                ascii(first ? "{\"id\":" : ",{\"id\":");
                first = false;
                string(t.id());
                ascii(",\"score\":");
                fixed(t.score());
                ascii(",\"share\":");
                fixed(t.share());
                ascii(",\"rank\":");
                number(t.rank());
                put('}');
            }
            ascii("],");
            outcome(r.outcome());
            ascii(",\"dimensions\":[");
            first = true;
            for (DimensionResult d : r.dimensions()) {
                ascii(first ? "{\"id\":" : ",{\"id\":");
                first = false;
                string(d.id());
                ascii(",\"value\":");
                fixed(d.value());
                ascii(",\"answers\":");
                number(d.answers());
                ascii(",\"weightless\":");
                number(d.weightless());
                ascii(d.thin() ? ",\"thin\":true}" : ",\"thin\":false}");
            }
            ascii("],\"reasons\":[");
            first = true;
            for (TypeReasons t : r.reasons()) {
                ascii(first ? "{\"type\":" : ",{\"type\":");
                first = false;
                string(t.type());
                ascii(",\"answers\":[");
                boolean firstReason = true;
                for (Reason reason : t.answers()) {
                    ascii(firstReason ? "{\"question\":" : ",{\"question\":");
                    firstReason = false;
                    string(reason.question());
                    ascii(",\"contribution\":");
                    fixed(reason.contribution());
                    put('}');
                }
                ascii("]}");
            }
            ascii("],");
            coverage(r.coverage());
            ascii(",\"recommendations\":[");
            first = true;
            for (Recommendation rec : r.recommendations()) {
                ascii(first ? "{\"type\":" : ",{\"type\":");
                first = false;
                string(rec.type());
                ascii(",\"learnFrom\":[");
                boolean firstLesson = true;
                for (Lesson lesson : rec.learnFrom()) {
                    ascii(firstLesson ? "{\"weakness\":" : ",{\"weakness\":");
                    firstLesson = false;
                    string(lesson.weakness());
                    put('}');
                }
                ascii("]}");
            }
            ascii("]}");
            return Arrays.copyOf(out, at);
        }

        private void respondent(Respondent respondent) throws IOException {
            ascii("\"respondent\":{");
            boolean any = text("name", respondent.name(), false);
            any = text("ags", respondent.ags(), any);
            any = text("kind", respondent.kind(), any);
            text("state", respondent.state(), any);
            put('}');
        }

        private void outcome(Outcome outcome) throws IOException {
            ascii("\"outcome\":{");
            if (outcome instanceof Outcome.Primary p) {
                ascii("\"kind\":\"primary\",\"type\":");
                string(p.type());
                ascii(",\"lead\":");
                fixed(p.lead());
            } else if (outcome instanceof Outcome.Mixed m) {
                ascii("\"kind\":\"mixed\",\"first\":");
                string(m.first());
                ascii(",\"second\":");
                string(m.second());
                ascii(",\"lead\":");
                fixed(m.lead());
                ascii(",\"mixedMargin\":");
                fixed(m.mixedMargin());
            } else if (outcome instanceof Outcome.None) {
                ascii("\"kind\":\"none\"");
            } else if (outcome instanceof Outcome.Insufficient i) {
                ascii("\"kind\":\"insufficient\",\"answered\":");
                number(i.answered());
                ascii(",\"needed\":");
                number(i.needed());
            }
            put('}');
        }

        private void coverage(Coverage c) throws IOException {
            ascii("\"coverage\":{\"missing\":");
            string(c.missing().id());
            ascii(",\"scorable\":");
            number(c.scorable());
            ascii(",\"answeredScorable\":");
            number(c.answeredScorable());
            ascii(",\"unanswered\":[");
            boolean first = true;
            for (String q : c.unanswered()) {
                if (!first) put(',');
                first = false;
                string(q);
            }
            ascii("],\"minAnswersPerDimension\":");
            number(c.minAnswersPerDimension());
            ascii(",\"thinDimensions\":[");
            first = true;
            for (String d : c.thinDimensions()) {
                if (!first) put(',');
                first = false;
                string(d);
            }
            ascii("]}");
        }

        /** A field with a text, when there is one; {@code any}: whether a field came before it in the object. */
        private boolean text(String name, Optional<String> value, boolean any) throws IOException {
            if (value.isEmpty()) return any;
            if (any) put(',');
            put('"');
            ascii(name);
            ascii("\":");
            string(value.get());
            return true;
        }

        /** Six decimals, plain notation, half-even, as {@link ResultJson} writes every fractional number; null where not finite. */
        private void fixed(double value) {
            if (!Double.isFinite(value)) {
                ascii("null");
                return;
            }
            if (!(Math.abs(value * 1e6) < QUICK)) {
                // beyond Decimals' quick way: its decimal text (plain ASCII)
                ascii(Decimals.fixed(value));
                return;
            }
            long scaled = Decimals.scaled(value);
            if (scaled < 0) {
                put('-');
                scaled = -scaled;
            }
            number(scaled / 1_000_000);
            put('.');
            int fraction = (int) (scaled % 1_000_000);
            room(6);
            for (int digit = 100_000; digit > 0; digit /= 10) out[at++] = (byte) ('0' + fraction / digit % 10);
        }

        /** A JSON string: UTF-8 straight where no character needs an escape, else as Jackson writes it. */
        private void string(String s) throws IOException {
            int slot = s.hashCode() & (KNOWN - 1);
            if (known[slot] == s) {
                byte[] bytes = knownBytes[slot];
                if (bytes != null) {
                    room(bytes.length);
                    System.arraycopy(bytes, 0, out, at, bytes.length);
                    at += bytes.length;
                    return;
                }
                int start = at;
                if (encoded(s)) knownBytes[slot] = Arrays.copyOfRange(out, start, at);
                return;
            }
            known[slot] = s;
            knownBytes[slot] = null;
            encoded(s);
        }

        /** Writes {@code s} as a JSON string; whether straight (true), or handed to the generator for its escapes. */
        private boolean encoded(String s) throws IOException {
            int length = s.length();
            room(length * 3 + 2);
            int start = at;
            out[at++] = '"';
            for (int i = 0; i < length; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    if (c < 0x20 || c == '"' || c == '\\' || c == 0x7F) {
                        at = start;
                        escapedString(s);
                        return false;
                    }
                    out[at++] = (byte) c;
                } else if (c < 0x800) {
                    out[at++] = (byte) (0xC0 | (c >> 6));
                    out[at++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    at = start;
                    escapedString(s);
                    return false;
                } else {
                    out[at++] = (byte) (0xE0 | (c >> 12));
                    out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    out[at++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            out[at++] = '"';
            return true;
        }

        private void escapedString(String s) throws IOException {
            escaped.writeString(s);
            escaped.flush();
            byte[] bytes = escapedBytes.toByteArray();
            escapedBytes.reset();
            room(bytes.length);
            System.arraycopy(bytes, 0, out, at, bytes.length);
            at += bytes.length;
        }

        /** Text known to be ASCII without anything to escape: the names, punctuation and decimals of this layout. */
        private void ascii(String s) {
            int length = s.length();
            room(length);
            for (int i = 0; i < length; i++) out[at++] = (byte) s.charAt(i);
        }

        private void number(long value) {
            if (value < 0) {
                ascii(Long.toString(value));
                return;
            }
            room(20);
            if (value < 10) {
                out[at++] = (byte) ('0' + value);
                return;
            }
            int digits = 1;
            for (long v = value / 10; v > 0; v /= 10) digits++;
            for (int i = at + digits - 1; i >= at; i--) {
                out[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            at += digits;
        }

        /** A text as this renderer writes it, a JSON string (for tests). */
        byte[] stringBytes(String s) throws IOException {
            at = 0;
            string(s);
            return Arrays.copyOf(out, at);
        }

        /** A fractional number as this renderer writes it (for tests). */
        byte[] decimalBytes(double value) {
            at = 0;
            fixed(value);
            return Arrays.copyOf(out, at);
        }

        private void put(char c) {
            room(1);
            out[at++] = (byte) c;
        }

        private void room(int more) {
            if (at + more > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, at + more));
        }
    }
}
