package de.typwerk.interop;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.applications.batch.BatchInput;
import de.typwerk.interop.fhir.FhirResponses;
import de.typwerk.interop.limesurvey.LimeSurveyResponses;
import de.typwerk.interop.surveyjs.SurveyJsResponses;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The responses of other survey tools that a batch reads and scores, each row turned into an answers document. */
public enum ResponseFormat {
    /** SurveyJS result data ({@code survey.data}): one object per line, or an array of them. */
    SURVEYJS,
    /** FHIR R4 QuestionnaireResponse: one, a Bundle of them, or one per line (NDJSON). */
    FHIR,
    /** LimeSurvey's response export, CSV with question codes as headings. */
    LIMESURVEY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }

    public static Optional<ResponseFormat> of(String id) {
        for (ResponseFormat f : values()) {
            if (f.id().equalsIgnoreCase(id.strip())) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** How many bytes of a file's beginning tell a LimeSurvey file that holds no responses (its first line, its first bytes). */
    private static final int HEAD_BYTES = 4096;

    /** How many bytes of a file's beginning {@link #recognize} needs at most. */
    public static final int RECOGNITION_BYTES = 64 * 1024;

    /**
     * The tool that wrote a file, where its first {@value #RECOGNITION_BYTES} bytes say so beyond
     * doubt: a JSON object (or the first of several) with a top-level {@code resourceType} is FHIR;
     * one with SurveyJS's {@code typwerkQuestionnaire} (which the export writes into every result),
     * alone or first in an array, is SurveyJS; a byte order mark followed by a heading line of quoted
     * cells, {@code ;} or {@code ,} between them, among them {@code id} or {@code TYPWERK} (or, with
     * question texts as headings, {@code TYPWERK}'s text {@code id@version}, or with abbreviated
     * ones, that text as a cell of the first response), is
     * LimeSurvey's response export, and so is a first line with tabs followed by a line of cells
     * with tabs between them, among them {@code id} or {@code TYPWERK} (its VV file); so are a SurveyJS
     * survey (a top-level {@code pages} list, or a single page's {@code elements}) and LimeSurvey's survey structure or XML export
     * ({@link LimeSurveyResponses#notResponses}), for their readers to say what they are. Anything else, an answers file of Typwerk included, is empty:
     * never a guess. {@code head} may be the whole file: only its first {@value #RECOGNITION_BYTES}
     * bytes are looked at, so a file in memory tells the same as its beginning read from disk.
     */
    public static Optional<ResponseFormat> recognize(byte[] head) {
        return Recognition.of(head.length > RECOGNITION_BYTES ? java.util.Arrays.copyOf(head, RECOGNITION_BYTES) : head);
    }

    /**
     * The tool whose responses a batch's input holds, where its beginning says so beyond doubt
     * ({@link #recognize}); the stream is left at its start. A LimeSurvey heading line that also
     * names a column {@code questionnaire} is Typwerk's own CSV header, all quoted, and not
     * another tool's.
     *
     * <p>It never waits for more than the first line: a client that streams its rows and reads
     * each result before it sends the next row (as {@code POST /v1/batch} allows) has sent that
     * line; past it, only what can be read without blocking is looked at (for a file, all of its
     * first {@value #RECOGNITION_BYTES} bytes).
     *
     * @param in the input, which must support {@link InputStream#mark mark} (a buffered stream)
     * @return the tool, or empty for Typwerk's own rows and anything unrecognised
     * @throws IOException if reading the beginning fails
     */
    public static Optional<ResponseFormat> recognizeRows(InputStream in) throws IOException {
        byte[] head = firstLine(in, RECOGNITION_BYTES);
        Optional<ResponseFormat> tool = recognize(head);
        if (tool.equals(Optional.of(LIMESURVEY))) {
            String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            if ((end < 0 ? text : text.substring(0, end)).contains("\"questionnaire\"")) return Optional.empty();
        }
        return tool;
    }

    /**
     * The beginning of {@code in}, which is left where it was: its first line (at most {@code max}
     * bytes), and of what follows only what can be read without blocking, so that a client that
     * streams its rows and waits for each result has sent all that is looked at.
     */
    private static byte[] firstLine(InputStream in, int max) throws IOException {
        in.mark(max);
        byte[] head = new byte[max];
        int n = 0;
        int b;
        while (n < head.length && (b = in.read()) >= 0) {
            head[n++] = (byte) b;
            if (b == '\n') break;
        }
        int ready = Math.min(in.available(), head.length - n);
        if (ready > 0) n += in.readNBytes(head, n, ready);
        in.reset();
        return java.util.Arrays.copyOf(head, n);
    }

    /**
     * Opens {@code in} (which the caller closes) for {@code Batch#run}.
     *
     * @param questionnaire the questionnaire the responses answer, where the responses do not name
     *                      it themselves (and then every response must be for it)
     */
    public BatchInput.Opening open(Typwerk engine, InputStream input, Optional<LoadedQuestionnaire> questionnaire) throws IOException {
        InteropMessages messages = new InteropMessages(engine.messages().locale());
        // UTF-16 or UTF-32 refused once, as an answers input is, where JSON would be read as readily
        // as UTF-8 and CSV split into garbage
        InputStream in = BatchInput.markable(input);
        // a ZIP archive given as LimeSurvey's responses is most likely its survey archive (.lsa): LimeSurvey's
        // reader below says what to export instead, where the general refusal would only say to unpack it
        boolean surveyArchive = this == LIMESURVEY && de.typwerk.engine.definition.BinaryFiles.recognizeAhead(in)
                .filter(found -> found.kind() == de.typwerk.engine.definition.BinaryFiles.Kind.ZIP).isPresent();
        Optional<BatchInput.Refused> encoding = surveyArchive ? Optional.empty() : BatchInput.otherEncoding(in, engine.messages());
        if (encoding.isPresent()) return encoding.get();
        return switch (this) {
            case SURVEYJS -> {
                JsonRows rows = SurveyJsResponses.rows(engine, in, messages, questionnaire);
                yield rows.hasRows() ? BatchInput.ready(rows) : new BatchInput.Refused(List.of(engine.messages().get("batch.no-rows")));
            }
            case FHIR -> {
                JsonRows rows = FhirResponses.rows(engine, in, messages, questionnaire);
                yield rows.hasRows() ? BatchInput.ready(rows) : new BatchInput.Refused(List.of(engine.messages().get("batch.no-rows")));
            }
            case LIMESURVEY -> {
                // not HEAD_BYTES read whatever comes: a stream of one response shorter than that
                // (a pipe, a streaming POST /v1/batch) was never read until the client gave up
                byte[] head = firstLine(in, HEAD_BYTES);
                Optional<String> other = LimeSurveyResponses.notResponses(head);
                if (other.isPresent()) {
                    yield new BatchInput.Refused(List.of(messages.get(other.get())), List.of(new BatchInput.Place(1, 1)));
                }
                LimeSurveyResponses rows;
                try {
                    rows = LimeSurveyResponses.open(engine, in, messages, questionnaire);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    // the heading line is no CSV (a JSON Lines file given as limesurvey): one line, not the parser's two
                    var at = e.getLocation();
                    if (at == null || at.getLineNr() < 1) {
                        yield new BatchInput.Refused(List.of(messages.get("limesurvey.headings-syntax", messages.parser(e))));
                    }
                    // placed where it breaks off, as a finding is: FILE:LINE:COLUMN before the sentence, not in it
                    yield new BatchInput.Refused(List.of(messages.get("limesurvey.headings-syntax", messages.parser(e))),
                            List.of(new BatchInput.Place(at.getLineNr(), LimeSurveyResponses.column(e))));
                }
                Optional<String> twice = rows.duplicateColumn();
                if (twice.isPresent()) yield new BatchInput.Refused(List.of(twice.get()), List.of(new BatchInput.Place(rows.headingLine(), 0)));
                Optional<String> texts = rows.noCodes();
                if (texts.isPresent()) yield new BatchInput.Refused(List.of(texts.get()), List.of(new BatchInput.Place(rows.headingLine(), 0)));
                yield rows.hasHeadings() && rows.hasRows() ? BatchInput.ready(rows)
                        : new BatchInput.Refused(List.of(engine.messages().get("batch.no-rows")));
            }
        };
    }
}
