package de.typwerk.interop.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.interop.DefinitionTree;
import de.typwerk.interop.ExportRefused;
import de.typwerk.interop.Json;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A condition of the definition format as FHIR's {@code enableWhen} list with its
 * {@code enableBehavior} (all or any). FHIR has no nesting, so a condition maps when it flattens
 * into one list: tests joined by {@code all} or by {@code any}, a {@code not} pushed down to the
 * tests. Each negation is exact: {@code !=} is "no answer equals" (true for no answer, as
 * Typwerk's {@code not anyOf}), and a negated bound is "no answer, or beyond the bound". A
 * condition that does not flatten (e.g. an {@code any} inside an {@code all}) is refused with the
 * question named (docs/interop.md).
 */
final class EnableWhen {

    /** One enableWhen entry. */
    private record Atom(String question, String operator, String answerKey, JsonNode answer) {

        ObjectNode json() {
            ObjectNode o = Json.object();
            o.put("question", question);
            o.put("operator", operator);
            o.set(answerKey, answer);
            return o;
        }
    }

    /** Entries joined by one behaviour; {@code any == null} while there is only one entry. */
    private record Flat(Boolean any, List<Atom> atoms) {

        static Flat one(Atom a) {
            return new Flat(null, List.of(a));
        }

        boolean fits(boolean wantAny) {
            return any == null || any == wantAny;
        }
    }

    private final DefinitionTree definition;

    EnableWhen(DefinitionTree definition) {
        this.definition = definition;
    }

    void write(JsonNode condition, ObjectNode item, String questionId) {
        Flat flat = flatten(condition, false).stream().findFirst()
                .orElseThrow(() -> new ExportRefused("fhir.condition-not-flat", questionId));
        ArrayNode list = item.putArray("enableWhen");
        for (Atom a : flat.atoms()) list.add(a.json());
        if (flat.atoms().size() > 1) item.put("enableBehavior", Boolean.TRUE.equals(flat.any()) ? "any" : "all");
    }

    /**
     * The ways a condition can be written as one list, the first preferred: more than one only for
     * a test that holds for some points of a scale or options of a single choice, which is "one of
     * these" (any) or, as well, "answered and none of the others" (all), so that it fits beside
     * tests joined either way. Empty: it cannot be written as one list.
     */
    private List<Flat> flatten(JsonNode c, boolean negated) {
        if (c.has("not")) return flatten(c.get("not"), !negated);
        if (c.has("all")) return join(c.get("all"), negated, negated);
        if (c.has("any")) return join(c.get("any"), !negated, negated);
        return test(c, negated);
    }

    /** Children joined by any ({@code any}) or all; each child must be one entry or joined the same way. */
    private List<Flat> join(JsonNode children, boolean any, boolean negated) {
        List<Atom> atoms = new ArrayList<>();
        for (JsonNode child : children) {
            Optional<Flat> f = flatten(child, negated).stream().filter(alternative -> alternative.fits(any)).findFirst();
            if (f.isEmpty()) return List.of();
            atoms.addAll(f.get().atoms());
        }
        return List.of(atoms.size() == 1 ? Flat.one(atoms.get(0)) : new Flat(any, atoms));
    }

    private List<Flat> test(JsonNode test, boolean negated) {
        String id = test.path("question").asText();
        Optional<JsonNode> question = definition.question(id);
        if (question.isEmpty()) return List.of();
        String kind = DefinitionTree.kind(question.get());
        boolean answered = test.path("answered").asBoolean(true);
        boolean values = test.has("anyOf") || test.has("min") || test.has("max");
        if (!answered) {
            if (values) return List.of();   // never true: nothing to enable on
            return List.of(Flat.one(exists(id, kind, negated)));
        }
        if (!values) return List.of(Flat.one(exists(id, kind, !negated)));
        if (test.has("anyOf") && (test.has("min") || test.has("max"))) return List.of();
        List<Atom> atoms = new ArrayList<>();
        if (test.has("anyOf")) {
            // = : some answer is the option; its negation != : no answer is (true for no answer too)
            List<String> listed = new ArrayList<>();
            for (JsonNode option : test.get("anyOf")) {
                listed.add(option.asText());
                for (String linkId : answerItems(id, question.get())) {
                    atoms.add(new Atom(linkId, negated ? "!=" : "=", "answerCoding", coding(id, option.asText())));
                }
            }
            if (!kind.equals("single")) return List.of(atoms.size() == 1 ? Flat.one(atoms.get(0)) : new Flat(!negated, atoms));
            List<String> others = new ArrayList<>();
            for (JsonNode option : question.get().path("options")) {
                if (!listed.contains(option.path("id").asText())) others.add(option.path("id").asText());
            }
            return choice(id, kind, atoms, others, negated);
        }
        if (kind.equals("scale")) {
            // a scale is a choice of its points: "within min..max" is "one of these points"
            int low = question.get().path("min").asInt();
            int high = question.get().path("max").asInt();
            int min = test.has("min") ? (int) Math.ceil(test.get("min").asDouble()) : low;
            int max = test.has("max") ? (int) Math.floor(test.get("max").asDouble()) : high;
            List<String> others = new ArrayList<>();
            for (int point = low; point <= high; point++) {
                if (point >= min && point <= max) atoms.add(new Atom(id, negated ? "!=" : "=", "answerCoding", coding(id, String.valueOf(point))));
                else others.add(String.valueOf(point));
            }
            if (atoms.isEmpty()) return List.of();
            return choice(id, kind, atoms, others, negated);
        }
        String key = question.get().path("integer").asBoolean(false) ? "answerInteger" : "answerDecimal";
        if (negated) atoms.add(exists(id, kind, false));
        if (test.has("min")) atoms.add(new Atom(id, negated ? "<" : ">=", key, number(test.get("min"), key, RoundingMode.CEILING)));
        if (test.has("max")) atoms.add(new Atom(id, negated ? ">" : "<=", key, number(test.get("max"), key, RoundingMode.FLOOR)));
        return List.of(atoms.size() == 1 ? Flat.one(atoms.get(0)) : new Flat(negated, atoms));
    }

    /**
     * A test on a question of one answer (a single choice, a scale), as written ({@code listed}: =
     * each, joined by any; negated != each, joined by all) and as its complement over the
     * question's other codes (answered and != each of them, joined by all; negated: not answered or
     * = one of them, joined by any). A negated test is written as its complement where it fits:
     * HAPI's validator and other form fillers read != as "some answer differs", false for a question
     * left unanswered, where FHIR R4 (and Typwerk's not) mean "no answer equals", true for it; the
     * complement means the same to both, and so does != beside exists true on a question of one answer.
     */
    private List<Flat> choice(String id, String kind, List<Atom> listed, List<String> others, boolean negated) {
        Flat asWritten = listed.size() == 1 ? Flat.one(listed.get(0)) : new Flat(!negated, listed);
        List<Atom> atoms = new ArrayList<>();
        atoms.add(exists(id, kind, !negated));
        for (String other : others) atoms.add(new Atom(id, negated ? "=" : "!=", "answerCoding", coding(id, other)));
        Flat complement = atoms.size() == 1 ? Flat.one(atoms.get(0)) : new Flat(negated, atoms);
        if (negated) return List.of(complement, asWritten);
        return listed.size() == 1 ? List.of(asWritten) : List.of(asWritten, complement);
    }

    private ObjectNode coding(String question, String code) {
        ObjectNode coding = Json.object();
        coding.put("system", FhirExport.codeSystem(definition.id(), question));
        coding.put("code", code);
        return coding;
    }

    private Atom exists(String id, String kind, boolean exists) {
        // a ranking is a group: whether it is answered is whether its first place is
        String linkId = kind.equals("ranking") ? FhirExport.rankLinkId(id, 1) : id;
        return new Atom(linkId, "exists", "answerBoolean", Json.NODES.booleanNode(exists));
    }

    /** The items that hold a question's answers: the question, or each place of a ranking. */
    private static List<String> answerItems(String id, JsonNode question) {
        if (!DefinitionTree.kind(question).equals("ranking")) return List.of(id);
        List<String> places = new ArrayList<>();
        for (int rank = 1; rank <= DefinitionTree.rankedPlaces(question); rank++) places.add(FhirExport.rankLinkId(id, rank));
        return places;
    }

    /**
     * A bound as the item's answer type wants it: for a whole-number item, a lower bound rounded
     * up and an upper bound rounded down, which lets in (and, negated, keeps out) the same whole
     * numbers as the bound as written.
     */
    private static JsonNode number(JsonNode n, String key, RoundingMode inwards) {
        if (!key.equals("answerInteger")) return Json.NODES.numberNode(n.decimalValue());
        return Json.NODES.numberNode(n.decimalValue().setScale(0, inwards).intValueExact());
    }
}
