package de.typwerk.interop.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.applications.batch.ProblemPlaces;
import de.typwerk.applications.batch.RowError;
import de.typwerk.interop.Converted;
import de.typwerk.interop.DefinitionTree;
import de.typwerk.interop.InteropMessages;
import de.typwerk.interop.Json;
import de.typwerk.interop.JsonRows;
import de.typwerk.interop.Respondent;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * FHIR R4 QuestionnaireResponses as batch rows: one resource, a Bundle of them (each entry a row),
 * or one per line (NDJSON). Each is checked against the questionnaire its {@code questionnaire}
 * canonical names ({@code urn:typwerk:questionnaire:<id>|<version>}, as {@link FhirExport} writes
 * it): its items are found by linkId, answers turned into an answers document (a coding's
 * {@code code} is the option id; a ranking's places, in order, its ranking) and then checked as
 * any answers file. A finding names the linkId and, where it is known, the JSON pointer of the item
 * in the resource.
 */
public final class FhirResponses implements JsonRows.Shape {

    private final Typwerk engine;
    private final InteropMessages messages;
    private final Optional<LoadedQuestionnaire> assumed;

    private FhirResponses(Typwerk engine, InteropMessages messages, Optional<LoadedQuestionnaire> assumed) {
        this.engine = engine;
        this.messages = messages;
        this.assumed = assumed;
    }

    public static JsonRows rows(Typwerk engine, InputStream in, InteropMessages messages, Optional<LoadedQuestionnaire> assumed)
            throws IOException {
        return JsonRows.open(in, new FhirResponses(engine, messages, assumed), messages);
    }

    @Override
    public List<JsonRows.Located> expand(JsonNode document, long line) {
        if (!document.path("resourceType").asText().equals("Bundle")) return List.of(new JsonRows.Located(document, line));
        List<JsonRows.Located> entries = new ArrayList<>();
        if (!document.path("entry").isMissingNode() && !document.path("entry").isArray()) {
            // an entry that is no list ("entry": "x") holds no response, but is not an empty search result: one error row
            ObjectNode wrapped = Json.object();
            wrapped.set("resource", document.get("entry"));
            wrapped.put("pointer", ENTRY_NOT_A_LIST);
            return List.of(new JsonRows.Located(wrapped, line));
        }
        int index = 0;
        for (JsonNode entry : document.path("entry")) {
            String mode = entry.path("search").path("mode").asText("match");
            if (mode.equals("include") || mode.equals("outcome")) {
                // a search result's other resources (its questionnaire, an OperationOutcome): no responses
                index++;
                continue;
            }
            ObjectNode wrapped = Json.object();
            wrapped.set("resource", entry.path("resource"));
            wrapped.put("pointer", "/entry/" + index++ + "/resource");
            entries.add(new JsonRows.Located(wrapped, line));
        }
        return entries;
    }

    /** The pointer a Bundle's {@code entry} that is no list is handed on with, to be one error row. */
    private static final String ENTRY_NOT_A_LIST = "/entry";

    /** What stands where a resource was expected but none with a {@code resourceType} is: a message key. */
    private static String untyped(JsonNode resource) {
        if (resource == null || resource.isMissingNode() || resource.isNull()) return "fhir.found.nothing";
        if (resource.isObject()) return "fhir.found.object";
        if (resource.isArray()) return "fhir.found.list";
        return resource.isTextual() ? "fhir.found.text" : "fhir.found.value";
    }

    @Override
    public Converted convert(JsonNode value, long line) {
        String base = "";
        JsonNode resource = value;
        if (value.has("pointer") && value.has("resource") && value.size() == 2) {
            base = value.get("pointer").asText();
            resource = value.get("resource");
        }
        if (base.equals(ENTRY_NOT_A_LIST)) return failed("not-a-list", line, "/entry", messages.get("fhir.bundle-entry"));
        String type = resource.path("resourceType").asText("");
        if (!type.equals("QuestionnaireResponse")) {
            return failed("wrong-resource", line, base + "/resourceType",
                    messages.get("fhir.wrong-resource", type.isEmpty() ? messages.get(untyped(resource)) : type));
        }
        JsonNode status = resource.get("status");
        if (status != null && !status.isTextual()) {
            // "status": {"x":1} is no code at all: read as text it would pass for a completed response without a word
            return failed("not-a-text", line, base + "/status",
                    messages.get("fhir.status-not-a-text", messages.get("json.found." + Json.kind(status))));
        }
        if (status == null) {
            // FHIR R4 requires a status (1..1): without one, nothing says the answers are final
            return failed("missing-status", line, base + "/status", messages.get("fhir.status-missing"));
        }
        String code = status.asText();
        if (code.equals("entered-in-error")) {
            return failed("entered-in-error", line, base + "/status", messages.get("fhir.entered-in-error"));
        }
        if (code.equals("in-progress") || code.equals("stopped")) {
            // answers that may still change, or were given up on: a result of them would pass for the municipality's own
            return failed("not-completed", line, base + "/status", messages.get("fhir.not-completed", code));
        }
        if (!code.equals("completed") && !code.equals("amended")) {
            // "final", "Completed", "": no code of FHIR's value set (codes are case-sensitive), so nothing says the answers are final
            return failed("invalid-status", line, base + "/status", messages.get("fhir.status-invalid", status.toString()));
        }
        String canonical = resource.path("questionnaire").asText("");
        boolean exported = canonical.startsWith(FhirExport.url(""));
        Optional<LoadedQuestionnaire> target = questionnaire(canonical);
        // no questionnaire named, or named by the server's reference (Questionnaire/17), not the export's URL: the one given
        if (target.isEmpty() && !exported && assumed.isPresent()) target = assumed;
        if (target.isEmpty()) {
            return failed("unknown-questionnaire", line, base + "/questionnaire", canonical.isEmpty()
                    ? messages.get("fhir.no-questionnaire")
                    : messages.get(exported ? "fhir.unknown-questionnaire" : "fhir.other-reference", canonical));
        }
        if (assumed.isPresent() && !assumed.get().questionnaire().id().equals(target.get().questionnaire().id())) {
            return failed("other-questionnaire", line, base + "/questionnaire",
                    messages.get("import.other-questionnaire", canonical, assumed.get().questionnaire().coordinates()));
        }
        DefinitionTree definition = DefinitionTree.of(target.get().questionnaire());
        String version = exported && canonical.contains("|") ? canonical.substring(canonical.indexOf('|') + 1)
                : target.get().questionnaire().version();

        Misshapen misshapen = misshapen(resource, base);
        if (misshapen != null) {
            return failed("not-a-list", line, misshapen.pointer(), messages.get(misshapen.entry() ? "fhir.not-an-object" : "fhir.not-a-list",
                    misshapen.field(), messages.get("json.found." + Json.kind(misshapen.found()))));
        }
        Map<String, Answered> found = new LinkedHashMap<>();
        List<String> unlinked = new ArrayList<>();
        List<String> untexted = new ArrayList<>();
        collect(resource.path("item"), base + "/item", found, unlinked, untexted);
        if (!untexted.isEmpty()) {
            // "linkId": 5 read as the text "5" would be no question's id and leave the one meant unanswered: say what stands there
            JsonNode linkId = resource.at(untexted.get(0).substring(base.length()));
            return failed("not-a-text", line, untexted.get(0),
                    messages.get("fhir.link-id-not-a-text", messages.get("json.found." + Json.kind(linkId)), linkId.toString()));
        }
        if (!unlinked.isEmpty()) {
            // FHIR requires a linkId on every item: an answer without one cannot be given to a question
            return failed("no-link-id", line, unlinked.get(0), messages.get("fhir.no-link-id"));
        }

        for (Map.Entry<String, Answered> e : found.entrySet()) {
            List<JsonNode> given = e.getValue().answers();
            for (int i = 0; i < given.size(); i++) {
                JsonNode coding = given.get(i).get("valueCoding");
                if (coding != null && !coding.isObject()) {
                    // "valueCoding": "kreis" has no code to read, but is no coding without one either: say what stands there
                    return failed("not-an-object", line, Optional.of(e.getKey()), e.getValue().answerPointers().get(i) + "/valueCoding",
                            messages.get("fhir.coding-not-an-object", e.getKey(), messages.get("json.found." + Json.kind(coding))));
                }
            }
            Optional<Integer> doubled = e.getValue().severalValues();
            if (doubled.isPresent()) {
                // FHIR allows one value[x] an answer: taking the first would drop the others without a word
                JsonNode answer = e.getValue().answers().get(doubled.get());
                List<String> keys = new ArrayList<>();
                answer.fieldNames().forEachRemaining(k -> { if (k.startsWith("value")) keys.add(k); });
                return failed("several-values", line, Optional.of(e.getKey()), e.getValue().answerPointers().get(doubled.get()),
                        messages.get("fhir.several-values", e.getKey(), String.join(", ", keys)));
            }
        }

        ObjectNode document = Json.object();
        document.put("questionnaire", definition.id());
        document.put("version", version);
        ObjectNode respondent = Json.object();
        ObjectNode answers = Json.object();
        Map<String, String> pointers = new HashMap<>();
        Map<String, TreeMap<Integer, Answered>> rankings = new LinkedHashMap<>();
        for (Map.Entry<String, Answered> e : found.entrySet()) {
            String linkId = e.getKey();
            Answered a = e.getValue();
            Optional<Respondent> field = Respondent.named(linkId);
            if (field.isPresent()) {
                respondent.set(field.get().field(), single(a.answers().stream().map(FhirResponses::plain).toList()));
                pointers.put(linkId, a.pointer());   // a finding about it stands at its item, as one about a question
                continue;
            }
            int dot = linkId.lastIndexOf('.');
            Optional<JsonNode> question = definition.question(linkId);
            if (question.isEmpty() && dot > 0) {
                Optional<JsonNode> ranking = definition.question(linkId.substring(0, dot)).filter(q -> DefinitionTree.kind(q).equals("ranking"));
                Optional<Integer> rank = ranking.flatMap(r -> place(linkId.substring(dot + 1), DefinitionTree.rankedPlaces(r)));
                if (rank.isPresent()) {
                    rankings.computeIfAbsent(linkId.substring(0, dot), k -> new TreeMap<>()).put(rank.get(), a);
                    continue;
                }
                // not a place of a ranking: an unknown item, which the answers reader names
            }
            pointers.put(linkId, a.pointer());
            String kind = question.map(DefinitionTree::kind).orElse("");
            Optional<String> system = kind.equals("single") || kind.equals("multi") || kind.equals("scale")
                    ? Optional.of(FhirExport.codeSystem(definition.id(), linkId)) : Optional.empty();
            List<JsonNode> values;
            try {
                values = a.values(linkId, system);
            } catch (BadCoding bad) {
                return new Converted.Failed(bad.error(line, messages, codes(question.orElseThrow())));
            }
            JsonNode given = kind.equals("multi") ? array(values) : single(values);
            if (kind.equals("scale") && given.isTextual() && given.asText().matches("-?[0-9]{1,9}")) {
                given = Json.NODES.numberNode(Integer.parseInt(given.asText()));   // a scale point's code
            }
            answers.set(linkId, given);
        }
        for (Map.Entry<String, TreeMap<Integer, Answered>> e : rankings.entrySet()) {
            String id = e.getKey();
            String system = FhirExport.codeSystem(definition.id(), id);
            ArrayNode order = Json.NODES.arrayNode();
            int expected = 1;
            for (Map.Entry<Integer, Answered> place : e.getValue().entrySet()) {
                if (place.getKey() != expected) {
                    // a place left out: the places after it cannot be told their rank
                    return failed("ranking-place-missing", line, Optional.of(id), e.getValue().firstEntry().getValue().pointer(),
                            messages.get("fhir.ranking-place-missing", FhirExport.rankLinkId(id, expected), id));
                }
                expected++;
                try {
                    order.add(single(place.getValue().values(FhirExport.rankLinkId(id, place.getKey()), Optional.of(system))));
                } catch (BadCoding bad) {
                    return new Converted.Failed(bad.error(line, messages, codes(definition.question(id).orElseThrow())));
                }
            }
            pointers.put(id, e.getValue().firstEntry().getValue().pointer());
            answers.set(id, order);
        }
        if (!respondent.isEmpty()) document.set("respondent", respondent);
        document.set("answers", answers);
        return new Converted.Document(document, places(pointers, base));
    }

    /** The codes of a choice's answerOptions in the export: the option ids, a scale's points. */
    private static List<String> codes(JsonNode question) {
        List<String> codes = new ArrayList<>();
        if (DefinitionTree.kind(question).equals("scale")) {
            for (int p = question.path("min").asInt(); p <= question.path("max").asInt(); p++) codes.add(String.valueOf(p));
        } else {
            question.path("options").forEach(o -> codes.add(o.path("id").asText()));
        }
        return codes;
    }

    /** The place a ranking item's linkId suffix names, 1 to {@code places}. */
    private static Optional<Integer> place(String suffix, int places) {
        if (!suffix.matches("[1-9][0-9]{0,3}")) return Optional.empty();
        int rank = Integer.parseInt(suffix);
        return rank <= places ? Optional.of(rank) : Optional.empty();
    }

    private static JsonNode single(List<JsonNode> values) {
        return values.size() == 1 ? values.get(0) : array(values);
    }

    private static ArrayNode array(List<JsonNode> values) {
        ArrayNode all = Json.NODES.arrayNode();
        values.forEach(all::add);
        return all;
    }

    /** The loaded questionnaire a canonical {@code url|version} names, if any. */
    private Optional<LoadedQuestionnaire> questionnaire(String canonical) {
        String url = canonical.contains("|") ? canonical.substring(0, canonical.indexOf('|')) : canonical;
        String prefix = FhirExport.url("");
        if (!url.startsWith(prefix)) return Optional.empty();
        String id = url.substring(prefix.length());
        if (canonical.contains("|")) {
            Optional<LoadedQuestionnaire> exact = engine.questionnaire(id + "@" + canonical.substring(canonical.indexOf('|') + 1));
            if (exact.isPresent()) return exact;
        }
        return engine.questionnaire(id);
    }

    /** The answers of one item: each answer object with its pointer, and where the item is in the resource. */
    private record Answered(List<JsonNode> answers, List<String> answerPointers, String pointer) {

        /** The index of the first answer with more than one {@code value[x]}, if any. */
        Optional<Integer> severalValues() {
            for (int i = 0; i < answers.size(); i++) {
                int values = 0;
                for (var names = answers.get(i).fieldNames(); names.hasNext(); ) if (names.next().startsWith("value")) values++;
                if (values > 1) return Optional.of(i);
            }
            return Optional.empty();
        }

        /**
         * Each answer's value as an answers file writes it: a coding as its code, numbers as
         * numbers, text as text.
         *
         * @param system the code system a coding must name (a choice of Typwerk's), if any
         */
        List<JsonNode> values(String linkId, Optional<String> system) throws BadCoding {
            List<JsonNode> values = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) values.add(value(answers.get(i), linkId, answerPointers.get(i), system));
            return values;
        }
    }

    /** Where an {@code item} or {@code answer} is not a list, or an entry of one is not an object ({@code entry}), and what is there. */
    private record Misshapen(String pointer, String field, boolean entry, JsonNode found) {
    }

    /**
     * The first {@code item} or {@code answer} under {@code node} that is not a list (JSON array),
     * or the first entry of one that is not an object; null when all are. FHIR R4 writes both as
     * arrays of objects: anything else would otherwise be read as no answers, without a word.
     */
    private static Misshapen misshapen(JsonNode node, String pointer) {
        for (String field : List.of("item", "answer")) {
            JsonNode list = node.get(field);
            if (list == null || list.isNull()) continue;
            if (!list.isArray()) return new Misshapen(pointer + "/" + field, field, false, list);
            for (int i = 0; i < list.size(); i++) {
                String here = pointer + "/" + field + "/" + i;
                if (!list.get(i).isObject()) return new Misshapen(here, field, true, list.get(i));
                Misshapen inner = misshapen(list.get(i), here);
                if (inner != null) return inner;
            }
        }
        return null;
    }

    /**
     * Every answered item, nested ones included, by linkId; the pointer of each answered item without one into
     * {@code unlinked}, that of each linkId which is no text (answered or not) into {@code untexted}.
     */
    private static void collect(JsonNode items, String pointer, Map<String, Answered> found, List<String> unlinked, List<String> untexted) {
        int i = 0;
        for (JsonNode item : items) {
            String here = pointer + "/" + i++;
            JsonNode given = item.get("linkId");
            if (given != null && !given.isTextual()) untexted.add(here + "/linkId");
            String linkId = given != null && given.isTextual() ? given.textValue() : "";
            List<JsonNode> answers = new ArrayList<>();
            List<String> answerPointers = new ArrayList<>();
            int j = 0;
            for (JsonNode answer : item.path("answer")) {
                answers.add(answer);
                answerPointers.add(here + "/answer/" + j);
                collect(answer.path("item"), here + "/answer/" + j++ + "/item", found, unlinked, untexted);
            }
            if (!answers.isEmpty() && linkId.isEmpty()) unlinked.add(here);
            if (!answers.isEmpty() && !linkId.isEmpty()) found.merge(linkId, new Answered(answers, answerPointers, here),
                    (a, b) -> {
                        List<JsonNode> both = new ArrayList<>(a.answers());
                        both.addAll(b.answers());
                        List<String> bothPointers = new ArrayList<>(a.answerPointers());
                        bothPointers.addAll(b.answerPointers());
                        return new Answered(both, bothPointers, a.pointer());
                    });
            collect(item.path("item"), here + "/item", found, unlinked, untexted);
        }
    }

    /** An answer's value without a code system to check (the respondent's text fields). */
    private static JsonNode plain(JsonNode answer) {
        try {
            return value(answer, "", "", Optional.empty());
        } catch (BadCoding cannot) {
            throw new IllegalStateException(cannot);
        }
    }

    private static JsonNode value(JsonNode answer, String linkId, String pointer, Optional<String> system) throws BadCoding {
        for (var it = answer.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getKey().startsWith("value")) continue;
            JsonNode v = e.getValue();
            if (e.getKey().equals("valueCoding")) {
                String named = v.path("system").asText("");
                String code = v.path("code").asText("");
                if (system.isPresent() && code.isEmpty()) {
                    // a form filler that keeps only the option's display: the text may be of any language or version
                    throw new BadCoding(linkId, pointer + "/valueCoding/code", named, system.get(), code, v.path("display").asText(""));
                }
                if (system.isPresent() && !named.equals(system.get())) {
                    throw new BadCoding(linkId, pointer + "/valueCoding/system", named, system.get(), code, "");
                }
                return Json.NODES.textNode(v.path("code").asText(""));
            }
            if (e.getKey().equals("valueDecimal") && v.isNumber()) return Json.NODES.numberNode(new BigDecimal(v.asText()));
            return v;
        }
        return Json.NODES.nullNode();
    }

    /**
     * A coding without a code, or one that does not name the question's code system (or none):
     * its code cannot be trusted to be our option id.
     */
    private static final class BadCoding extends Exception {

        private final String linkId;
        private final String pointer;
        private final String named;
        private final String expected;
        private final String code;
        private final String display;

        BadCoding(String linkId, String pointer, String named, String expected, String code, String display) {
            super(null, null, false, false);
            this.linkId = linkId;
            this.pointer = pointer;
            this.named = named;
            this.expected = expected;
            this.code = code;
            this.display = display;
        }

        /** @param codes the codes the question's answerOptions have */
        RowError error(long line, InteropMessages messages, List<String> codes) {
            if (code.isEmpty()) {
                String message = display.isEmpty()
                        ? messages.get("fhir.coding-without-code", linkId, String.join(", ", codes), expected)
                        : messages.get("fhir.coding-display-only", linkId, display, String.join(", ", codes), expected);
                return new RowError("coding-without-code", Optional.of(linkId), Optional.empty(), Optional.of(pointer), line, message, 0);
            }
            String message = named.isEmpty() ? messages.get("fhir.coding-without-system", code, linkId, expected)
                    : messages.get("fhir.coding-other-system", code, linkId, named, expected);
            return new RowError("coding-system", Optional.of(linkId), Optional.empty(), Optional.of(pointer), line, message, 0);
        }
    }

    /** A finding names the linkId, and the item's pointer in the resource. */
    private static ProblemPlaces places(Map<String, String> pointers, String base) {
        return (Problem first, long line, int more) -> {
            String pointer = first.location().pointer();
            Optional<String> question = ProblemPlaces.question(pointer);
            Optional<String> where = question.map(pointers::get);
            if (pointer.startsWith("/respondent/")) {
                question = Respondent.at(pointer).map(Respondent::name);
                where = question.map(pointers::get);
            } else if (pointer.equals("/questionnaire") || pointer.equals("/version")) {
                where = Optional.of(base + "/questionnaire");
            }
            return new RowError(first.code(), question, Optional.empty(), where, line, first.message(), more);
        };
    }

    private static Converted failed(String code, long line, String pointer, String message) {
        return failed(code, line, Optional.empty(), pointer, message);
    }

    private static Converted failed(String code, long line, Optional<String> question, String pointer, String message) {
        return new Converted.Failed(new RowError(code, question, Optional.empty(), Optional.of(pointer), line, message, 0));
    }
}
