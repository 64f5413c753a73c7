package de.typwerk.interop.surveyjs;

import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.interop.DefinitionTree;
import java.util.ArrayList;
import java.util.List;

/**
 * A condition of the definition format ({@code when:}) as a SurveyJS expression for
 * {@code visibleIf}. A negation is pushed down to the tests (De Morgan), so that the expression
 * uses only the operators SurveyJS documents and keeps the definition's reading of an unanswered
 * question: it fails every test but {@code answered: false}, so {@code not} of a test holds for it.
 */
final class VisibleIf {

    private final DefinitionTree definition;

    VisibleIf(DefinitionTree definition) {
        this.definition = definition;
    }

    String expression(JsonNode condition) {
        return expression(condition, false);
    }

    private String expression(JsonNode condition, boolean negated) {
        if (condition.has("not")) return expression(condition.get("not"), !negated);
        if (condition.has("all")) return join(condition.get("all"), negated ? " or " : " and ", negated);
        if (condition.has("any")) return join(condition.get("any"), negated ? " and " : " or ", negated);
        return test(condition, negated);
    }

    private String join(JsonNode conditions, String operator, boolean negated) {
        List<String> parts = new ArrayList<>();
        for (JsonNode c : conditions) parts.add(expression(c, negated));
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(operator, parts) + ")";
    }

    /** One test of an answer; all of its keys must hold (negated: one of them fails, or no answer). */
    private String test(JsonNode test, boolean negated) {
        String id = test.path("question").asText();
        String ref = "{" + id + "}";
        boolean answered = test.path("answered").asBoolean(true);
        List<String> holds = new ArrayList<>();
        if (test.has("anyOf")) holds.add(anyOf(ref, id, test.get("anyOf")));
        if (test.has("min")) holds.add(ref + " >= " + number(test.get("min")));
        if (test.has("max")) holds.add(ref + " <= " + number(test.get("max")));
        if (!answered) {
            // "answered: false" with a value test never holds; alone it holds for no answer
            if (!holds.isEmpty()) return negated ? "true" : "false";
            return ref + (negated ? " notempty" : " empty");
        }
        if (holds.isEmpty()) return ref + (negated ? " empty" : " notempty");
        if (!negated) {
            holds.add(0, ref + " notempty");
            return "(" + String.join(" and ", holds) + ")";
        }
        List<String> fails = new ArrayList<>();
        fails.add(ref + " empty");
        for (String h : holds) fails.add("!(" + h + ")");
        return "(" + String.join(" or ", fails) + ")";
    }

    private String anyOf(String ref, String id, JsonNode options) {
        List<String> quoted = new ArrayList<>();
        for (JsonNode o : options) quoted.add("'" + o.asText() + "'");
        String kind = definition.question(id).map(DefinitionTree::kind).orElse("single");
        if (kind.equals("single")) {
            List<String> equals = new ArrayList<>();
            for (String q : quoted) equals.add(ref + " = " + q);
            return equals.size() == 1 ? equals.get(0) : "(" + String.join(" or ", equals) + ")";
        }
        return ref + " anyof [" + String.join(", ", quoted) + "]";
    }

    private static String number(JsonNode n) {
        return n.decimalValue().stripTrailingZeros().toPlainString();
    }
}
