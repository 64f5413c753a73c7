package de.typwerk.engine.variant;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.definition.NearMiss;
import de.typwerk.engine.definition.SourceMap;
import de.typwerk.engine.i18n.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies one variant's {@code overlay} to a copy of its base's document tree: remove, replace,
 * add, scoring, in that order. Works on the tree, not on the model, so that what the base left
 * out stays left out (a multiple-choice question without {@code maxPicks} still allows all its
 * options after the variant adds one). Whatever cannot be applied becomes a problem located in
 * the variant; the rest is applied anyway, so one run reports every problem.
 */
final class OverlayApplier {

    /** Something the variant removed, and where it says so: for "removed by the variant" notes. */
    record Removal(String id, Optional<String> question, String pointer) {
    }

    private static final String OVERLAY = "/overlay";

    private final ObjectNode root;
    private final Provenance provenance;
    private final SourceMap variantMap;
    private final Messages messages;
    private final String base;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Removal> removals = new ArrayList<>();

    /**
     * @param root       a copy of the base's tree, marked in {@code provenance}; changed in place
     * @param variantMap where the variant's nodes stand
     * @param base       {@code id@version} of the base, for messages
     */
    OverlayApplier(ObjectNode root, Provenance provenance, SourceMap variantMap, Messages messages, String base) {
        this.root = root;
        this.provenance = provenance;
        this.variantMap = variantMap;
        this.messages = messages;
        this.base = base;
    }

    List<Problem> problems() {
        return problems;
    }

    List<Removal> removals() {
        return removals;
    }

    void apply(JsonNode overlay) {
        remove(overlay.path("remove"));
        replace(overlay.path("replace"));
        add(overlay.path("add"));
        scoring(overlay.path("scoring"));
    }

    // ---- remove ----

    private void remove(JsonNode remove) {
        String at = OVERLAY + "/remove";
        eachText(remove.path("sections"), at + "/sections", (id, p) -> {
            JsonNode sections = root.path("sections");
            int i = indexOf(sections, id);
            if (i < 0) {
                missing(p, "section", id, ids(sections));
                return;
            }
            removals.add(new Removal(id, Optional.empty(), p));
            for (JsonNode q : sections.get(i).path("questions")) {
                removals.add(new Removal(q.path("id").asText(), Optional.empty(), p));
            }
            ((ArrayNode) sections).remove(i);
        });
        eachText(remove.path("questions"), at + "/questions", (id, p) -> {
            Optional<Place> q = question(id);
            if (q.isEmpty()) {
                missing(p, "question", id, questionIds());
                return;
            }
            removals.add(new Removal(id, Optional.empty(), p));
            q.get().list().remove(q.get().index());
        });
        eachField(remove.path("options"), at + "/options", (questionId, list, p) -> {
            Optional<Place> q = question(questionId);
            if (q.isEmpty()) {
                missing(p, "question", questionId, questionIds());
                return;
            }
            Optional<ArrayNode> options = options(q.get(), questionId, p);
            eachText(list, p, (id, op) -> {
                if (options.isEmpty()) return;
                int i = indexOf(options.get(), id);
                if (i < 0) {
                    missing(op, "option", id, ids(options.get()), questionId);
                    return;
                }
                removals.add(new Removal(id, Optional.of(questionId), op));
                options.get().remove(i);
            });
        });
        for (String kind : List.of("types", "dimensions")) {
            eachText(remove.path(kind), at + "/" + kind, (id, p) -> {
                JsonNode list = root.path(kind);
                int i = indexOf(list, id);
                if (i < 0) {
                    missing(p, kind.equals("types") ? "type" : "dimension", id, ids(list));
                    return;
                }
                removals.add(new Removal(id, Optional.empty(), p));
                ((ArrayNode) list).remove(i);
                dropWeights(id);
            });
        }
        eachText(remove.path("parameters"), at + "/parameters", (pointer, p) -> {
            JsonNode parameters = root.path("scoring").path("parameters");
            if (!removeAt(parameters, pointer)) {
                missing(p, "parameter", pointer, leafPointers(parameters));
            }
        });
        eachText(remove.path("alternatives"), at + "/alternatives", (id, p) -> {
            JsonNode alternatives = root.path("scoring").path("alternatives");
            if (!(alternatives instanceof ObjectNode o) || o.remove(id) == null) {
                missing(p, "alternative", id, fieldNames(alternatives));
            }
        });
    }

    /** Weights keyed by a removed type or dimension count towards nothing: they go too. */
    private void dropWeights(String id) {
        for (JsonNode section : root.path("sections")) {
            for (JsonNode question : section.path("questions")) {
                if (question.path("weights") instanceof ObjectNode w) w.remove(id);
                for (JsonNode option : question.path("options")) {
                    if (option.path("weights") instanceof ObjectNode w) w.remove(id);
                }
            }
        }
    }

    private static boolean removeAt(JsonNode parameters, String pointer) {
        JsonPointer p;
        try {
            p = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (p.matches()) return false;
        JsonNode parent = parameters.at(p.head());
        return parent instanceof ObjectNode o && o.remove(p.last().getMatchingProperty()) != null;
    }

    // ---- replace ----

    private void replace(JsonNode replace) {
        String at = OVERLAY + "/replace";
        eachNode(replace.path("questions"), at + "/questions", (node, p) -> {
            String id = node.path("id").asText();
            Optional<Place> q = question(id);
            if (q.isEmpty()) {
                missing(p + "/id", "question", id, questionIds());
                return;
            }
            q.get().list().set(q.get().index(), take(node, p));
        });
        eachField(replace.path("options"), at + "/options", (questionId, list, p) -> {
            Optional<Place> q = question(questionId);
            if (q.isEmpty()) {
                missing(p, "question", questionId, questionIds());
                return;
            }
            Optional<ArrayNode> options = options(q.get(), questionId, p);
            eachNode(list, p, (node, op) -> {
                if (options.isEmpty()) return;
                String id = node.path("id").asText();
                int i = indexOf(options.get(), id);
                if (i < 0) {
                    missing(op + "/id", "option", id, ids(options.get()), questionId);
                    return;
                }
                options.get().set(i, take(node, op));
            });
        });
        for (String kind : List.of("types", "dimensions")) {
            eachNode(replace.path(kind), at + "/" + kind, (node, p) -> {
                JsonNode list = root.path(kind);
                String id = node.path("id").asText();
                int i = indexOf(list, id);
                if (i < 0) {
                    missing(p + "/id", kind.equals("types") ? "type" : "dimension", id, ids(list));
                    return;
                }
                ((ArrayNode) list).set(i, take(node, p));
            });
        }
        eachField(replace.path("texts"), at + "/texts", (address, text, p) -> text(address, text, p));
    }

    /** Puts a text at its address; see {@code docs/definition-format.md}, "Variants", for the addresses. */
    private void text(String address, JsonNode text, String p) {
        String[] s = address.split("/", -1);
        Optional<ObjectNode> owner = Optional.empty();
        String field = "";
        boolean form = true;
        if (s.length == 3 && s[0].equals("profileTopics") && s[2].equals("title")) {
            owner = element(root.path("profileTopics"), s[1], p, "profileTopic");
            field = s[2];
        } else if (s.length == 3 && s[0].equals("sections") && Set.of("title", "description").contains(s[2])) {
            owner = element(root.path("sections"), s[1], p, "section");
            field = s[2];
        } else if (s.length >= 3 && s[0].equals("questions")) {
            Optional<ObjectNode> question = question(s[1]).map(Place::node);
            String kind = question.map(q -> q.path("kind").asText()).orElse("");
            if (s.length == 3 && Set.of("text", "help").contains(s[2])
                    || s.length == 3 && s[2].equals("unit") && (question.isEmpty() || kind.equals("number"))) {
                owner = question;
                field = s[2];
            } else if (s.length == 4 && s[2].equals("labels") && s[3].matches("-?\\d{1,9}")
                    && (question.isEmpty() || kind.equals("scale"))) {
                owner = question.map(q -> q.withObjectProperty("labels"));
                field = s[3];
            } else if (s.length == 5 && s[2].equals("options") && s[4].equals("text")) {
                owner = question.flatMap(q -> element(q.path("options"), s[3], p, "option", s[1]));
                field = s[4];
            } else {
                form = false;
            }
            if (form && question.isEmpty()) missing(p, "question", s[1], questionIds());
        } else if (s.length >= 3 && s[0].equals("types")) {
            Optional<ObjectNode> type = element(root.path("types"), s[1], p, "type");
            if (s.length == 3 && Set.of("name", "motto", "summary").contains(s[2])) {
                owner = type;
                field = s[2];
            } else if (s.length == 4 && s[2].equals("profile")) {
                owner = type.map(t -> t.withObjectProperty("profile"));
                field = s[3];
            } else if (s.length == 5 && Set.of("strengths", "weaknesses").contains(s[2]) && s[4].equals("text")) {
                owner = type.flatMap(t -> element(t.path(s[2]), s[3], p, s[2].equals("strengths") ? "strength" : "weakness"));
                field = s[4];
            } else {
                form = false;
            }
        } else if (s.length == 3 && s[0].equals("dimensions") && Set.of("name", "description", "low", "high").contains(s[2])) {
            owner = element(root.path("dimensions"), s[1], p, "dimension");
            field = s[2];
        } else {
            form = false;
        }
        if (!form) {
            problems.add(Problem.error("invalid-text-address", messages.get("variant.textAddress", address),
                    variantMap.locate(p)));
            return;
        }
        if (owner.isPresent()) {
            owner.get().set(field, text.deepCopy());
            provenance.markKey(owner.get(), field, variantMap, p);
        }
    }

    private Optional<ObjectNode> element(JsonNode list, String id, String p, String kind, Object... more) {
        int i = indexOf(list, id);
        if (i < 0) {
            missing(p, kind, id, ids(list), more);
            return Optional.empty();
        }
        return Optional.of((ObjectNode) list.get(i));
    }

    // ---- add ----

    private void add(JsonNode add) {
        String at = OVERLAY + "/add";
        eachNode(add.path("sections"), at + "/sections", (entry, p) ->
                insert(root.withArrayProperty("sections"), entry, "section", p, "section"));
        eachNode(add.path("questions"), at + "/questions", (entry, p) -> {
            String sectionId = entry.path("section").asText();
            JsonNode sections = root.path("sections");
            int s = indexOf(sections, sectionId);
            if (s < 0) {
                missing(p + "/section", "section", sectionId, ids(sections));
                return;
            }
            insert(((ObjectNode) sections.get(s)).withArrayProperty("questions"), entry, "question", p, "question");
        });
        eachNode(add.path("options"), at + "/options", (entry, p) -> {
            String questionId = entry.path("question").asText();
            Optional<Place> q = question(questionId);
            if (q.isEmpty()) {
                missing(p + "/question", "question", questionId, questionIds());
                return;
            }
            options(q.get(), questionId, p + "/question")
                    .ifPresent(options -> insert(options, entry, "option", p, "option", questionId));
        });
        for (String kind : List.of("types", "dimensions")) {
            eachNode(add.path(kind), at + "/" + kind, (node, p) -> root.withArrayProperty(kind).add(take(node, p)));
        }
    }

    /** Inserts {@code entry.what} into {@code list} where {@code entry.after} or {@code entry.before} says. */
    private void insert(ArrayNode list, JsonNode entry, String what, String p, String kind, Object... more) {
        boolean after = entry.has("after");
        boolean before = entry.has("before");
        if (after && before) {
            problems.add(Problem.error("invalid-value", messages.get("variant.afterAndBefore"), variantMap.locate(p + "/before")));
            return;
        }
        int index = list.size();
        if (after || before) {
            String key = after ? "after" : "before";
            String anchor = entry.path(key).asText();
            int i = indexOf(list, anchor);
            if (i < 0) {
                missing(p + "/" + key, kind, anchor, ids(list), more);
                return;
            }
            index = after ? i + 1 : i;
        }
        list.insert(index, take(entry.get(what), p + "/" + what));
    }

    // ---- scoring ----

    private void scoring(JsonNode change) {
        if (change.isMissingNode()) return;
        String at = OVERLAY + "/scoring";
        JsonNode existing = root.path("scoring");
        ObjectNode scoring;
        if (existing instanceof ObjectNode o) {
            scoring = o;
        } else {
            if (!change.has("strategy")) {
                problems.add(Problem.error("missing-field", messages.get("variant.scoringWithoutStrategy", base),
                        variantMap.locate(at)));
                return;
            }
            scoring = root.putObject("scoring");
            provenance.markKey(root, "scoring", variantMap, at);
        }
        if (change.has("strategy") && !change.get("strategy").asText().equals(scoring.path("strategy").asText())) {
            // the base's parameters belong to the base's strategy
            scoring.put("strategy", change.get("strategy").asText());
            provenance.markKey(scoring, "strategy", variantMap, at + "/strategy");
            scoring.putObject("parameters");
            provenance.markKey(scoring, "parameters", variantMap, at + "/strategy");
        }
        if (change.has("parameters")) {
            merge(scoring, "parameters", change.get("parameters"), at + "/parameters");
        }
        if (change.has("alternatives")) {
            merge(scoring, "alternatives", change.get("alternatives"), at + "/alternatives");
        }
        for (String key : List.of("mixedMargin", "minAnswered", "missing")) {
            if (change.has(key)) {
                scoring.set(key, change.get(key).deepCopy());
                provenance.markKey(scoring, key, variantMap, at + "/" + key);
            }
        }
    }

    /** Merges {@code patch} into {@code target.key}: mappings key by key, anything else takes the place. */
    private void merge(ObjectNode target, String key, JsonNode patch, String p) {
        JsonNode existing = target.get(key);
        if (existing instanceof ObjectNode into && patch.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                merge(into, e.getKey(), e.getValue(), Provenance.child(p, e.getKey()));
            }
            return;
        }
        target.set(key, patch.deepCopy());
        provenance.markKey(target, key, variantMap, p);
    }

    // ---- finding things ----

    /** A question, the list it stands in, and its index there. */
    private record Place(ArrayNode list, int index, ObjectNode node) {
    }

    private Optional<Place> question(String id) {
        for (JsonNode section : root.path("sections")) {
            if (section.path("questions") instanceof ArrayNode questions) {
                int i = indexOf(questions, id);
                if (i >= 0) return Optional.of(new Place(questions, i, (ObjectNode) questions.get(i)));
            }
        }
        return Optional.empty();
    }

    /** The options of a choice or ranking question; a problem for a question of another kind. */
    private Optional<ArrayNode> options(Place question, String questionId, String pointer) {
        if (question.node().path("options") instanceof ArrayNode options) return Optional.of(options);
        problems.add(Problem.error("overlay-target-missing", messages.get("variant.noOptions", questionId,
                question.node().path("kind").asText(), base), variantMap.locate(pointer)));
        return Optional.empty();
    }

    private Set<String> questionIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode section : root.path("sections")) {
            ids.addAll(ids(section.path("questions")));
        }
        return ids;
    }

    private static int indexOf(JsonNode list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (id.equals(list.get(i).path("id").asText(null))) return i;
        }
        return -1;
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new LinkedHashSet<>();
        list.forEach(n -> {
            if (n.path("id").isTextual()) ids.add(n.path("id").asText());
        });
        return ids;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Pointers to every value inside the parameters, for "did you mean". */
    private static Set<String> leafPointers(JsonNode node) {
        Set<String> pointers = new LinkedHashSet<>();
        collectPointers(node, "", pointers);
        return pointers;
    }

    private static void collectPointers(JsonNode node, String p, Set<String> out) {
        if (!node.isObject()) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String child = Provenance.child(p, e.getKey());
            out.add(child);
            collectPointers(e.getValue(), child, out);
        }
    }

    /** A copy of the variant's {@code node}, marked as written at {@code p} in the variant. */
    private JsonNode take(JsonNode node, String p) {
        JsonNode copy = node.deepCopy();
        provenance.mark(copy, variantMap, p);
        return copy;
    }

    /**
     * Something the overlay names is not in the base: the kind and id, the nearest known id or
     * the known ones, and whether the variant itself removed it.
     *
     * @param more for an option, the question's id
     */
    private void missing(String pointer, String kind, String id, Collection<String> known, Object... more) {
        String hint = removals.stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> messages.get("variant.hint.removed", variantMap.locate(r.pointer()).toString()))
                .or(() -> NearMiss.among(id, known).map(s -> messages.get("validation.didYouMean", s)))
                .orElseGet(() -> known.isEmpty() ? messages.get("validation.noneKnown")
                        : messages.get("validation.known", String.join(", ", known)));
        String what = more.length > 0
                ? messages.get("variant.missing.option", id, String.valueOf(more[0]), base, hint)
                : messages.get("variant.missing." + kind, id, base, hint);
        problems.add(Problem.error("overlay-target-missing", what, variantMap.locate(pointer)));
    }

    // ---- walking the overlay ----

    private interface TextStep {
        void accept(String text, String pointer);
    }

    private interface NodeStep {
        void accept(JsonNode node, String pointer);
    }

    private interface FieldStep {
        void accept(String key, JsonNode value, String pointer);
    }

    private static void eachText(JsonNode list, String p, TextStep step) {
        for (int i = 0; i < list.size(); i++) {
            step.accept(list.get(i).asText(), p + "/" + i);
        }
    }

    private static void eachNode(JsonNode list, String p, NodeStep step) {
        for (int i = 0; i < list.size(); i++) {
            step.accept(list.get(i), p + "/" + i);
        }
    }

    private static void eachField(JsonNode map, String p, FieldStep step) {
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            step.accept(e.getKey(), e.getValue(), Provenance.child(p, e.getKey()));
        }
    }
}
