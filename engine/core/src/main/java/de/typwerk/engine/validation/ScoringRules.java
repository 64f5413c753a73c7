package de.typwerk.engine.validation;

import de.typwerk.engine.definition.JsonPointers;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.Severity;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.definition.MappingProblems;
import de.typwerk.engine.definition.NearMiss;
import de.typwerk.engine.i18n.Failures;
import de.typwerk.engine.i18n.TextControls;
import de.typwerk.engine.strategy.PluginOrigin;
import de.typwerk.engine.strategy.PreparedStrategy;
import de.typwerk.engine.strategy.StrategyCatalog;
import java.io.IOException;
import de.typwerk.api.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The {@code scoring} block: the strategy exists, and its parameters (and those given for
 * alternative strategies) fit the strategy's schema, bind to its parameter type strictly, and
 * pass the strategy's own check. A definition without a scoring block is fine: it can be shown
 * and answered, just not scored.
 */
final class ScoringRules implements Rule {

    private final StrategyCatalog strategies;
    private final ObjectMapper mapper;
    private final MappingProblems mappingProblems;

    /**
     * Each strategy's parameters schema compiled once per language, not once per definition:
     * compiling (and a factory per call) was most of what checking parameters cost. Compiled
     * schemas validate without state of their own, so one may serve any number of definitions.
     */
    private final ConcurrentMap<SchemaKey, JsonSchema> schemas = new ConcurrentHashMap<>();

    private record SchemaKey(String text, Locale locale) {
    }

    ScoringRules(StrategyCatalog strategies, ObjectMapper mapper, MappingProblems mappingProblems) {
        this.strategies = strategies;
        this.mapper = mapper;
        this.mappingProblems = mappingProblems;
    }

    private JsonSchema compile(SchemaKey key) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .locale(key.locale())
                .pathType(PathType.JSON_POINTER)
                .build();
        // a factory of its own, as before: a factory also keeps schemas by their $id, which another text may reuse
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(key.text(), config);
    }

    @Override
    public void check(Questionnaire q, Layout layout, Findings out) {
        if (q.scoring().isEmpty()) return;
        ScoringSpec spec = q.scoring().get();
        Optional<ScoringStrategy<?>> strategy = strategies.find(spec.strategy());
        if (strategy.isEmpty()) {
            String hint = NearMiss.among(spec.strategy(), strategies.ids())
                    .map(s -> out.messages().get("validation.didYouMean", s))
                    .orElseGet(() -> strategies.ids().isEmpty() ? out.messages().get("validation.noStrategies")
                            : out.messages().get("validation.known", String.join(", ", strategies.ids())));
            String note = strategies.notLoadedNote(spec.strategy());
            // the list of known ones ends without a full stop, which a sentence after it needs
            boolean ended = hint.endsWith("?") || hint.endsWith(".");
            out.error("unknown-strategy", "/scoring/strategy", "validation.unknownStrategy", spec.strategy(),
                    hint + (note.isEmpty() || ended ? "" : ".") + note);
        } else {
            parameters(strategy.get(), spec.parameters(), "/scoring/parameters", q, out);
        }
        for (Map.Entry<String, Map<String, Object>> alternative : spec.alternatives().entrySet()) {
            String pointer = Findings.child("/scoring/alternatives", alternative.getKey());
            if (alternative.getKey().equals(spec.strategy())) {
                out.warning("shadowed-alternative", pointer, "validation.shadowedAlternative", alternative.getKey());
                continue;
            }
            Optional<ScoringStrategy<?>> other = strategies.find(alternative.getKey());
            if (other.isEmpty()) {
                // alternatives may name strategies from plugins that are not installed here
                out.warning("unknown-strategy", pointer, "validation.unknownAlternative", alternative.getKey(),
                        strategies.notLoadedNote(alternative.getKey()));
            } else {
                parameters(other.get(), alternative.getValue(), pointer, q, out);
            }
        }
        if (spec.mixedMargin() < 0 || spec.mixedMargin() >= 1) {
            out.error("invalid-range", "/scoring/mixedMargin", "validation.mixedMargin", Numbers.format(spec.mixedMargin()));
        }
        if (spec.minAnswered() < 0 || spec.minAnswered() > 1) {
            out.error("invalid-range", "/scoring/minAnswered", "validation.minAnswered", Numbers.format(spec.minAnswered()));
        }
    }

    private void parameters(ScoringStrategy<?> strategy, Map<String, Object> parameters, String base,
                            Questionnaire q, Findings out) {
        JsonNode node = mapper.valueToTree(parameters);
        try {
            if (!fitsSchema(strategy, node, base, out)) return;
            Object bound;
            try {
                bound = mapper.readerFor(strategy.parametersType()).readValue(mapper.treeAsTokens(node));
            } catch (JsonMappingException e) {
                out.add(slipBehind(strategy, node, e, base, out).orElseGet(() -> mappingProblems.describe(e, node, base, out.sourceMap())));
                return;
            }
            for (Problem p : check(strategy, q, bound)) {
                out.relocated(shown(p), base);
            }
        } catch (IOException | RuntimeException e) {
            // plugin code: a strategy that throws is reported, not allowed to stop validation
            Optional<PluginOrigin> origin = strategy instanceof PluginOrigin.Known known ? Optional.of(known.origin()) : Optional.empty();
            de.typwerk.engine.strategy.StrategyRunner.logThrown(strategy.id(), origin, "while checking its parameters in " + q.coordinates(), e);
            // named with its plugin and jar, as a failure to score is: the fault is the strategy's, not the definition's
            out.error("strategy-failed", base, "validation.checkFailed", PreparedStrategy.named(strategy.id(), origin, out.messages()),
                    Failures.describe(e, out.messages()));
        }
    }

    /**
     * Jackson builds a record before it looks at the keys it did not know (it keeps them aside until
     * then), so a slip for a required key ({@code threshhold: 2} for {@code double threshold}) came
     * out as that key missing, and the slip was never named. Where binding failed and a key the type
     * does not know is near one of its properties the parameters leave out, that key is the finding,
     * with the property it is near ("did you mean"), as an unknown key of the definition gets.
     */
    private Optional<Problem> slipBehind(ScoringStrategy<?> strategy, JsonNode node, JsonMappingException e, String base,
                                         Findings out) {
        if (!(e instanceof MismatchedInputException) || e instanceof UnrecognizedPropertyException || !node.isObject()) {
            return Optional.empty();
        }
        Set<String> known = new TreeSet<>();
        try {
            mapper.getDeserializationConfig().introspect(mapper.constructType(strategy.parametersType()))
                    .findProperties().forEach(property -> known.add(property.getName()));
        } catch (RuntimeException introspection) {
            return Optional.empty();
        }
        List<String> absent = known.stream().filter(name -> !node.has(name)).toList();
        for (java.util.Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (known.contains(key)) continue;
            Optional<String> meant = NearMiss.among(key, absent);
            if (meant.isPresent()) {
                return Optional.of(new Problem(Severity.ERROR, "unknown-key",
                        out.messages().get("definition.unknownKey.suggest", key, meant.get()),
                        out.sourceMap().locate(Findings.child(base, key))));
            }
        }
        return Optional.empty();
    }

    private boolean fitsSchema(ScoringStrategy<?> strategy, JsonNode node, String base, Findings out) {
        Optional<String> schemaText = strategy.parametersSchema();
        if (schemaText.isEmpty()) return true;
        JsonSchema schema = schemas.computeIfAbsent(new SchemaKey(schemaText.get(), out.messages().locale()), this::compile);
        List<ValidationMessage> messages = schema.validate(node).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getEvaluationPath().toString())
                        .thenComparing(m -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getError))
                .toList();
        // the failures inside one oneOf/anyOf become one problem that lists what each alternative lacks
        Map<String, List<ValidationMessage>> groups = new TreeMap<>();
        for (ValidationMessage m : messages) {
            groups.computeIfAbsent(combinator(m).orElse("\u0000" + groups.size()), k -> new ArrayList<>()).add(m);
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, List<ValidationMessage>> group : groups.entrySet()) {
            List<ValidationMessage> members = group.getValue();
            if (group.getKey().startsWith("\u0000")) {
                ValidationMessage m = members.get(0);
                String pointer = pointer(base, m);
                problems.add(Problem.error("invalid-parameter", out.messages().get("validation.parameterSchema",
                        strategy.id(), rule(m, pointer, base, schema, out)), Location.pointer(pointer)));
                continue;
            }
            String combinator = group.getKey();
            String keyword = combinator.substring(combinator.lastIndexOf('/') + 1);
            ValidationMessage first = members.stream().filter(m -> m.getEvaluationPath().toString().equals(combinator))
                    .findFirst().orElse(members.get(0));
            String pointer = base + first.getInstanceLocation().toString();
            Map<Integer, List<String>> branches = new TreeMap<>();
            for (ValidationMessage m : members) {
                String path = m.getEvaluationPath().toString();
                if (path.equals(combinator)) continue;
                String rest = path.substring(combinator.length() + 1);
                int index = Integer.parseInt(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest);
                String at = pointer(base, m);
                branches.computeIfAbsent(index, k -> new ArrayList<>()).add(at.equals(pointer)
                        ? out.messages().get("validation.parameterRuleHere", m.getError(), m.getType())
                        : rule(m, at, pointer, schema, out));
            }
            String alternatives = branches.entrySet().stream()
                    .map(b -> out.messages().get("validation.parameterAlternative", String.valueOf(b.getKey() + 1),
                            String.join(", ", b.getValue())))
                    .collect(Collectors.joining("; "));
            problems.add(Problem.error("invalid-parameter", out.messages().get("validation.parameterSchema", strategy.id(),
                    out.messages().get("validation.parameterAlternatives", property(pointer, base, out), keyword,
                            alternatives)), Location.pointer(pointer)));
        }
        problems.stream().sorted(Comparator.comparing((Problem p) -> p.location().pointer()).thenComparing((Problem p) -> p.message()))
                .forEach(p -> out.add(new Problem(Severity.ERROR, p.code(), p.message(),
                        out.sourceMap().locate(p.location().pointer()))));
        return messages.isEmpty();
    }

    /**
     * The evaluation path of the outermost {@code oneOf} or {@code anyOf} a failure lies inside
     * (or is), e.g. {@code /properties/threshold/oneOf}; empty for a failure outside any.
     */
    private static Optional<String> combinator(ValidationMessage m) {
        String path = m.getEvaluationPath().toString();
        java.util.regex.Matcher inside = COMBINATOR.matcher(path);
        return inside.find() ? Optional.of(path.substring(0, inside.end())) : Optional.empty();
    }

    private static final java.util.regex.Pattern COMBINATOR = java.util.regex.Pattern.compile("/(oneOf|anyOf)(?=/|$)");

    /** Where a failure is, in the definition: the property it names (an unknown or missing one), else its instance. */
    private static String pointer(String base, ValidationMessage m) {
        String pointer = base + m.getInstanceLocation().toString();
        if (("additionalProperties".equals(m.getType()) || "unevaluatedProperties".equals(m.getType()))
                && m.getProperty() != null) {
            pointer = Findings.child(pointer, m.getProperty());
        }
        return pointer;
    }

    /**
     * {@code threshold: must have a minimum value of 0 (rule minimum)}, the property named from
     * {@code base}; for a property the schema does not allow, with the allowed one it is nearest to,
     * as an unknown key of the definition itself gets.
     */
    private static String rule(ValidationMessage m, String pointer, String base, JsonSchema schema, Findings out) {
        String rule = out.messages().get("validation.parameterRule", property(pointer, base, out), m.getError(), m.getType());
        return meant(m, schema).map(near -> rule + " – " + out.messages().get("validation.didYouMean", near)).orElse(rule);
    }

    /** For a property an {@code additionalProperties: false} refuses, the nearest of the properties its schema names. */
    private static Optional<String> meant(ValidationMessage m, JsonSchema schema) {
        if (!"additionalProperties".equals(m.getType()) || m.getProperty() == null) return Optional.empty();
        String location = m.getSchemaLocation().toString();
        // only a place in the strategy's own schema document (#/...), whose sibling "properties" lists what is allowed
        if (!location.startsWith("#/") || !location.endsWith("/additionalProperties")) return Optional.empty();
        String parent = location.substring(1, location.length() - "/additionalProperties".length());
        JsonNode properties = schema.getSchemaNode().at(parent + "/properties");
        if (!properties.isObject()) return Optional.empty();
        List<String> known = new ArrayList<>();
        properties.fieldNames().forEachRemaining(known::add);
        return NearMiss.among(m.getProperty(), known);
    }

    /** A property as the author wrote it, {@code weights/a} for a nested one; the whole block if at {@code base}. */
    private static String property(String pointer, String base, Findings out) {
        if (pointer.length() <= base.length()) return out.messages().get("validation.parameterRoot");
        // the path below the parameters, each name as written: limits/upper
        return java.util.Arrays.stream(pointer.substring(base.length() + 1).split("/", -1))
                .map(JsonPointers::unescape).collect(java.util.stream.Collectors.joining("/"));
    }

    /**
     * A problem a strategy's {@code check} returned, its code and its texts with every control
     * character and control of the text direction written out ({@link TextControls#visible}): plugin
     * code, whose words reach the terminal of typwerk validate and the answer of POST /v1/validate.
     */
    static Problem shown(Problem p) {
        String code = TextControls.visible(p.code(), false);
        if (p.texts().texts().isEmpty()) {
            String message = TextControls.visible(p.message(), false);
            return code.equals(p.code()) && java.util.Objects.equals(message, p.message()) ? p
                    : new Problem(p.severity(), code, message, p.location());
        }
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        p.texts().texts().forEach((language, text) -> texts.put(language, TextControls.visible(text, false)));
        if (code.equals(p.code()) && texts.equals(p.texts().texts())) return p;
        LocalizedText message = new LocalizedText(texts);
        return p.severity() == Severity.WARNING ? Problem.warning(code, message, p.location()) : Problem.error(code, message, p.location());
    }

    private static <P> List<Problem> check(ScoringStrategy<P> strategy, Questionnaire q, Object parameters) {
        return strategy.check(q, strategy.parametersType().cast(parameters));
    }
}
