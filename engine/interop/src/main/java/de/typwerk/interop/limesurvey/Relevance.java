package de.typwerk.interop.limesurvey;

import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.interop.DefinitionTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A condition of the definition format ({@code when:}) as a LimeSurvey relevance equation
 * (ExpressionScript). Every variable is read with {@code .NAOK}, so that a question LimeSurvey did
 * not show counts as unanswered instead of making the whole equation false; an unanswered
 * question fails every test but {@code answered: false}, as in Typwerk, so {@code !(…)} of a test
 * holds for it.
 */
final class Relevance {

    private final LimeSurveyCodes codes;

    Relevance(LimeSurveyCodes codes) {
        this.codes = codes;
    }

    String equation(JsonNode condition) {
        if (condition.has("not")) return "!(" + equation(condition.get("not")) + ")";
        if (condition.has("all")) return join(condition.get("all"), " and ");
        if (condition.has("any")) return join(condition.get("any"), " or ");
        return test(condition);
    }

    private String join(JsonNode conditions, String operator) {
        List<String> parts = new ArrayList<>();
        for (JsonNode c : conditions) parts.add(equation(c));
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(operator, parts) + ")";
    }

    private String test(JsonNode test) {
        String id = test.path("question").asText();
        JsonNode question = codes.definition().question(id).orElseThrow(() -> new IllegalArgumentException("unknown question " + id));
        String kind = DefinitionTree.kind(question);
        String code = codes.question(id);
        boolean answered = test.path("answered").asBoolean(true);
        boolean values = test.has("anyOf") || test.has("min") || test.has("max");
        if (!answered) return values ? "0" : unanswered(code, kind, question);
        List<String> holds = new ArrayList<>();
        if (!values) holds.add(answered(code, kind, question));
        if (test.has("anyOf")) holds.add(anyOf(code, kind, question, test.get("anyOf")));
        if (test.has("min") || test.has("max")) holds.add(range(code, kind, question, test));
        return holds.size() == 1 ? holds.get(0) : "(" + String.join(" and ", holds) + ")";
    }

    /**
     * Whether the question has no answer. Not "!" before {@link #answered}: LimeSurvey's parser
     * takes a constant, a variable, a function call or a parenthesis after a "!"
     * ({@code RDP_EvaluateUnaryExpression}), so "!!is_empty(…)" is a syntax error there.
     */
    private String unanswered(String code, String kind, JsonNode question) {
        return switch (kind) {
            case "multi" -> "!" + answered(code, kind, question);
            case "ranking" -> "is_empty(" + code + "_1.NAOK)";
            default -> "is_empty(" + code + ".NAOK)";
        };
    }

    /** Whether the question has an answer. */
    private String answered(String code, String kind, JsonNode question) {
        return switch (kind) {
            case "multi" -> {
                List<String> picked = new ArrayList<>();
                for (String sq : codes.options(question).values()) picked.add(code + "_" + sq + ".NAOK == \"Y\"");
                yield "(" + String.join(" or ", picked) + ")";
            }
            case "ranking" -> "!is_empty(" + code + "_1.NAOK)";
            default -> "!is_empty(" + code + ".NAOK)";
        };
    }

    private String anyOf(String code, String kind, JsonNode question, JsonNode options) {
        Map<String, String> optionCodes = codes.options(question);
        List<String> any = new ArrayList<>();
        for (JsonNode o : options) {
            String optionCode = optionCodes.get(o.asText());
            switch (kind) {
                case "multi" -> any.add(code + "_" + optionCode + ".NAOK == \"Y\"");
                case "ranking" -> {
                    for (int place = 1; place <= DefinitionTree.rankedPlaces(question); place++) {
                        any.add(code + "_" + place + ".NAOK == \"" + optionCode + "\"");
                    }
                }
                default -> any.add(code + ".NAOK == \"" + optionCode + "\"");
            }
        }
        return any.size() == 1 ? any.get(0) : "(" + String.join(" or ", any) + ")";
    }

    private String range(String code, String kind, JsonNode question, JsonNode test) {
        if (kind.equals("scale")) {
            // a scale is a list of its points: "within min..max" is "one of these answers"
            List<String> any = new ArrayList<>();
            for (Map.Entry<String, Integer> p : codes.points(question).entrySet()) {
                BigDecimal point = BigDecimal.valueOf(p.getValue());
                if (test.has("min") && point.compareTo(test.get("min").decimalValue()) < 0) continue;
                if (test.has("max") && point.compareTo(test.get("max").decimalValue()) > 0) continue;
                any.add(code + ".NAOK == \"" + p.getKey() + "\"");
            }
            if (any.isEmpty()) return "0";
            return any.size() == 1 ? any.get(0) : "(" + String.join(" or ", any) + ")";
        }
        List<String> all = new ArrayList<>();
        all.add("!is_empty(" + code + ".NAOK)");
        if (test.has("min")) all.add(code + ".NAOK >= " + test.get("min").decimalValue().stripTrailingZeros().toPlainString());
        if (test.has("max")) all.add(code + ".NAOK <= " + test.get("max").decimalValue().stripTrailingZeros().toPlainString());
        return "(" + String.join(" and ", all) + ")";
    }
}
