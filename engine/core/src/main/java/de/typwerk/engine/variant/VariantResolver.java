package de.typwerk.engine.variant;

import de.typwerk.engine.definition.JsonPointers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ResolvedBase;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.SourceMap;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.validation.Validator;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves one variant against the base its {@code extends} chose: applies the overlay to a copy
 * of the base, binds the result to the model, and validates it as a whole with the
 * {@link Validator}. Every problem is located in the file its node came from, so a dangling
 * reference the overlay causes in the base names the base's line, and the message names the
 * line of the variant that removed its target.
 */
public final class VariantResolver {

    /** Keys a variant takes from its base and may change only through its overlay. */
    static final List<String> CONTENT = List.of("profileTopics", "types", "dimensions", "sections", "scoring");
    /** Keys a variant gives for itself; description and source fall back to the base's. */
    private static final List<String> HEADER = List.of("id", "version", "extends", "locales", "title", "description", "source");

    private final Messages messages;
    private final Validator validator;
    private final DefinitionReader reader;

    @Inject
    public VariantResolver(Messages messages, Validator validator, DefinitionReader reader) {
        this.messages = messages;
        this.validator = validator;
        this.reader = reader;
    }

    /** This resolver with another validator (one that knows a jar's own strategies, say). */
    public VariantResolver with(Validator other) {
        return new VariantResolver(messages, other, reader);
    }

    /**
     * The outcome of resolving one variant.
     *
     * @param resolved the complete questionnaire, when there is no error
     * @param problems every problem, errors and warnings, each located in its own file
     */
    public record Resolution(Optional<ResolvedDefinition> resolved, List<Problem> problems) {

        public Resolution {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Resolves {@code variant}, which must have been read without errors and say {@code extends},
     * against {@code base}.
     */
    public Resolution resolve(DefinitionRead variant, ResolvedDefinition base) {
        return resolve(variant, base, false);
    }

    /**
     * As {@link #resolve(DefinitionRead, ResolvedDefinition)}; when {@code validated} (its
     * plugin's build validated this variant on this base without a problem), the result is not
     * validated again.
     */
    public Resolution resolve(DefinitionRead variant, ResolvedDefinition base, boolean validated) {
        JsonNode written = variant.tree().orElseThrow(() -> new IllegalArgumentException("no tree: " + variant.source()));
        SourceMap variantMap = variant.sourceMap();
        List<Problem> problems = new ArrayList<>(variant.problems());
        for (String key : CONTENT) {
            if (written.has(key)) {
                problems.add(Problem.error("variant-content", messages.get("variant.content", key),
                        variantMap.locate("/" + key)));
            }
        }

        ObjectNode root = (ObjectNode) base.tree().deepCopy();
        Provenance provenance = new Provenance();
        provenance.mark(root, base.sourceMap(), "");
        OverlayApplier applier = new OverlayApplier(root, provenance, variantMap, messages,
                base.questionnaire().coordinates());
        applier.apply(written.path("overlay"));
        problems.addAll(applier.problems());
        if (problems.stream().anyMatch(Problem::isError)) return new Resolution(Optional.empty(), problems);

        header(root, written, provenance, variantMap);
        SourceMap map = provenance.compose(variant.source(), root);
        DefinitionRead bound = reader.bind(variant.source(), root, map, variant.contentHash());
        Notes notes = new Notes(root, applier.removals(), variantMap);
        if (!bound.ok()) {
            bound.problems().forEach(p -> problems.add(notes.origin(p, map)));
            return new Resolution(Optional.empty(), problems);
        }
        Questionnaire questionnaire = bound.questionnaire().orElseThrow();
        Set<String> known = new HashSet<>();
        base.warnings().forEach(w -> known.add(key(w)));
        for (Problem p : validated ? List.<Problem>of() : validator.validate(questionnaire, map)) {
            Problem located = notes.origin(p, map);
            // the base's own warnings were reported with the base
            if (located.isError() || !known.contains(key(located))) problems.add(located);
        }
        if (problems.stream().anyMatch(Problem::isError)) return new Resolution(Optional.empty(), problems);

        List<ResolvedBase> bases = new ArrayList<>();
        bases.add(base.asBase());
        bases.addAll(base.bases());
        return new Resolution(Optional.of(new ResolvedDefinition(questionnaire, root, map, variant.source(),
                variant.contentHash(), bases, problems)), problems);
    }

    /** The variant's own header in place of the base's; a variant without description keeps the base's. */
    private static void header(ObjectNode root, JsonNode written, Provenance provenance, SourceMap variantMap) {
        for (String key : HEADER) {
            if (written.has(key)) {
                root.set(key, written.get(key).deepCopy());
                provenance.markKey(root, key, variantMap, "/" + key);
            }
        }
        root.remove("overlay");
    }

    /** The problem at the place in the file its node came from. */
    private static Problem origin(Problem p, SourceMap map) {
        return p.withLocation(map.origin(p.location().pointer()));
    }

    private static String key(Problem p) {
        Location l = p.location();
        return p.code() + '\u0000' + l.source() + '\u0000' + l.line() + '\u0000' + l.column() + '\u0000' + l.pointer();
    }

    /** Adds "removed by the variant at …" to errors that refer to something the overlay removed. */
    private final class Notes {

        private final JsonNode root;
        private final List<OverlayApplier.Removal> removals;
        private final SourceMap variantMap;

        Notes(JsonNode root, List<OverlayApplier.Removal> removals, SourceMap variantMap) {
            this.root = root;
            this.removals = removals;
            this.variantMap = variantMap;
        }

        /**
         * The problem at the place its node came from, with what the variant removed; one that then
         * stands in the base's file, which is fine on its own, also names the variant it holds for,
         * so that the variant's author sees it is theirs.
         */
        Problem origin(Problem p, SourceMap map) {
            Problem noted = add(p);
            Problem located = VariantResolver.origin(noted, map);
            if (noted != p || located.location().source().equals(variantMap.source())) return located;
            String variant = root.path("id").asText() + "@" + root.path("version").asText();
            String message = p.message(messages.locale()) + " "
                    + messages.get("variant.holdsForVariant", variant, variantMap.locate("/extends").toString());
            return new Problem(located.severity(), located.code(), message, located.location());
        }

        Problem add(Problem p) {
            if (!p.isError() || removals.isEmpty()) return p;
            String pointer = p.location().pointer();
            JsonNode node = root.at(pointer);
            String named = node.isTextual() ? node.asText() : lastSegment(pointer);
            for (OverlayApplier.Removal r : removals) {
                if (!r.id().equals(named)) continue;
                if (r.question().isPresent() && !r.question().get().equals(conditionQuestion(pointer))) continue;
                String where = variantMap.locate(r.pointer()).toString();
                // the validator's own "no such id, did you mean …" is beside the point: the id was there
                String message = p.code().equals("unknown-reference")
                        ? messages.get("variant.removedButReferenced", named, where)
                        : p.message(messages.locale()) + " " + messages.get("variant.removedHere", named, where);
                return new Problem(p.severity(), p.code(), message, p.location());
            }
            return p;
        }

        /** For an option id in a condition's {@code anyOf}, the question that condition tests. */
        private String conditionQuestion(String pointer) {
            int last = pointer.lastIndexOf('/');
            if (last <= 0) return "";
            String list = pointer.substring(0, last);
            int before = list.lastIndexOf('/');
            if (before < 0) return "";
            return root.at(list.substring(0, before)).path("question").asText("");
        }

        private static String lastSegment(String pointer) {
            String s = pointer.substring(pointer.lastIndexOf('/') + 1);
            return JsonPointers.unescape(s);
        }
    }
}
