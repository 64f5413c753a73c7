package de.typwerk.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LimeSurvey's side, as its documentation and source describe it (no library reads its formats):
 * the structure file read as its importer reads it (tab-separated, {@code "} quotes, a header of
 * column names), and responses written as its "Export results" writes CSV with question codes as
 * headings: UTF-8 with a byte order mark, every value in double quotes, {@code ;} or {@code ,},
 * its own columns first, a list's answer code, a multiple choice's {@code Y} or nothing, a
 * ranking's answer codes by place, and a blank line at the end ({@code CsvWriter::close}; for a
 * survey without responses, one record of empty values before it, as {@code Writer::write} does).
 * The writer knows only what the structure file says.
 */
final class LimeSurveyTool {

    /** One row of the structure file, by column name. */
    record Line(Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    final List<String> header;
    final List<Line> lines;

    private LimeSurveyTool(List<String> header, List<Line> lines) {
        this.header = header;
        this.lines = lines;
    }

    /** Reads a structure file as TSVImportSurvey does: fgetcsv with a tab and {@code "}, each row keyed by the header. */
    static LimeSurveyTool read(String tsv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator('\t').withQuoteChar('"')).readValues(tsv);
        List<String> header = List.of(it.nextValue());
        List<Line> lines = new ArrayList<>();
        while (it.hasNextValue()) {
            String[] row = it.nextValue();
            if (row.length != header.size()) throw new AssertionError("a row with " + row.length + " fields: " + String.join("|", row));
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) cells.put(header.get(i), row[i]);
            lines.add(new Line(cells));
        }
        return new LimeSurveyTool(header, lines);
    }

    List<Line> ofClass(String cls) {
        return lines.stream().filter(l -> l.get("class").equals(cls)).toList();
    }

    String baseLanguage() {
        return ofClass("S").stream().filter(l -> l.get("name").equals("language")).findFirst().orElseThrow().get("text");
    }

    /** The question rows, subquestions and answers of the base language, each question with the rows after it. */
    List<Question> questions() {
        String base = baseLanguage();
        List<Question> questions = new ArrayList<>();
        Question current = null;
        for (Line l : lines) {
            if (!l.get("language").equals(base)) continue;
            switch (l.get("class")) {
                case "Q" -> {
                    current = new Question(l.get("name"), l.get("type/scale"), new ArrayList<>(), new ArrayList<>(), new HashMap<>());
                    questions.add(current);
                }
                case "SQ" -> current.subquestions().add(l.get("name"));
                case "A" -> {
                    current.answers().add(l.get("name"));
                    current.texts().put(l.get("name"), l.get("text"));
                }
                case "G" -> current = null;
                default -> {
                }
            }
        }
        return questions;
    }

    record Question(String code, String type, List<String> subquestions, List<String> answers, Map<String, String> texts) {
    }

    /** The mapping rows: {@code type/scale} → (name → text). */
    Map<String, Map<String, String>> mapping() {
        Map<String, Map<String, String>> mapping = new HashMap<>();
        for (Line l : ofClass("TYPWERK")) mapping.computeIfAbsent(l.get("type/scale"), k -> new LinkedHashMap<>()).put(l.get("name"), l.get("text"));
        return mapping;
    }

    /**
     * Heading styles of LimeSurvey's CSV export: {@code Q05[SQ02]}, or {@code Q05_SQ02} as older
     * exports and R/SPSS syntax name them, or "question code &amp; question text" with its default
     * separator ({@code Q05[SQ02]. Welche … [Upload]}; {@code Writer::write}, case {@code codetext}).
     */
    enum Headings { BRACKETS, UNDERSCORES, CODES_AND_TEXTS }

    /**
     * What the export writes for an answer ("Export responses as" and the "Convert Y to" / "Convert
     * N to" boxes): answer codes; answer codes with a multiple choice's {@code Y} and {@code N}
     * converted to the form's values {@code 1} and {@code 2}; or full answers, the default: an
     * answer's text in the survey's language, a multiple choice's "Ja" or "Nein" ({@code SurveyObj::getFullAnswer}).
     */
    enum Answers { CODES, CONVERTED_Y_N, FULL }

    /**
     * The response export LimeSurvey writes for native answers rows: its own columns, then one per
     * question code (a subquestion or place each), every value quoted.
     */
    String responses(List<String> nativeRows, char separator, Headings style) throws IOException {
        return responses(nativeRows, separator, style, Answers.CODES);
    }

    String responses(List<String> nativeRows, char separator, Headings style, Answers written) throws IOException {
        Map<String, Map<String, String>> mapping = mapping();
        Map<String, String> idOfCode = mapping.get("question");
        Map<String, String> codeOfOption = new HashMap<>();
        mapping.getOrDefault("option", Map.of()).forEach((code, id) -> codeOfOption.put(id, code.substring(code.indexOf('/') + 1)));
        Map<String, String> codeOfPoint = new HashMap<>();
        mapping.getOrDefault("point", Map.of()).forEach((code, point) -> codeOfPoint.put(code.substring(0, code.indexOf('/')) + "/" + point,
                code.substring(code.indexOf('/') + 1)));
        Map<String, String> respondentOfCode = mapping.get("respondent");

        List<String> headings = new ArrayList<>(List.of("id", "submitdate", "lastpage", "startlanguage", "seed"));
        List<Question> questions = questions();
        for (Question q : questions) {
            switch (q.type()) {
                case "M" -> q.subquestions().forEach(sq -> headings.add(sub(q.code(), sq, style)));
                case "R" -> {
                    for (int place = 1; place <= q.answers().size(); place++) headings.add(sub(q.code(), String.valueOf(place), style));
                }
                default -> headings.add(q.code());
            }
        }
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, style == Headings.CODES_AND_TEXTS ? withTexts(headings) : headings, separator);
        int id = 1;
        for (String row : nativeRows) {
            JsonNode tree = Shipped.tree(row);
            List<String> values = new ArrayList<>(List.of(String.valueOf(id++), "2026-11-30 10:15:00", "9", baseLanguage(), "123456"));
            for (Question q : questions) {
                if (respondentOfCode.containsKey(q.code())) {
                    values.add(tree.path("respondent").path(respondentOfCode.get(q.code())).asText(""));
                    continue;
                }
                if (q.type().equals("*")) {
                    values.add(mapping.get("questionnaire").get(q.code()));
                    continue;
                }
                String qid = idOfCode.get(q.code());
                JsonNode answer = tree.path("answers").path(qid);
                switch (q.type()) {
                    case "M" -> {
                        List<String> picked = new ArrayList<>();
                        answer.forEach(o -> picked.add(codeOfOption.get(qid + "/" + o.asText())));
                        for (String sq : q.subquestions()) {
                            values.add(switch (written) {
                                case CODES -> picked.contains(sq) ? "Y" : "";
                                case CONVERTED_Y_N -> picked.contains(sq) ? "1" : answer.isMissingNode() ? "" : "2";
                                case FULL -> picked.contains(sq) ? "Ja" : "Nein";
                            });
                        }
                    }
                    case "R" -> {
                        for (int place = 0; place < q.answers().size(); place++) {
                            values.add(place < answer.size() ? written(q, codeOfOption.get(qid + "/" + answer.get(place).asText()), written) : "");
                        }
                    }
                    case "L" -> {
                        if (answer.isMissingNode()) values.add("");
                        else if (answer.isNumber()) values.add(written(q, codeOfPoint.get(q.code() + "/" + answer.asText()), written));
                        else values.add(written(q, codeOfOption.get(qid + "/" + answer.asText()), written));
                    }
                    default -> values.add(answer.isMissingNode() ? "" : answer.asText());
                }
            }
            line(out, values, separator);
        }
        if (nativeRows.isEmpty()) line(out, headings.stream().map(h -> "").toList(), separator);
        return out.append("\r\n").toString();
    }

    /** An answer code as the export writes it: the code, or its answer's text where it writes full answers. */
    private static String written(Question q, String code, Answers written) {
        return written == Answers.FULL ? q.texts().get(code) : code;
    }

    /**
     * The VV file LimeSurvey writes for native answers rows ({@code vvexport}, version 2): tab
     * separated as PHP's {@code fputcsv} writes it, a line of question texts, a line of codes
     * ({@code Q05_SQ02}), then one line per response in which a question not answered was not
     * shown ({@code {question_not_shown}}, its database NULL) and braces, line breaks, tabs and a
     * leading quote are spelt out; values are trimmed.
     */
    String vv(List<String> nativeRows) throws IOException {
        String csv = responses(nativeRows, ',', Headings.UNDERSCORES);
        MappingIterator<String[]> it = new CsvMapper().readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator(',')).readValues(csv.substring(1));
        List<String> codes = List.of(it.nextValue());
        Map<String, String> texts = new HashMap<>();
        for (Line l : ofClass("Q")) if (l.get("language").equals(baseLanguage())) texts.put(l.get("name"), l.get("text"));
        StringBuilder out = new StringBuilder();
        vvLine(out, codes.stream().map(c -> texts.getOrDefault(c.replaceFirst("_.*", ""), c)).toList());
        vvLine(out, codes);
        while (it.hasNextValue()) {
            String[] values = it.nextValue();
            if (values.length < codes.size()) continue;   // the blank line at the end of the CSV export
            List<String> line = new ArrayList<>();
            for (String v : values) {
                line.add(v.isEmpty() ? "{question_not_shown}" : v.strip().replace("{", "{lbrace}").replace("\n", "{newline}")
                        .replace("\r", "{cr}").replace("\t", "{tab}").replaceFirst("^\"", "{quote}"));
            }
            vvLine(out, line);
        }
        return out.toString();
    }

    private static void vvLine(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append('\t');
            String v = values.get(i);
            boolean quote = v.chars().anyMatch(c -> c == '\t' || c == '"' || c == '\\' || c == '\n' || c == '\r' || c == ' ');
            out.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        out.append('\n');
    }

    private static String sub(String code, String key, Headings style) {
        return style == Headings.UNDERSCORES ? code + "_" + key : code + "[" + key + "]";
    }

    /** Each heading followed by ". " and its question's text (LimeSurvey's own columns: their labels), HTML flattened. */
    private List<String> withTexts(List<String> headings) {
        Map<String, String> texts = new HashMap<>(Map.of("id", "Antwort ID", "submitdate", "Datum Abgeschickt",
                "lastpage", "Letzte Seite", "startlanguage", "Start-Sprache", "seed", "Startwert"));
        for (Line l : ofClass("Q")) if (l.get("language").equals(baseLanguage())) texts.put(l.get("name"), l.get("text"));
        return headings.stream().map(h -> h + ". " + texts.getOrDefault(h.replaceFirst("\\[.*", ""), "")
                .replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip()).toList();
    }

    private static void line(StringBuilder out, List<String> values, char separator) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(separator);
            out.append('"').append(values.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
