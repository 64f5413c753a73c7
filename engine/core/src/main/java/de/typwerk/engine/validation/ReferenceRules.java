package de.typwerk.engine.validation;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.ProfileTopic;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.Strength;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Weakness;
import de.typwerk.engine.definition.NearMiss;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every id a definition names resolves: the types a weakness learns from and the strengths it
 * names of them, the topics of a profile, the types and dimensions option and scale weights count
 * towards. Also warns when a type leaves a profile topic unanswered.
 */
final class ReferenceRules implements Rule {

    @Override
    public void check(Questionnaire q, Layout layout, Findings out) {
        Set<String> typeIds = ids(q.types().stream().map(TypeDefinition::id).toList());
        Set<String> topicIds = ids(q.profileTopics().stream().map(ProfileTopic::id).toList());
        Set<String> weightTargets = new LinkedHashSet<>(typeIds);
        weightTargets.addAll(q.dimensions().stream().map(Dimension::id).toList());

        for (int i = 0; i < q.types().size(); i++) {
            TypeDefinition type = q.types().get(i);
            String p = "/types/" + i;
            for (int w = 0; w < type.weaknesses().size(); w++) {
                Weakness weakness = type.weaknesses().get(w);
                for (int k = 0; k < weakness.learnFrom().size(); k++) {
                    String target = weakness.learnFrom().get(k);
                    String at = p + "/weaknesses/" + w + "/learnFrom/" + k;
                    if (target.equals(type.id())) {
                        out.error("self-reference", at, "validation.learnFromSelf", target);
                    } else if (!typeIds.contains(target)) {
                        unknown(out, at, "validation.unknownType", target, typeIds);
                    }
                }
                lessons(q, weakness, p + "/weaknesses/" + w + "/strengths", typeIds, out);
            }
            for (String topic : type.profile().keySet()) {
                if (!topicIds.contains(topic)) {
                    unknown(out, Findings.child(p + "/profile", topic), "validation.unknownTopic", topic, topicIds);
                }
            }
            for (String topic : topicIds) {
                if (!type.profile().containsKey(topic)) {
                    out.warning("missing-profile", type.profile().isEmpty() ? p : p + "/profile",
                            "validation.missingProfile", type.id(), topic);
                }
            }
        }

        for (Layout.QuestionAt at : layout.questions()) {
            List<Option> options = at.question().choices();
            for (int o = 0; o < options.size(); o++) {
                weights(options.get(o).weights(), at.pointer() + "/options/" + o + "/weights", weightTargets, out);
            }
            if (at.question() instanceof ScaleQuestion s) {
                weights(s.weights(), at.pointer() + "/weights", weightTargets, out);
            }
        }
    }

    /**
     * A weakness's {@code strengths}: each key a type of its {@code learnFrom}, each id one of that
     * type's strengths.
     */
    private static void lessons(Questionnaire q, Weakness weakness, String pointer, Set<String> typeIds, Findings out) {
        for (Map.Entry<String, List<String>> named : weakness.strengths().entrySet()) {
            String type = named.getKey();
            String at = Findings.child(pointer, type);
            if (!typeIds.contains(type)) {
                unknown(out, at, "validation.unknownType", type, typeIds);
                continue;
            }
            // a learnFrom that names an unknown type (a slip, reported where it stands) may well mean
            // this one: fixing the slip must not bring up a second error here, so none is given
            boolean learnFromKnown = typeIds.containsAll(weakness.learnFrom());
            if (!weakness.learnFrom().contains(type) && learnFromKnown) {
                out.error("unknown-reference", at, "validation.strengthsNotLearnedFrom", type,
                        weakness.learnFrom().isEmpty() ? "–" : String.join(", ", weakness.learnFrom()));
                continue;
            }
            Set<String> strengthIds = ids(q.type(type).orElseThrow().strengths().stream().map(Strength::id).toList());
            for (int k = 0; k < named.getValue().size(); k++) {
                String id = named.getValue().get(k);
                if (!strengthIds.contains(id)) {
                    unknown(out, at + "/" + k, "validation.unknownStrength", id, strengthIds, type);
                }
            }
        }
    }

    private static void weights(Map<String, Double> weights, String pointer, Set<String> targets, Findings out) {
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            String at = Findings.child(pointer, w.getKey());
            if (!targets.contains(w.getKey())) {
                unknown(out, at, "validation.unknownWeightTarget", w.getKey(), targets);
            } else if (w.getValue() == null || !Double.isFinite(w.getValue())) {
                out.error("invalid-range", at, "validation.weightNotFinite", w.getKey());
            }
        }
    }

    /**
     * An unknown id, with the nearest known one or else the list of known ones. The message gets
     * the id as {0}, that hint as {1}, and {@code more} from {2} on.
     */
    static void unknown(Findings out, String pointer, String key, String id, Set<String> known, Object... more) {
        String hint = NearMiss.among(id, known)
                .map(s -> out.messages().get("validation.didYouMean", s))
                .orElseGet(() -> known.isEmpty() ? out.messages().get("validation.noneKnown")
                        : out.messages().get("validation.known", String.join(", ", known)));
        Object[] args = new Object[2 + more.length];
        args[0] = id;
        args[1] = hint;
        System.arraycopy(more, 0, args, 2, more.length);
        out.error("unknown-reference", pointer, key, args);
    }

    private static Set<String> ids(List<String> ids) {
        return new LinkedHashSet<>(ids);
    }
}
