package ${package};

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The strategy "${strategyId}": every answered question adds the weights of its chosen options
 * (for a scale: its weights times the answer scaled to 0..1) to the types they name. A type's
 * score is its sum; its share is the sum over all sums, or equal shares when every sum is 0.
 *
 * <p>Pure and deterministic, as the engine requires: no I/O, no clock, no shared mutable state,
 * and questions are visited in questionnaire order, never in the order of a map.
 */
public final class WeightSumStrategy implements ScoringStrategy<WeightSumParameters> {

    private static final Version VERSION = Version.parse("1.0.0");

    private static final String SCHEMA = """
            {
              "title": "Parameters of the ${strategyId} strategy",
              "type": "object",
              "properties": {
                "ignore": {"type": "array", "items": {"type": "string"}, "uniqueItems": true}
              },
              "additionalProperties": false
            }
            """;

    /**
     * For ServiceLoader, which creates the strategy. Nothing is injected: the questionnaire and its
     * parameters come in {@link #prepare}, the response in each call, and {@link #check} gives its
     * messages in every language it speaks, so the engine can show each caller its own.
     */
    public WeightSumStrategy() {
    }

    @Override
    public String id() {
        return "${strategyId}";
    }

    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    public LocalizedText description() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("de", "Summiert die Gewichte der gewählten Antworten je Typ.");
        texts.put("en", "Adds up the weights of the chosen answers per type.");
        return LocalizedText.of(texts);
    }

    @Override
    public Class<WeightSumParameters> parametersType() {
        return WeightSumParameters.class;
    }

    @Override
    public Optional<String> parametersSchema() {
        return Optional.of(SCHEMA);
    }

    @Override
    public List<Problem> check(Questionnaire questionnaire, WeightSumParameters parameters) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < parameters.ignore().size(); i++) {
            String id = parameters.ignore().get(i);
            if (questionnaire.question(id).isEmpty()) {
                problems.add(Problem.at("/ignore/" + i, message("unknown-question", id)));
            }
        }
        return problems;
    }

    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, WeightSumParameters parameters) {
        return context -> score(questionnaire, parameters, context);
    }

    private ScoreSheet score(Questionnaire questionnaire, WeightSumParameters parameters, ScoringContext request) {
        Map<String, Double> sums = new LinkedHashMap<>();
        questionnaire.types().forEach(t -> sums.put(t.id(), 0.0));
        List<ScoreSheet.Contribution> contributions = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            Answer answer = request.response().answers().get(question.id());
            if (answer == null || parameters.ignore().contains(question.id())) continue;
            for (Map.Entry<String, Double> weight : weights(question, answer).entrySet()) {
                // weights may also name dimensions, which this strategy leaves alone
                if (!sums.containsKey(weight.getKey())) continue;
                sums.merge(weight.getKey(), weight.getValue(), Double::sum);
                contributions.add(new ScoreSheet.Contribution(weight.getKey(), question.id(), weight.getValue()));
            }
        }
        double total = sums.values().stream().mapToDouble(Double::doubleValue).sum();
        List<ScoreSheet.TypeScore> types = new ArrayList<>();
        for (TypeDefinition type : questionnaire.types()) {
            double sum = sums.get(type.id());
            double share = total > 0 ? sum / total : 1.0 / questionnaire.types().size();
            types.add(new ScoreSheet.TypeScore(type.id(), sum, share));
        }
        ScoreSheet sheet = new ScoreSheet(types, List.of(), contributions);
        // no answer weighed for any type: say that no type fits, rather than let equal shares look like a mix
        return total > 0 ? sheet : sheet.withNoTypeFitting();
    }

    /** A message of this plugin in German and English, with {@code args} set in. */
    private static LocalizedText message(String key, Object... args) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            // the plugin's own loader: in a plugins folder, each jar has a class loader of its own.
            // German is messages.properties, asked for as Locale.ROOT, so the JVM's default locale is
            // never tried in its stead; no ResourceBundle.Control, which a named module (a project
            // with a module-info.java, in its tests) may not pass
            ResourceBundle bundle = ResourceBundle.getBundle("${package}.messages",
                    language.equals(Locale.GERMAN) ? Locale.ROOT : language, WeightSumStrategy.class.getClassLoader());
            texts.put(language.getLanguage(), new MessageFormat(bundle.getString(key), Locale.ROOT).format(args));
        }
        return LocalizedText.of(texts);
    }

    /** The weights one answer gives, by type (or dimension) id. */
    private static Map<String, Double> weights(Question question, Answer answer) {
        Map<String, Double> weights = new LinkedHashMap<>();
        if (question instanceof ScaleQuestion scale && answer instanceof Answer.Scale value) {
            scale.weights().forEach((id, w) -> weights.put(id, w * scale.normalise(value.value())));
            return weights;
        }
        List<String> chosen = List.of();
        if (answer instanceof Answer.Choice c) chosen = List.of(c.option());
        if (answer instanceof Answer.Choices c) chosen = c.options();
        if (answer instanceof Answer.Ranking r) chosen = r.order();
        for (Option option : question.choices()) {
            if (chosen.contains(option.id())) option.weights().forEach((id, w) -> weights.merge(id, w, Double::sum));
        }
        return weights;
    }
}
