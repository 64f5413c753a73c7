package de.typwerk.applications.batch;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Respondent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The CSV form of answers files, one row per respondent (see {@code docs/integrators.md}):
 *
 * <pre>
 * questionnaire,version,name,ags,kind,state,&lt;question ids in questionnaire order…&gt;
 * oefit-digitalisierungstypen,1.0.0,Gemeinde Lindenau,09475123,gemeinde,Bayern,gemeinde,…,effizienz|datennutzung|mitgestaltung,…
 * </pre>
 *
 * An empty cell is an unanswered question (or an absent respondent field). Multiple choice and
 * ranking answers are option ids joined by {@code |}, a ranking most important first; a scale is a
 * whole number; a number is written with a decimal point ({@code 1234.5}); single choice is the
 * option id; text is the text. Cells are quoted as RFC 4180 says when they hold a comma, a quote
 * or a line break. Columns may come in any order.
 */
@API(status = INTERNAL, since = "1.0")
public final class CsvLayout {

    /** The columns every layout starts with: which questionnaire, and who answered. */
    public static final List<String> FIXED_COLUMNS = List.of("questionnaire", "version", "name", "ags", "kind", "state");
    /** Separates the options of a multiple choice or ranking answer in one cell. */
    public static final String LIST_SEPARATOR = "|";

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?");
    /**
     * The longest number a cell is read as, as long as one JSON reads (Jackson's limit): a number of 42 characters
     * (12.000…0) is the number in a CSV cell as in JSON Lines, where 40 made it text, refused as not a number.
     */
    private static final int LONGEST_NUMBER = com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
    /** A number as JSON spells it, which the answers reader takes as written. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)([.][0-9]+)?([eE][+-]?[0-9]+)?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Questionnaire questionnaire;
    private final List<String> columns;
    private final Map<String, Question> byColumn = new HashMap<>();

    public CsvLayout(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        List<String> all = new ArrayList<>(FIXED_COLUMNS);
        for (Question q : questionnaire.questions()) {
            all.add(q.id());
            byColumn.put(q.id(), q);
        }
        this.columns = List.copyOf(all);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** The header: the fixed columns, then every question id in questionnaire order. */
    public List<String> columns() {
        return columns;
    }

    /** The header as one CSV line (without line end). */
    public String header() {
        return CsvText.line(columns);
    }

    /** The header as one line of {@code dialect} (without line end). */
    public String header(CsvDialect dialect) {
        return CsvText.line(columns, dialect);
    }

    /**
     * An answers template to fill in, one row per respondent below it: the header as one line of
     * {@code dialect} with its line end, after the byte order mark where the dialect has one, so
     * that Excel set to German reads {@link CsvDialect#EXCEL_DE} back as it saves it
     * ({@code typwerk template --format csv}, {@code GET …/template?format=csv}).
     */
    public String template(CsvDialect dialect) {
        return (dialect.byteOrderMark() ? "\uFEFF" : "") + header(dialect) + dialect.lineEnd();
    }

    /**
     * One respondent's row as one line of {@code dialect} (without line end): the cells of
     * {@link #row}, a number answer with the dialect's decimal separator ({@code 11,2} in
     * {@link CsvDialect#EXCEL_DE}, which the batch reads back from a file separated by semicolons), every other
     * cell as it is (the version {@code 1.0.0} too).
     */
    public String line(String questionnaireId, String version, Respondent respondent, Map<String, Answer> answers, CsvDialect dialect) {
        List<String> cells = row(questionnaireId, version, respondent, answers);
        if (dialect.decimalSeparator() != '.') {
            List<Question> questions = questionnaire.questions();
            for (int i = 0; i < questions.size(); i++) {
                if (answers.get(questions.get(i).id()) instanceof Answer.Number) {
                    int at = FIXED_COLUMNS.size() + i;
                    cells.set(at, dialect.decimal(cells.get(at)));
                }
            }
        }
        return CsvText.line(cells, dialect);
    }

    /** The cells of one respondent's row, in {@link #columns()} order. */
    public List<String> row(String questionnaireId, String version, Respondent respondent, Map<String, Answer> answers) {
        List<String> cells = new ArrayList<>(columns.size());
        cells.add(questionnaireId);
        cells.add(version);
        cells.add(respondent.name().orElse(""));
        cells.add(respondent.ags().orElse(""));
        cells.add(respondent.kind().orElse(""));
        cells.add(respondent.state().orElse(""));
        for (Question q : questionnaire.questions()) {
            Answer a = answers.get(q.id());
            cells.add(a == null ? "" : cell(a));
        }
        return cells;
    }

    /** One answer as a cell. */
    public static String cell(Answer answer) {
        if (answer instanceof Answer.Choice c) return c.option();
        if (answer instanceof Answer.Choices c) return String.join(LIST_SEPARATOR, c.options());
        if (answer instanceof Answer.Ranking r) return String.join(LIST_SEPARATOR, r.order());
        if (answer instanceof Answer.Scale s) return Integer.toString(s.value());
        if (answer instanceof Answer.Number n) return n.value().toPlainString();
        if (answer instanceof Answer.Text t) return t.text();
        throw new IllegalArgumentException("unknown answer " + answer);
    }

    /**
     * One row as an answers document ({@code questionnaire}, {@code version}, {@code respondent},
     * {@code answers}), for the answers reader to check like any answers file. Cells are typed by
     * the kind of their question; a cell that does not look like its kind stays text, so that the
     * reader says what was expected instead of this method guessing.
     *
     * @param header the columns of the file, as {@link #columns()} names them (any order)
     * @param cells  one cell per header column
     */
    public ObjectNode document(List<String> header, List<String> cells) {
        ObjectNode root = NODES.objectNode();
        ObjectNode respondent = NODES.objectNode();
        ObjectNode answers = NODES.objectNode();
        String questionnaireCell = "";
        String versionCell = "";
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            String column = header.get(i);
            String cell = cells.get(i);
            switch (column) {
                case "questionnaire" -> questionnaireCell = cell;
                case "version" -> versionCell = cell;
                case "name", "ags", "kind", "state" -> {
                    if (!cell.isEmpty()) respondent.put(column, cell);
                }
                default -> {
                    Question q = byColumn.get(column);
                    if (q != null && !cell.isEmpty()) answers.set(column, value(q, cell));
                }
            }
        }
        root.put("questionnaire", questionnaireCell.isEmpty() ? null : questionnaireCell);
        root.put("version", versionCell.isEmpty() ? null : versionCell);
        if (!respondent.isEmpty()) root.set("respondent", respondent);
        root.set("answers", answers);
        return root;
    }

    /** The question a column holds, if it is a question column. */
    public Optional<Question> question(String column) {
        return Optional.ofNullable(byColumn.get(column));
    }

    private static com.fasterxml.jackson.databind.JsonNode value(Question q, String cell) {
        com.fasterxml.jackson.databind.JsonNode node = typed(q, cell);
        // a number spelt otherwise than it prints (-0, 6e0, 1e400) goes into the document as the cell has it, so a
        // finding names the number the cell holds ("not -0"), not another spelling of it ("not 0"); its value is the same
        String c = stripped(cell);
        if (node.isNumber() && !node.toString().equals(c) && JSON_NUMBER.matcher(c).matches()) {
            return NODES.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(c));
        }
        return node;
    }

    /**
     * {@code text} without white space at either end, a no-break space among it (U+00A0, U+2007, U+202F, which
     * {@link String#strip} keeps): what a web page or a spreadsheet puts beside a number is a space to the reader too
     */
    private static String stripped(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && blank(text.charAt(from))) from++;
        while (to > from && blank(text.charAt(to - 1))) to--;
        return text.substring(from, to);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    private static com.fasterxml.jackson.databind.JsonNode typed(Question q, String cell) {
        String c = stripped(cell);
        switch (q.kind()) {
            case MULTI, RANKING -> {
                ArrayNode list = NODES.arrayNode();
                for (String part : c.split(Pattern.quote(LIST_SEPARATOR), -1)) list.add(stripped(part));
                return list;
            }
            case SCALE -> {
                if (WHOLE.matcher(c).matches() && c.length() < 10) return NODES.numberNode(Integer.parseInt(c));
                if (c.length() <= LONGEST_NUMBER && DECIMAL.matcher(c).matches()) return NODES.numberNode(new BigDecimal(c));
                return NODES.textNode(cell);
            }
            case NUMBER -> {
                if (c.length() <= LONGEST_NUMBER && DECIMAL.matcher(c).matches()) {
                    BigDecimal d = new BigDecimal(c);
                    return WHOLE.matcher(c).matches() ? NODES.numberNode(d.toBigInteger()) : NODES.numberNode(d);
                }
                return NODES.textNode(cell);
            }
            default -> {
                return NODES.textNode(q.kind() == de.typwerk.api.model.QuestionKind.TEXT ? cell : c);
            }
        }
    }
}
