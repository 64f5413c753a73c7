package de.typwerk.interop.limesurvey;

import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.interop.DefinitionTree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes a questionnaire's questions and options get in LimeSurvey, and the way back.
 * LimeSurvey accepts question codes of letters and digits that start with a letter, and answer
 * codes of at most five letters and digits, so Typwerk's ids ({@code strategie-verankerung},
 * {@code weiss-nicht}) cannot be used as they are. The codes are given by position, from the
 * questionnaire alone: {@code Q01}, {@code Q02}, … for the questions in the order they are asked,
 * {@code A01}, {@code A02}, … for a question's options (a multiple choice's as subquestions
 * {@code SQ01}, …; a scale's points from {@code min} up), in the order the definition lists them.
 * The export writes the same mapping into the structure file (rows of class {@value #MAPPING_CLASS},
 * which LimeSurvey's importer passes over), and the response reader derives it again from the
 * questionnaire: it needs no file besides the responses.
 */
public final class LimeSurveyCodes {

    /** The class of the structure file's rows that keep the mapping back to Typwerk's ids. */
    public static final String MAPPING_CLASS = "TYPWERK";

    /** The code of the hidden equation question whose value is {@code id@version}. */
    public static final String MARKER = "TYPWERK";

    /** A column's code at the start of its heading: {@code Q05}, {@code Q05[SQ02]}, {@code Q05_SQ02}, {@code id}. */
    private static final Pattern HEADING_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:\\[[A-Za-z0-9_]+\\])?(?![A-Za-z0-9_\\[\\]])");

    private final DefinitionTree definition;
    private final Map<String, String> codeOfQuestion = new LinkedHashMap<>();

    public LimeSurveyCodes(DefinitionTree definition) {
        this.definition = definition;
        List<JsonNode> questions = definition.questions();
        int width = Math.max(2, String.valueOf(questions.size()).length());
        int i = 1;
        for (JsonNode q : questions) {
            String code = "Q" + pad(i++, width);
            codeOfQuestion.put(q.path("id").asText(), code);
        }
    }

    public DefinitionTree definition() {
        return definition;
    }

    /** The question code of a question id. */
    public String question(String questionId) {
        return codeOfQuestion.get(questionId);
    }

    /** The answer (or, for a multiple choice, subquestion) codes of a question's options, in order, by option id. */
    public Map<String, String> options(JsonNode question) {
        Map<String, String> codes = new LinkedHashMap<>();
        JsonNode options = question.path("options");
        String prefix = DefinitionTree.kind(question).equals("multi") ? "SQ" : "A";
        int width = Math.max(2, String.valueOf(options.size()).length());
        int i = 1;
        for (JsonNode o : options) codes.put(o.path("id").asText(), prefix + pad(i++, width));
        return codes;
    }

    /** A scale's points by answer code: {@code A01} is {@code min}. */
    public Map<String, Integer> points(JsonNode question) {
        Map<String, Integer> points = new LinkedHashMap<>();
        int min = question.path("min").asInt();
        int max = question.path("max").asInt();
        int width = Math.max(2, String.valueOf(max - min + 1).length());
        for (int p = min; p <= max; p++) points.put("A" + pad(p - min + 1, width), p);
        return points;
    }

    /** The option id an answer or subquestion code of a question stands for. */
    public Optional<String> optionOf(JsonNode question, String code) {
        for (Map.Entry<String, String> e : options(question).entrySet()) {
            if (e.getValue().equals(code)) return Optional.of(e.getKey());
        }
        return Optional.empty();
    }

    /**
     * The code a heading starts with: the heading itself in the heading style "question code", the
     * code before the separator and the text in the style "question code &amp; question text"
     * ({@code Q05[SQ02]. Welche … [Upload]}, LimeSurvey's separator {@code ". "} by default).
     */
    public static String headingCode(String heading) {
        Matcher m = HEADING_CODE.matcher(heading);
        return m.lookingAt() ? m.group() : heading;
    }

    private static String pad(int n, int width) {
        StringBuilder s = new StringBuilder(String.valueOf(n));
        while (s.length() < width) s.insert(0, '0');
        return s.toString();
    }
}
