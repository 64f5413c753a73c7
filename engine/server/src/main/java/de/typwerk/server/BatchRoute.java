package de.typwerk.server;

import de.typwerk.presentation.Texts;
import com.sun.net.httpserver.HttpExchange;
import de.typwerk.applications.batch.Batch;
import de.typwerk.applications.batch.BatchDetail;
import de.typwerk.applications.batch.BatchFormat;
import de.typwerk.applications.batch.BatchInput;
import de.typwerk.applications.batch.BatchProgress;
import de.typwerk.applications.batch.BatchSummary;
import de.typwerk.applications.batch.CsvDialect;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.interop.ResponseFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/batch}: rows of answers in (or another survey tool's responses, with
 * {@code input-format}), one row out per row in, streamed both ways. The
 * input is checked before anything is sent (its media type, the parameters, that it has rows);
 * after that the answer is chunked and each row is sent as soon as it is scored, while the client
 * may still be sending later rows, so memory does not grow with the input.
 */
final class BatchRoute implements Route.Handler {

    /** The media types of Typwerk's own rows; {@code application/json} is taken only for another tool's responses. */
    private static final List<String> ROWS = List.of("application/x-ndjson", "application/jsonl", "text/csv");

    /** The parameter that writes CSV for Excel set to German ({@code excel-de}) or as RFC 4180 says ({@code standard}). */
    static final String CSV_DIALECT = "csv-dialect";

    /** The code of each problem of a batch input refused as a whole. */
    static final String REFUSED = "input-refused";

    private final int threads;

    /** @param threads rows one request scores side by side */
    BatchRoute(int threads) {
        this.threads = threads;
    }

    @Override
    public String answer(Call call) throws Failure, IOException {
        Texts m = call.messages();
        // another tool's responses, as named (a batch is never guessed, as typwerk batch does not guess)
        Optional<ResponseFormat> tool = Negotiation.inputFormat(call).flatMap(t -> t);
        // Typwerk's own rows name their questionnaire: the parameter is refused as such, whichever id it names
        if (tool.isEmpty() && call.parameter(Negotiation.QUESTIONNAIRE).isPresent()) throw Negotiation.questionnaireWithoutTool(call);
        Optional<LoadedQuestionnaire> assumed = Negotiation.questionnaire(call);
        BatchFormat from = tool.isPresent() ? toolMediaType(call) : format(call);
        Optional<String> named = call.parameter("format").map(f -> switch (f) {
            case "jsonl" -> "application/x-ndjson";
            case "csv" -> "text/csv";
            default -> "";
        });
        if (named.filter(String::isEmpty).isPresent()) throw Negotiation.badValue(call, "format", call.query().get("format"), "jsonl, csv");

        String detailName = call.parameter("detail").orElse("full");
        BatchDetail detail = BatchDetail.of(detailName).orElseThrow(() -> Negotiation.badValue(call, "detail", detailName, "full, compact"));
        Optional<String> dialectName = call.parameter(CSV_DIALECT);
        CsvDialect dialect = dialectName.isEmpty() ? CsvDialect.STANDARD : CsvDialect.of(dialectName.get())
                .orElseThrow(() -> Negotiation.badValue(call, CSV_DIALECT, dialectName.get(), "standard, excel-de"));
        Optional<String> strategy = Negotiation.strategy(call);
        // JSON Lines have no separators: a dialect asked for would be dropped without a word. Told before the body is
        // read where format says so; where Accept chooses, once the choice is made below
        if (dialectName.isPresent() && named.filter("application/x-ndjson"::equals).isPresent()) throw dialectWithoutCsv(call, dialectName.get());
        java.io.InputStream body = new java.io.BufferedInputStream(call.exchange().getRequestBody(), 1 << 16);
        Optional<ResponseFormat> looks = tool.isPresent() ? Optional.empty() : ResponseFormat.recognizeRows(body);
        if (looks.isPresent()) {
            // another tool's responses read as Typwerk's rows: every line an error row that names no cause
            String id = looks.get().id();
            String reason = m.get("http.batch-tool-input", m.get("http.batch-looks." + id), id);
            throw new Failure(422, m.get("http.batch-refused"), reason, List.of(Problem.error(REFUSED, reason,
                    new Location("rows." + (from == BatchFormat.CSV ? "csv" : "jsonl"), 1, 0, ""))));
        }
        BatchInput.Opening opening = tool.isPresent() ? tool.get().open(call.engine(), body, assumed)
                : new BatchInput(call.engine()).open(body, from);
        if (opening instanceof BatchInput.Refused refused) {
            // each reason a problem at its place in the body, where the refusal has places (not: no rows at all)
            if (refused.places().stream().allMatch(BatchInput.Place.NONE::equals)) {
                throw new Failure(422, m.get("http.batch-refused"), String.join(" ", refused.reasons()));
            }
            String source = (tool.isPresent() ? "responses." : "rows.") + (from == BatchFormat.CSV ? "csv" : "jsonl");
            List<Problem> problems = new java.util.ArrayList<>();
            for (int i = 0; i < refused.reasons().size(); i++) {
                BatchInput.Place at = refused.places().get(i);
                problems.add(Problem.error(REFUSED, refused.reasons().get(i), new Location(source, (int) at.line(), at.column(), "")));
            }
            throw new Failure(422, m.get("http.batch-refused"), String.join(" ", refused.reasons()), problems);
        }
        BatchInput.Ready ready = (BatchInput.Ready) opening;
        // without format, the rows come as Accept prefers them (Vary: Accept, as every /v1 answer); chosen once the input
        // is known to be read, so that a request wrong otherwise is told that first, whatever it accepts
        BatchFormat to = Negotiation.chosen(call, call.route().produces(), named).equals("text/csv") ? BatchFormat.CSV : BatchFormat.JSONL;
        if (dialectName.isPresent() && to != BatchFormat.CSV) throw dialectWithoutCsv(call, dialectName.get());
        HttpExchange exchange = call.exchange();
        exchange.getResponseHeaders().set("Content-Type", to == BatchFormat.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        Responses.languageHeaders(exchange, call.language());
        // the length is not known: chunked, each row sent as it is scored
        exchange.sendResponseHeaders(200, 0);
        BatchSummary summary;
        try (OutputStream out = exchange.getResponseBody()) {
            summary = new Batch(call.engine()).run(ready.rows(), out, new Batch.Options(to, strategy, threads, detail, dialect), BatchProgress.NONE);
        }
        return " (" + summary.rows() + " rows, " + summary.errors() + " errors)";
    }

    /** 400: {@code csv-dialect} with rows that come as JSON Lines. */
    private static Failure dialectWithoutCsv(Call call, String dialect) {
        return new Failure(400, call.messages().get("http.batch-csv-dialect-needs-csv", Route.shown(dialect)));
    }

    /**
     * For another tool's responses, a media type they come in: JSON (SurveyJS data, a FHIR
     * Bundle, either as JSON Lines too) or CSV (LimeSurvey's export); else 415. Which tool reads
     * them, the parameter says; the returned format is not used.
     */
    private static BatchFormat toolMediaType(Call call) throws Failure {
        String type = Negotiation.mediaType(call);
        if (Negotiation.json(type) || type.endsWith("+ndjson")) return BatchFormat.JSONL;
        return rows(call, type);
    }

    /** JSON Lines or CSV, from the request's {@code Content-Type}; else 415. */
    private static BatchFormat format(Call call) throws Failure {
        return rows(call, Negotiation.mediaType(call));
    }

    /** Typwerk's own rows of {@code type}: JSON Lines or CSV; else 415 naming those (JSON is another tool's, with input-format). */
    private static BatchFormat rows(Call call, String type) throws Failure {
        if (Set.of("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines").contains(type)) {
            return BatchFormat.JSONL;
        }
        if (type.equals("text/csv")) return BatchFormat.CSV;
        Failure refused = Negotiation.unsupported(call, type, ROWS);
        // JSON: another tool's responses, as typwerk score would read them; the parameter that reads them
        if (Negotiation.json(type) || type.endsWith("+ndjson")) {
            throw new Failure(415, refused.getMessage() + " " + call.messages().get("http.batch-json-needs-tool"));
        }
        throw refused;
    }
}
