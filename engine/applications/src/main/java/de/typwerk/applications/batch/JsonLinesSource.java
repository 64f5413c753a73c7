package de.typwerk.applications.batch;

import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * JSON Lines: every line that is not blank is one answers document. Lines are split here and each
 * is read on its own, not with one streaming parser over the whole input, so that a broken line
 * (a document cut short, a stray brace) costs that row and no other: a streaming parser would read
 * on into the next lines looking for the end of the object.
 */
final class JsonLinesSource implements RowSource {

    private static final java.util.regex.Pattern CSV_HEADER = java.util.regex.Pattern.compile("\\s*\"?questionnaire\"?\\s*[,;\\t]");

    private final Lines lines;
    private final Messages messages;
    private long rows;
    private Optional<Lines.Line> peeked = Optional.empty();

    JsonLinesSource(InputStream in, Messages messages) {
        this.lines = new Lines(in, Mappers.MAX_DOCUMENT_BYTES);
        this.messages = messages;
    }

    /** Whether there is any row at all; reads ahead one line at most. */
    boolean hasRows() throws IOException {
        if (peeked.isEmpty()) peeked = nonBlank();
        return peeked.isPresent();
    }

    /**
     * Whether the first line is the header of a CSV file ({@code questionnaire,version,…}), which
     * no JSON line can be: a CSV given as JSON Lines would be a syntax error in every row.
     */
    boolean startsWithCsvHeader() throws IOException {
        if (!hasRows() || peeked.get().tooLong()) return false;
        return CSV_HEADER.matcher(new String(peeked.get().content(), java.nio.charset.StandardCharsets.UTF_8)).lookingAt();
    }

    /**
     * Whether the first line holds a carriage return after which another document starts: the
     * lines end with CR alone (as a classic Mac program saves them), so the whole input is one line.
     */
    boolean endsLinesWithCarriageReturns() throws IOException {
        if (!hasRows() || peeked.get().tooLong()) return false;
        String text = new String(peeked.get().content(), java.nio.charset.StandardCharsets.UTF_8);
        int cr = text.indexOf('\r');
        return cr >= 0 && text.substring(cr).strip().startsWith("{");
    }

    @Override
    public Optional<Row> next() throws IOException {
        Optional<Lines.Line> line = peeked.isPresent() ? peeked : nonBlank();
        peeked = Optional.empty();
        if (line.isEmpty()) return Optional.empty();
        Lines.Line l = line.get();
        rows++;
        if (l.tooLong()) {
            return Optional.of(new Row.Broken(rows, l.number(), RowError.ofRow("too-large", l.number(),
                    messages.get("batch.line-too-long", String.valueOf(Mappers.MAX_DOCUMENT_BYTES)))));
        }
        return Optional.of(new Row.Document(rows, l.number(), l.content(), PointerNames.QUESTIONS_AND_POINTERS));
    }

    @Override
    public boolean ready() throws IOException {
        return peeked.isPresent() || lines.lineReady();
    }

    @Override
    public long bytesRead() {
        return lines.bytesRead();
    }

    private Optional<Lines.Line> nonBlank() throws IOException {
        Optional<Lines.Line> line = lines.next();
        while (line.isPresent() && line.get().blank()) line = lines.next();
        return line;
    }
}
