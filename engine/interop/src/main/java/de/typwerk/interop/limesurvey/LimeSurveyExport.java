package de.typwerk.interop.limesurvey;

import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.interop.DefinitionTree;
import de.typwerk.interop.InteropMessages;
import de.typwerk.interop.Respondent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire as LimeSurvey's tab-separated survey structure file ({@code .txt}), as its
 * "Import survey" reads it ({@code TSVImportSurvey} in LimeSurvey's
 * {@code application/helpers/admin/import_helper.php}): a header row of column names, then one row
 * per survey setting ({@code S}), language setting ({@code SL}), group ({@code G}), question
 * ({@code Q}), subquestion ({@code SQ}) and answer ({@code A}); groups, questions, subquestions and
 * answers once per language, the chosen language first. Columns are the ones LimeSurvey's own
 * export writes ({@link #BASE_COLUMNS}) and the question attributes used here. The mapping back to
 * Typwerk's ids follows in rows of class {@value LimeSurveyCodes#MAPPING_CLASS}. docs/interop.md has
 * the table.
 */
public final class LimeSurveyExport {

    /** The columns LimeSurvey's own TSV export starts with (tsvSurveyExport), in its order. */
    public static final List<String> BASE_COLUMNS = List.of("id", "related_id", "class", "type/scale", "name", "relevance", "text",
            "help", "language", "validation", "mandatory", "other", "default", "same_default");

    /** The question attributes this export sets, as further columns (sorted, as LimeSurvey sorts them). */
    public static final List<String> ATTRIBUTE_COLUMNS = List.of("exclude_all_others", "hidden", "max_answers", "max_num_value_n",
            "maximum_chars", "min_answers", "min_num_value_n", "num_value_int_only");

    private final DefinitionTree definition;
    private final String language;
    private final List<String> languages;
    private final LimeSurveyCodes codes;
    private final StringBuilder out = new StringBuilder();

    public LimeSurveyExport(DefinitionTree definition, String language) {
        this.definition = definition;
        this.language = language;
        this.languages = new ArrayList<>();
        languages.add(language);
        definition.locales().stream().filter(l -> !l.equals(language)).forEach(languages::add);
        this.codes = new LimeSurveyCodes(definition);
    }

    public String write() {
        List<String> header = new ArrayList<>(BASE_COLUMNS);
        header.addAll(ATTRIBUTE_COLUMNS);
        line(header);
        JsonNode root = definition.root();
        row(Map.of("class", "S", "name", "language", "text", language));
        row(Map.of("class", "S", "name", "additional_languages", "text", String.join(" ", languages.subList(1, languages.size()))));
        row(Map.of("class", "S", "name", "format", "text", "G"));
        for (String lang : languages) {
            row(Map.of("class", "SL", "name", "surveyls_title", "text", html(root.path("title").path(lang).asText()), "language", lang));
            if (root.has("description")) {
                row(Map.of("class", "SL", "name", "surveyls_description", "text", html(root.path("description").path(lang).asText()),
                        "language", lang));
            }
        }
        for (String lang : languages) {
            respondentGroup(lang);
            int group = 2;
            for (JsonNode section : definition.sections()) {
                Map<String, String> g = new LinkedHashMap<>();
                g.put("class", "G");
                g.put("type/scale", String.valueOf(group++));
                g.put("name", html(section.path("title").path(lang).asText()));
                g.put("relevance", "1");
                if (section.has("description")) g.put("text", html(section.path("description").path(lang).asText()));
                g.put("language", lang);
                row(g);
                for (JsonNode question : section.path("questions")) question(question, lang);
            }
        }
        mapping();
        return out.toString();
    }

    private void respondentGroup(String lang) {
        row(Map.of("class", "G", "type/scale", "1", "name", InteropMessages.in(lang, "respondent.title"), "relevance", "1",
                "text", InteropMessages.in(lang, "respondent.description"), "language", lang));
        for (Respondent field : Respondent.FIELDS) {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("class", "Q");
            q.put("type/scale", "S");
            q.put("name", field.code());
            q.put("relevance", "1");
            q.put("text", html(InteropMessages.in(lang, field.messageKey())));
            q.put("language", lang);
            if (field.field().equals("ags")) q.put("validation", "/^[0-9]{8}$/");
            q.put("mandatory", "N");
            q.put("other", "N");
            row(q);
        }
        // an equation question LimeSurvey does not show; its value, stored with every response, names the questionnaire
        row(Map.of("class", "Q", "type/scale", "*", "name", LimeSurveyCodes.MARKER, "relevance", "1", "text", definition.coordinates(),
                "language", lang, "mandatory", "N", "other", "N", "hidden", "1"));
    }

    private void question(JsonNode question, String lang) {
        String id = question.path("id").asText();
        String kind = DefinitionTree.kind(question);
        String code = codes.question(id);
        Map<String, String> q = new LinkedHashMap<>();
        q.put("class", "Q");
        q.put("type/scale", switch (kind) {
            case "single", "scale" -> "L";
            case "multi" -> "M";
            case "ranking" -> "R";
            case "number" -> "N";
            case "text" -> "T";
            default -> throw new IllegalArgumentException("no LimeSurvey question type for kind '" + kind + "' (question " + id + ")");
        });
        q.put("name", code);
        q.put("relevance", question.has("when") ? new Relevance(codes).equation(question.get("when")) : "1");
        q.put("text", html(question.path("text").path(lang).asText()));
        String help = question.has("help") ? question.path("help").path(lang).asText() : "";
        if (question.has("unit")) help = (help.isEmpty() ? "" : help + " ") + "(" + question.path("unit").path(lang).asText() + ")";
        if (!help.isEmpty()) q.put("help", html(help));
        q.put("language", lang);
        q.put("mandatory", question.path("required").asBoolean(false) ? "Y" : "N");
        q.put("other", "N");
        switch (kind) {
            case "multi" -> {
                if (question.has("maxPicks")) q.put("max_answers", question.get("maxPicks").asText());
                List<String> exclusive = new ArrayList<>();
                Map<String, String> options = codes.options(question);
                for (JsonNode o : question.path("options")) {
                    if (DefinitionTree.exclusive(o)) exclusive.add(options.get(o.path("id").asText()));
                }
                if (question.has("minPicks")) {
                    minAnswers(code, question.get("minPicks").asInt(), exclusive, question.path("required").asBoolean(false),
                            List.copyOf(options.values())).ifPresent(min -> q.put("min_answers", min));
                }
                if (!exclusive.isEmpty()) q.put("exclude_all_others", String.join(";", exclusive));
            }
            case "ranking" -> {
                int places = DefinitionTree.rankedPlaces(question);
                q.put("max_answers", String.valueOf(places));
                if (question.path("required").asBoolean(false)) {
                    q.put("min_answers", String.valueOf(places));
                } else if (places > 1) {
                    // may be left open, but once begun every place is asked for, as Typwerk reads a
                    // ranking (one place of two is too few) and the FHIR export asks for it
                    q.put("min_answers", "if(is_empty(" + code + "_1.NAOK), 0, " + places + ")");
                }
            }
            case "number" -> {
                if (question.has("min")) q.put("min_num_value_n", question.get("min").decimalValue().stripTrailingZeros().toPlainString());
                if (question.has("max")) q.put("max_num_value_n", question.get("max").decimalValue().stripTrailingZeros().toPlainString());
                if (question.path("integer").asBoolean(false)) q.put("num_value_int_only", "1");
            }
            case "text" -> q.put("maximum_chars", String.valueOf(question.path("maxLength").asInt(2000)));
            default -> {
            }
        }
        row(q);
        switch (kind) {
            case "multi" -> {
                Map<String, String> options = codes.options(question);
                for (JsonNode o : question.path("options")) {
                    row(Map.of("class", "SQ", "type/scale", "0", "name", options.get(o.path("id").asText()),
                            "text", html(o.path("text").path(lang).asText()), "language", lang, "mandatory", "N", "other", "N"));
                }
            }
            case "single", "ranking" -> {
                Map<String, String> options = codes.options(question);
                for (JsonNode o : question.path("options")) {
                    row(Map.of("class", "A", "type/scale", "0", "name", options.get(o.path("id").asText()),
                            "text", html(o.path("text").path(lang).asText()), "language", lang));
                }
            }
            case "scale" -> {
                for (Map.Entry<String, Integer> p : codes.points(question).entrySet()) {
                    row(Map.of("class", "A", "type/scale", "0", "name", p.getKey(), "text", pointText(question, p.getValue(), lang),
                            "language", lang));
                }
            }
            default -> {
            }
        }
    }

    /**
     * A multiple choice's {@code min_answers}: its {@code minPicks}, or, where that is more than one
     * and the question has options that go only alone ({@code exclude_all_others}), an equation
     * that asks for one pick while such an option is picked, since Typwerk takes "keine" alone as a
     * whole answer (docs/definition-format.md, {@code minPicks}). LimeSurvey counts every picked
     * subquestion against {@code min_answers} ({@code count(Q05_SQ01.NAOK, …) >= (min)}), which
     * refused "keine" alone as one answer too few; the attribute takes an equation
     * ({@code expression} 2 in the question type's config.xml).
     *
     * <p>LimeSurvey checks that count on a question left open too (its equation asks nothing of the
     * question being answered; {@code mandatory} only adds "must be answered"), so that a question
     * that may be left open had become one that must be: for one that is not {@code required},
     * the picks are asked for once one is made ({@code if(count(Q05_SQ01.NAOK, …) == 0, 0, 2)}), as
     * the ranking's places are, and a {@code minPicks} of 1, which any pick meets, is not written.
     */
    private static java.util.Optional<String> minAnswers(String code, int min, List<String> alone, boolean required, List<String> all) {
        String asked;
        if (min < 2 || alone.isEmpty()) {
            asked = String.valueOf(min);
        } else {
            List<String> picked = new ArrayList<>();
            for (String sq : alone) picked.add(code + "_" + sq + ".NAOK == \"Y\"");
            asked = "if(" + String.join(" or ", picked) + ", 1, " + min + ")";
        }
        if (required) return java.util.Optional.of(asked);
        if (min < 2) return java.util.Optional.empty();
        List<String> columns = new ArrayList<>();
        for (String sq : all) columns.add(code + "_" + sq + ".NAOK");
        return java.util.Optional.of("if(count(" + String.join(", ", columns) + ") == 0, 0, " + asked + ")");
    }

    /** The way back: each code with the Typwerk id it stands for. LimeSurvey's importer passes over rows of this class. */
    private void mapping() {
        row(Map.of("class", LimeSurveyCodes.MAPPING_CLASS, "type/scale", "questionnaire", "name", LimeSurveyCodes.MARKER,
                "text", definition.coordinates()));
        for (Respondent field : Respondent.FIELDS) {
            row(Map.of("class", LimeSurveyCodes.MAPPING_CLASS, "type/scale", "respondent", "name", field.code(), "text", field.field()));
        }
        for (JsonNode question : definition.questions()) {
            String id = question.path("id").asText();
            String code = codes.question(id);
            row(Map.of("class", LimeSurveyCodes.MAPPING_CLASS, "type/scale", "question", "name", code, "text", id));
            if (DefinitionTree.kind(question).equals("scale")) {
                for (Map.Entry<String, Integer> p : codes.points(question).entrySet()) {
                    row(Map.of("class", LimeSurveyCodes.MAPPING_CLASS, "type/scale", "point", "name", code + "/" + p.getKey(),
                            "text", String.valueOf(p.getValue())));
                }
            }
            for (Map.Entry<String, String> o : codes.options(question).entrySet()) {
                row(Map.of("class", LimeSurveyCodes.MAPPING_CLASS, "type/scale", "option", "name", code + "/" + o.getValue(),
                        "text", id + "/" + o.getKey()));
            }
        }
    }

    private void row(Map<String, String> cells) {
        List<String> fields = new ArrayList<>();
        for (String column : BASE_COLUMNS) fields.add(cells.getOrDefault(column, ""));
        for (String column : ATTRIBUTE_COLUMNS) fields.add(cells.getOrDefault(column, ""));
        line(fields);
    }

    /** One row: tab-separated, a field with a tab, a quote or a line break in double quotes (quotes doubled), as fgetcsv reads it. */
    private void line(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append('\t');
            String f = fields.get(i);
            if (f.indexOf('\t') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append('\n');
    }

    /** The text of a scale's point in {@code lang}, as the structure file gives it: the point, with its label where it has one. */
    private static String pointText(JsonNode question, int point, String lang) {
        JsonNode label = question.path("labels").get(String.valueOf(point));
        return html(label == null ? String.valueOf(point) : point + " – " + label.path(lang).asText());
    }

    /**
     * Every text the structure file gives an answer of {@code question} (a list's or a ranking's
     * options, a scale's points), in each of its languages: what LimeSurvey writes into a response
     * export of full answers instead of the answer code.
     */
    static java.util.stream.Stream<String> answerTexts(JsonNode question) {
        if (DefinitionTree.kind(question).equals("scale")) {
            List<String> languages = new ArrayList<>();
            question.path("text").fieldNames().forEachRemaining(languages::add);
            int min = question.path("min").asInt();
            int max = question.path("max").asInt();
            return java.util.stream.IntStream.rangeClosed(min, max).boxed()
                    .flatMap(point -> languages.stream().map(lang -> pointText(question, point, lang)));
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode o : question.path("options")) o.path("text").forEach(text -> texts.add(html(text.asText())));
        return texts.stream();
    }

    /**
     * LimeSurvey shows texts as HTML: the characters HTML reads are escaped, line breaks become
     * spaces. Braces are written as the character references {@code &#123;} and {@code &#125;}:
     * LimeSurvey's expression manager reads every {@code {…}} in a text whose brace is not followed
     * by a space as an equation ({@code ExpressionManager::sExpressionRegex}), so "{AöR, Zweckverband}"
     * showed as an equation that does not parse, or as the value of a variable it names, where the
     * browser shows a reference as the brace.
     */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("{", "&#123;").replace("}", "&#125;")
                .replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
