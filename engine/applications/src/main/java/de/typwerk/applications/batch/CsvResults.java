package de.typwerk.applications.batch;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.TypeResult;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.report.Decimals;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Batch output as CSV, one line per input row after the header:
 *
 * <pre>
 * row,questionnaire,version,name,ags,kind,state,outcome,primary,second,margin,share.&lt;type&gt;…,error_code,error_at,error_line,error_message,
 *   answered,total,score.&lt;type&gt;…,dimension.&lt;dim&gt;…,answers.&lt;dim&gt;…,weightless.&lt;dim&gt;…,thin.&lt;dim&gt;…
 * </pre>
 *
 * A result fills everything but the error columns (one column per type of the questionnaire, in
 * definition order, six decimals, and per dimension, in definition order, its value, the answers
 * it rests on, those that count for no type and whether it is thin, as the JSON result has them);
 * {@code primary} is the best type and {@code second} the runner-up (both for a mixed outcome too),
 * {@code margin} the first's share minus the second's; an insufficient result leaves those three
 * empty. An error fills {@code row} and the error columns only; {@code error_at} is the column or
 * question it is about. The columns after {@code error_message} came after the others, and stand
 * after them so that a reader that takes the columns by their place finds every earlier one where
 * it was.
 *
 * <p>The type columns are those of the questionnaire the input names: for CSV input the one its
 * header was checked against; for JSON Lines the first row that scores. Error rows before it are
 * held back (at most {@value #MAX_HELD_BACK}) until the header can be written. A result of another
 * questionnaire whose types are not the columns' becomes an error row ({@code other-types}):
 * mixed questionnaires need JSON Lines.
 *
 * <p>Separators, line ends and a byte order mark are the {@link CsvDialect}'s: {@code ,} and
 * {@code 0.792715} by default, {@code ;} and {@code 0,792715} for Excel set to German.
 */
final class CsvResults implements ResultSink {

    static final int MAX_HELD_BACK = 10_000;
    private static final List<String> LEADING = List.of("row", "questionnaire", "version", "name", "ags", "kind", "state",
            "outcome", "primary", "second", "margin");
    private static final List<String> TRAILING = List.of("error_code", "error_at", "error_line", "error_message");

    private final Writer out;
    private final CsvDialect dialect;
    private final Messages messages;
    private final Function<String, Optional<LoadedQuestionnaire>> questionnaires;
    private Optional<List<String>> types = Optional.empty();
    /** The dimensions' columns, in the questionnaire's order: set with {@link #types}. */
    private List<String> dimensions = List.of();
    private final Deque<Map.Entry<Long, RowError>> heldBack = new ArrayDeque<>();

    /**
     * @param questionnaires finds a loaded questionnaire by {@code id@version}, for the definition
     *                       order of a result's types
     * @param columnsFrom    the questionnaire whose types are the columns, when it is known up front
     * @param dialect        separators, line ends and byte order mark (written here, first)
     */
    CsvResults(Writer out, Messages messages, Function<String, Optional<LoadedQuestionnaire>> questionnaires,
               Optional<Questionnaire> columnsFrom, CsvDialect dialect) throws IOException {
        this.out = out;
        this.dialect = dialect;
        this.messages = messages;
        if (dialect.byteOrderMark()) out.write('\uFEFF');
        this.questionnaires = questionnaires;
        if (columnsFrom.isPresent()) {
            start(columnsFrom.get().types().stream().map(TypeDefinition::id).toList(),
                    columnsFrom.get().dimensions().stream().map(Dimension::id).toList());
        }
    }

    @Override
    public boolean result(long row, long line, Result result) throws IOException {
        List<String> ids = result.types().stream().map(TypeResult::id).toList();
        if (types.isEmpty()) {
            // the questionnaire's definition order, not the ranking's
            Optional<Questionnaire> definition = questionnaires.apply(result.questionnaire().id() + "@" + result.questionnaire().version())
                    .map(LoadedQuestionnaire::questionnaire);
            start(definition.map(q -> q.types().stream().map(TypeDefinition::id).toList())
                            .orElseGet(() -> result.types().stream().map(TypeResult::id).sorted().toList()),
                    definition.map(q -> q.dimensions().stream().map(Dimension::id).toList())
                            .orElseGet(() -> result.dimensions().stream().map(DimensionResult::id).toList()));
        }
        List<String> columns = types.orElseThrow();
        if (ids.size() != columns.size() || !columns.containsAll(ids)) {
            error(row, RowError.ofRow("other-types", line, messages.get("batch.other-types",
                    result.questionnaire().id() + "@" + result.questionnaire().version(), String.join(", ", columns))));
            return false;
        }
        Map<String, TypeResult> byType = new HashMap<>();
        result.types().forEach(t -> byType.put(t.id(), t));
        Map<String, DimensionResult> byDimension = new HashMap<>();
        result.dimensions().forEach(d -> byDimension.put(d.id(), d));
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(row));
        cells.add(result.questionnaire().id());
        cells.add(result.questionnaire().version());
        cells.add(result.respondent().name().orElse(""));
        cells.add(result.respondent().ags().orElse(""));
        cells.add(result.respondent().kind().orElse(""));
        cells.add(result.respondent().state().orElse(""));
        Outcome outcome = result.outcome();
        if (outcome instanceof Outcome.Insufficient) {
            cells.addAll(List.of("insufficient", "", "", ""));
        } else if (outcome instanceof Outcome.None) {
            cells.addAll(List.of("none", "", "", ""));
        } else {
            double lead = outcome instanceof Outcome.Primary p ? p.lead() : ((Outcome.Mixed) outcome).lead();
            cells.add(outcome instanceof Outcome.Primary ? "primary" : "mixed");
            cells.add(result.types().get(0).id());
            cells.add(result.types().size() > 1 ? result.types().get(1).id() : "");
            cells.add(decimal(lead));
        }
        for (String type : columns) cells.add(decimal(byType.get(type).share()));
        cells.addAll(List.of("", "", "", ""));
        cells.add(Integer.toString(result.answered()));
        cells.add(Integer.toString(result.total()));
        for (String type : columns) cells.add(decimal(byType.get(type).score()));
        // a dimension the result has not (a variant's result under its base's columns) is left empty
        for (String d : dimensions) cells.add(byDimension.containsKey(d) ? decimal(byDimension.get(d).value()) : "");
        for (String d : dimensions) cells.add(byDimension.containsKey(d) ? Integer.toString(byDimension.get(d).answers()) : "");
        for (String d : dimensions) cells.add(byDimension.containsKey(d) ? Integer.toString(byDimension.get(d).weightless()) : "");
        for (String d : dimensions) cells.add(byDimension.containsKey(d) ? Boolean.toString(byDimension.get(d).thin()) : "");
        write(cells);
        return true;
    }

    @Override
    public void error(long row, RowError error) throws IOException {
        if (types.isEmpty()) {
            heldBack.add(Map.entry(row, error));
            if (heldBack.size() >= MAX_HELD_BACK) start(List.of(), List.of());
            return;
        }
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(row));
        for (int i = 1; i < LEADING.size() + types.get().size(); i++) cells.add("");
        cells.add(error.code());
        cells.add(error.where().orElse(""));
        cells.add(error.line() > 0 ? Long.toString(error.line()) : "");
        cells.add(error.message());
        for (int i = 0; i < 2 + types.get().size() + 4 * dimensions.size(); i++) cells.add("");
        write(cells);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        if (types.isEmpty()) start(List.of(), List.of());
        out.flush();
    }

    private void start(List<String> typeIds, List<String> dimensionIds) throws IOException {
        types = Optional.of(List.copyOf(typeIds));
        dimensions = List.copyOf(dimensionIds);
        List<String> header = new ArrayList<>(LEADING);
        typeIds.forEach(t -> header.add("share." + t));
        header.addAll(TRAILING);
        header.add("answered");
        header.add("total");
        typeIds.forEach(t -> header.add("score." + t));
        for (String prefix : List.of("dimension.", "answers.", "weightless.", "thin.")) dimensionIds.forEach(d -> header.add(prefix + d));
        write(header);
        while (!heldBack.isEmpty()) {
            Map.Entry<Long, RowError> e = heldBack.poll();
            error(e.getKey(), e.getValue());
        }
    }

    private void write(List<String> cells) throws IOException {
        out.write(CsvText.lineForSpreadsheet(cells, dialect));
        out.write(dialect.lineEnd());
    }

    private String decimal(double value) {
        return dialect.decimal(Decimals.fixed(value));
    }
}
