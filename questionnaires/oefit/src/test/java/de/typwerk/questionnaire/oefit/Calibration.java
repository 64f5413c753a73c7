package de.typwerk.questionnaire.oefit;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.scoring.ResultDetail;
import de.typwerk.engine.strategy.StrategyCall;
import de.typwerk.applications.synthetic.SyntheticAnswers;
import de.typwerk.applications.synthetic.SyntheticRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The measurements behind docs/oefit-scoring.md, "Calibration": synthetic respondents of the ÖFIT
 * questionnaire ({@link SyntheticAnswers}, seeded) scored with both strategies.
 *
 * <ul>
 *   <li><b>generated</b>: respondents drawn around each type (default sharpness); how often each
 *       strategy finds the drawn type, and how often the two strategies name the same leading type;</li>
 *   <li><b>random</b>: every answer uniformly at random (sharpness 0); how the outcomes spread;</li>
 *   <li><b>goal swap</b>: generated respondents whose goals ranking is replaced by another type's
 *       typical goals (its three goals with the most points, in definition order); how many then
 *       come out as the type of the goals.</li>
 * </ul>
 */
final class Calibration {

    static final String GOALS = "ziele-prioritaet";
    static final List<String> STRATEGIES = List.of("prototype", "points");

    private final Typwerk typwerk;
    private final LoadedQuestionnaire oefit;
    private final List<String> types;

    Calibration(Typwerk typwerk, LoadedQuestionnaire oefit) {
        this.typwerk = typwerk;
        this.oefit = oefit;
        this.types = oefit.questionnaire().types().stream().map(TypeDefinition::id).toList();
    }

    /** One strategy's outcomes over a set of respondents. */
    static final class Tally {
        final Map<String, Integer> primary = new LinkedHashMap<>();
        final Map<String, Integer> leading = new LinkedHashMap<>();
        int mixed;
        int insufficient;
        int count;
        /** respondents whose primary type (leading type) is the expected one */
        int primaryAsExpected;
        int leadingAsExpected;
        final List<Double> leads = new ArrayList<>();

        Tally(List<String> types) {
            for (String t : types) {
                primary.put(t, 0);
                leading.put(t, 0);
            }
        }

        void add(Result result, String expected) {
            count++;
            leads.add(result.types().get(0).share() - (result.types().size() > 1 ? result.types().get(1).share() : 0));
            String lead = result.types().get(0).id();
            leading.merge(lead, 1, Integer::sum);
            if (lead.equals(expected)) leadingAsExpected++;
            if (result.outcome() instanceof Outcome.Primary p) {
                primary.merge(p.type(), 1, Integer::sum);
                if (p.type().equals(expected)) primaryAsExpected++;
            } else if (result.outcome() instanceof Outcome.Mixed) {
                mixed++;
            } else {
                insufficient++;
            }
        }

        int confident() {
            return primary.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The largest share one type has of the confident (primary) results; 0 when there are none. */
        double largestConfidentShare() {
            int confident = confident();
            return confident == 0 ? 0 : primary.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) confident;
        }

        /** The lead of the first type over the second at quantile {@code q} (0..1) of the respondents. */
        double leadAt(double q) {
            List<Double> sorted = leads.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
        }

        double mixedOrUnclear() {
            return (mixed + insufficient) / (double) count;
        }

        double primaryRate() {
            return primaryAsExpected / (double) count;
        }

        double leadingRate() {
            return leadingAsExpected / (double) count;
        }
    }

    /** Both strategies' tallies over one set of respondents, and how often they agree. */
    static final class Run {
        final Map<String, Tally> byStrategy = new LinkedHashMap<>();
        int sameLeader;
        int sameOutcome;
        int count;

        double agreement() {
            return sameLeader / (double) count;
        }

        double outcomeAgreement() {
            return sameOutcome / (double) count;
        }
    }

    Run generated(long seed, int rows) {
        return run(SyntheticAnswers.Settings.seed(seed), rows, false);
    }

    Run random(long seed, int rows) {
        return run(SyntheticAnswers.Settings.seed(seed).withSharpness(0), rows, false);
    }

    Run swapped(long seed, int rows) {
        return run(SyntheticAnswers.Settings.seed(seed), rows, true);
    }

    private Run run(SyntheticAnswers.Settings settings, int rows, boolean swap) {
        Run run = new Run();
        for (String s : STRATEGIES) run.byStrategy.put(s, new Tally(types));
        SyntheticAnswers answers = new SyntheticAnswers(oefit.questionnaire(), settings);
        for (Iterator<SyntheticRow> it = answers.rows(rows); it.hasNext(); ) {
            SyntheticRow row = it.next();
            Response response = row.response();
            String expected = row.drawnType();
            if (swap) {
                int drawn = types.indexOf(row.drawnType());
                expected = types.get((drawn + 1 + (int) (row.row() % (types.size() - 1))) % types.size());
                Map<String, Answer> swapped = new LinkedHashMap<>(response.answers());
                swapped.put(GOALS, new Answer.Ranking(typicalGoals(expected)));
                response = Response.builder(response.questionnaireId(), response.questionnaireVersion())
                        .respondent(response.respondent()).answers(swapped).build();
            }
            List<Result> results = new ArrayList<>();
            for (String strategy : STRATEGIES) {
                Result result = score(response, strategy);
                run.byStrategy.get(strategy).add(result, expected);
                results.add(result);
            }
            run.count++;
            if (results.get(0).types().get(0).id().equals(results.get(1).types().get(0).id())) run.sameLeader++;
            if (outcomeKey(results.get(0)).equals(outcomeKey(results.get(1)))) run.sameOutcome++;
        }
        return run;
    }

    /** A type's typical goals: the options of the goals ranking that give it the most points, as many as are ranked. */
    List<String> typicalGoals(String type) {
        RankingQuestion goals = (RankingQuestion) oefit.questionnaire().question(GOALS).orElseThrow();
        return goals.options().stream()
                .sorted(Comparator.comparingDouble((Option o) -> -o.weights().getOrDefault(type, 0.0)))
                .limit(goals.top())
                .map(Option::id)
                .toList();
    }

    private Result score(Response response, String strategy) {
        ScoreRun run = typwerk.score(oefit, response, Optional.of(strategy), ResultDetail.NUMBERS, StrategyCall.INLINE);
        return run.asResult().orElseThrow(() -> new AssertionError("not scored: " + run));
    }

    private static String outcomeKey(Result result) {
        Outcome o = result.outcome();
        if (o instanceof Outcome.Primary p) return "primary " + p.type();
        if (o instanceof Outcome.Mixed m) return "mixed";
        return "insufficient";
    }

    /**
     * Per drawn type, the mean position the prototype strategy gives generated respondents on each
     * dimension: the centroid of the type's cluster, which the prototypes are set to.
     */
    Map<String, Map<String, Double>> centroids(long seed, int rows) {
        return centroids(SyntheticAnswers.Settings.seed(seed), rows);
    }

    /** As {@link #centroids(long, int)}, for respondents drawn with {@code settings}. */
    Map<String, Map<String, Double>> centroids(SyntheticAnswers.Settings settings, int rows) {
        Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
        SyntheticAnswers answers = new SyntheticAnswers(oefit.questionnaire(), settings);
        for (Iterator<SyntheticRow> it = answers.rows(rows); it.hasNext(); ) {
            SyntheticRow row = it.next();
            Result result = score(row.response(), "prototype");
            Map<String, double[]> byDimension = sums.computeIfAbsent(row.drawnType(), t -> new LinkedHashMap<>());
            result.dimensions().forEach(d -> {
                double[] sum = byDimension.computeIfAbsent(d.id(), k -> new double[2]);
                sum[0] += d.value();
                sum[1]++;
            });
        }
        Map<String, Map<String, Double>> centroids = new LinkedHashMap<>();
        for (String type : types) {
            Map<String, Double> position = new LinkedHashMap<>();
            sums.getOrDefault(type, Map.of()).forEach((d, sum) -> position.put(d, sum[0] / sum[1]));
            centroids.put(type, position);
        }
        return centroids;
    }

    /** The figures as the Markdown docs/oefit-scoring.md shows them. */
    String report(long seed, int rows) {
        StringBuilder out = new StringBuilder();
        Run generated = generated(seed, rows);
        Run random = random(seed, rows);
        Run swapped = swapped(seed, rows);
        out.append("rows per run: ").append(rows).append(", seed ").append(seed).append("\n\n");
        out.append("| run | strategy | drawn/goal type leads | drawn/goal type primary | mixed | ")
                .append(String.join(" | ", types)).append(" (primary) |\n");
        out.append("|---|---|---|---|---|").append("---|".repeat(types.size())).append("\n");
        for (var named : List.of(Map.entry("generated", generated), Map.entry("random", random), Map.entry("goal swap", swapped))) {
            for (String s : STRATEGIES) {
                Tally t = named.getValue().byStrategy.get(s);
                out.append("| ").append(named.getKey()).append(" | ").append(s).append(" | ")
                        .append(named.getKey().equals("random") ? "–" : percent(t.leadingRate())).append(" | ")
                        .append(named.getKey().equals("random") ? "–" : percent(t.primaryRate())).append(" | ")
                        .append(percent(t.mixed / (double) t.count)).append(" | ");
                for (String type : types) out.append(percent(t.primary.get(type) / (double) t.count)).append(" | ");
                out.append("\n");
            }
        }
        out.append("\n");
        for (var named : List.of(Map.entry("generated", generated), Map.entry("random", random), Map.entry("goal swap", swapped))) {
            out.append(named.getKey()).append(": same leading type ").append(percent(named.getValue().agreement()))
                    .append(", same outcome ").append(percent(named.getValue().outcomeAgreement()));
            for (String s : STRATEGIES) {
                Tally t = named.getValue().byStrategy.get(s);
                out.append("; ").append(s).append(" largest share of confident results ")
                        .append(percent(t.largestConfidentShare()))
                        .append(String.format(Locale.ROOT, ", lead quartiles %.3f %.3f %.3f", t.leadAt(0.25), t.leadAt(0.5), t.leadAt(0.75)))
                        .append(String.format(Locale.ROOT, ", 10th percentile %.3f", t.leadAt(0.1)));
            }
            out.append("\n");
        }
        out.append("\ncentroids of generated respondents (prototype strategy's dimension values):\n");
        Map<String, Map<String, Double>> centroids = new LinkedHashMap<>(centroids(seed, rows));
        Map<String, double[]> all = new LinkedHashMap<>();
        centroids(SyntheticAnswers.Settings.seed(seed).withSharpness(0), rows).values().forEach(p -> p.forEach((d, v) -> {
            double[] sum = all.computeIfAbsent(d, k -> new double[2]);
            sum[0] += v;
            sum[1]++;
        }));
        Map<String, Double> randomCentroid = new LinkedHashMap<>();
        all.forEach((d, sum) -> randomCentroid.put(d, sum[0] / sum[1]));
        centroids.put("random", randomCentroid);
        centroids.forEach((type, position) -> {
            out.append(type).append(": {");
            out.append(String.join(", ", position.entrySet().stream()
                    .map(e -> e.getKey() + ": " + String.format(Locale.ROOT, "%.2f", e.getValue())).toList()));
            out.append("}\n");
        });
        return out.toString();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
