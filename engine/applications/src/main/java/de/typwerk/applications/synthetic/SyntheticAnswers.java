package de.typwerk.applications.synthetic;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.api.model.TypeDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Reproducible synthetic answers to one questionnaire, drawn around each type's profile with noise,
 * for demos, tests and benchmarks:
 *
 * <pre>{@code
 * SyntheticAnswers answers = new SyntheticAnswers(questionnaire, SyntheticAnswers.Settings.seed(42));
 * answers.rows(1000).forEachRemaining(row -> ...);
 * }</pre>
 *
 * <p>For each row: a type is drawn (uniformly, or by the weights of {@link Settings#mix}), then a
 * municipality, then the questions are walked in order. A question whose {@code when} is false is
 * never answered; an optional one is left out with probability {@link Settings#gaps}; every other
 * is answered. Options are drawn with probability ∝ exp(β·affinity), where affinity (0..1, see
 * {@link Affinities}) says how well the answer fits the drawn type and β is
 * {@link Settings#sharpness}: a higher β answers more like the prototype, a lower one noisier.
 * Multiple choice: each option is picked with probability 1/(1 + exp(−β·(a − ā))) (ā: the mean
 * affinity of the question's options), then topped up or thinned by the same weights to the
 * allowed number of picks. Ranking: places are filled one by one, each by exp(β·a) among the
 * options left. Numbers: within the question's {@link NumberQuestion#typical() typical} answers
 * for the respondent's kind where the definition gives them, else over the whole range; over a
 * wide positive range (more than a factor 100) triangular in log space, else uniform. The typical
 * numbers of one row lie at about the same place in their ranges (the first sets it, each later one
 * keeps four fifths of it), so a Gemeinde with more inhabitants also has more IT posts. Text: a
 * short remark in the questionnaire's first language. A
 * single-choice question that has an option whose id is the respondent's kind ({@code gemeinde},
 * {@code stadt}, {@code kreis}) is answered with it, so respondent data and answers agree.
 *
 * <p>Determinism: the same questionnaire, settings and row count give the same rows on any
 * machine. One {@link SplittableRandom} seeded with the seed is split once per row; floating point
 * uses {@link StrictMath}; nothing iterates a hash map. Not thread-safe: one iterator, one thread.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class SyntheticAnswers {

    private static final List<String> REMARKS_DE = List.of("Keine weiteren Anmerkungen.",
            "Die Antworten wurden mit der IT-Leitung abgestimmt.", "Bei Rückfragen gern per E-Mail melden.",
            "Einige Angaben sind geschätzt.");
    private static final List<String> REMARKS_EN = List.of("No further remarks.",
            "The answers were agreed with the head of IT.", "Happy to answer questions by e-mail.",
            "Some figures are estimates.");

    /**
     * How rows are drawn.
     *
     * @param seed      the seed; the same seed gives the same rows
     * @param mix       relative weight per type id (types not named get 0); empty: uniform
     * @param gaps      probability (0..1) that an asked optional question is left unanswered
     * @param sharpness β ≥ 0: how closely answers follow the drawn type (0: uniformly at random)
     * @param kind      the kind every respondent is ({@code gemeinde}, {@code stadt}, {@code kreis}),
     *                  for a questionnaire asked of one kind only, such as a variant for Landkreise;
     *                  empty: drawn, about 70 % Gemeinden, 24 % Städte, 6 % Kreise
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public record Settings(long seed, Map<String, Double> mix, double gaps, double sharpness, Optional<String> kind) {

        /** The kinds of respondent {@link #kind} may name. */
        public static final List<String> KINDS = List.of("gemeinde", "stadt", "kreis");

        public static final double DEFAULT_GAPS = 0.05;
        public static final double DEFAULT_SHARPNESS = 4.0;

        public Settings {
            mix = Map.copyOf(mix);
            if (!(gaps >= 0 && gaps <= 1)) throw new IllegalArgumentException("gaps must lie in 0..1: " + gaps);
            if (!(sharpness >= 0) || Double.isInfinite(sharpness)) throw new IllegalArgumentException("sharpness must be finite, ≥ 0: " + sharpness);
            for (Map.Entry<String, Double> e : mix.entrySet()) {
                if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                    throw new IllegalArgumentException("mix weight of " + e.getKey() + " must be finite, ≥ 0: " + e.getValue());
                }
            }
            if (kind.isPresent() && !KINDS.contains(kind.get())) {
                throw new IllegalArgumentException("kind must be one of " + KINDS + ": " + kind.get());
            }
        }

        /** Respondents of every kind, drawn. */
        public Settings(long seed, Map<String, Double> mix, double gaps, double sharpness) {
            this(seed, mix, gaps, sharpness, Optional.empty());
        }

        /** Uniform types, default gaps and sharpness. */
        public static Settings seed(long seed) {
            return new Settings(seed, Map.of(), DEFAULT_GAPS, DEFAULT_SHARPNESS);
        }

        public Settings withMix(Map<String, Double> newMix) {
            return new Settings(seed, newMix, gaps, sharpness, kind);
        }

        public Settings withGaps(double newGaps) {
            return new Settings(seed, mix, newGaps, sharpness, kind);
        }

        public Settings withSharpness(double newSharpness) {
            return new Settings(seed, mix, gaps, newSharpness, kind);
        }

        /** Every respondent of this kind ({@code gemeinde}, {@code stadt} or {@code kreis}). */
        public Settings withKind(String newKind) {
            return new Settings(seed, mix, gaps, sharpness, Optional.of(newKind));
        }
    }

    private final Questionnaire questionnaire;
    private final Settings settings;
    private final List<Question> questions;
    private final List<String> types;
    private final double[] typeWeights;
    private final Municipalities municipalities = new Municipalities();
    /** question id → type id → exp(β·affinity) per option or scale point; looked up, never iterated. */
    private final Map<String, Map<String, double[]>> weights = new HashMap<>();
    private final Map<String, Map<String, double[]>> affinities = new HashMap<>();

    /**
     * @throws IllegalArgumentException when the questionnaire has no types, or {@code mix} names a
     *                                  type it does not have or gives every type weight 0
     */
    public SyntheticAnswers(Questionnaire questionnaire, Settings settings) {
        this.questionnaire = questionnaire;
        this.settings = settings;
        this.questions = questionnaire.questions();
        this.types = questionnaire.types().stream().map(TypeDefinition::id).toList();
        if (types.isEmpty()) throw new IllegalArgumentException(questionnaire.coordinates() + " has no types");
        for (String named : settings.mix().keySet()) {
            if (!types.contains(named)) throw new IllegalArgumentException("unknown type in mix: " + named);
        }
        this.typeWeights = new double[types.size()];
        for (int i = 0; i < types.size(); i++) {
            typeWeights[i] = settings.mix().isEmpty() ? 1 : settings.mix().getOrDefault(types.get(i), 0.0);
        }
        if (sum(typeWeights) <= 0) throw new IllegalArgumentException("the mix gives every type weight 0");
        Affinities affinity = new Affinities(questionnaire);
        for (Question q : questions) {
            Map<String, double[]> byType = new HashMap<>();
            Map<String, double[]> rawByType = new HashMap<>();
            for (String type : types) {
                double[] a = q instanceof ScaleQuestion s ? affinity.scale(s, type) : affinity.options(q, type);
                rawByType.put(type, a);
                double[] w = new double[a.length];
                for (int i = 0; i < a.length; i++) w[i] = StrictMath.exp(settings.sharpness() * a[i]);
                // synthetic respondents always answer: "don't know" is never drawn
                for (int i = 0; i < q.choices().size() && i < w.length; i++) if (q.choices().get(i).noAnswer()) w[i] = 0;
                byType.put(type, w);
            }
            weights.put(q.id(), byType);
            affinities.put(q.id(), rawByType);
        }
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** The first {@code count} rows, drawn lazily: memory does not grow with the count. */
    public Iterator<SyntheticRow> rows(long count) {
        if (count < 0) throw new IllegalArgumentException("count must not be negative: " + count);
        SplittableRandom root = new SplittableRandom(settings.seed());
        return new Iterator<>() {
            private long row;

            @Override
            public boolean hasNext() {
                return row < count;
            }

            @Override
            public SyntheticRow next() {
                if (!hasNext()) throw new NoSuchElementException();
                row++;
                return draw(row, root.split());
            }
        };
    }

    private SyntheticRow draw(long row, SplittableRandom random) {
        String type = types.get(pick(typeWeights, random));
        var respondent = municipalities.draw(random, settings.kind());
        Map<String, Answer> answers = new LinkedHashMap<>();
        // where in their typical ranges this row's numbers lie (0..1); set by the first such number
        double[] size = {Double.NaN};
        for (Question q : questions) {
            if (!q.isAskedGiven(answers)) continue;
            // drawn before the decision so that a gap does not shift the draws of later questions
            double gap = random.nextDouble();
            Answer answer = answer(q, type, respondent.kind().orElse(""), size, random);
            if (!q.required() && gap < settings.gaps()) continue;
            if (answer != null) answers.put(q.id(), answer);
        }
        return new SyntheticRow(row, questionnaire.id(), questionnaire.version(), type, respondent, answers);
    }

    /** One answer to {@code q}; null when the question offers nothing to answer with. */
    private Answer answer(Question q, String type, String kind, double[] size, SplittableRandom random) {
        double[] w = weights.get(q.id()).get(type);
        return switch (q.kind()) {
            case SINGLE -> single((SingleChoiceQuestion) q, w, kind, random);
            case MULTI -> multi((MultipleChoiceQuestion) q, affinities.get(q.id()).get(type), w, random);
            case RANKING -> ranking((RankingQuestion) q, w, random);
            case SCALE -> w.length == 0 ? null : new Answer.Scale(((ScaleQuestion) q).min() + pick(w, random));
            case NUMBER -> number((NumberQuestion) q, kind, size, random);
            case TEXT -> text((TextQuestion) q, random);
        };
    }

    /** A question asking for the kind of municipality answers what the respondent is. */
    private static Answer single(SingleChoiceQuestion q, double[] w, String kind, SplittableRandom random) {
        if (w.length == 0) return null;
        int drawn = pick(w, random);
        for (Option o : q.options()) {
            if (o.id().equals(kind)) return new Answer.Choice(kind);
        }
        return new Answer.Choice(q.options().get(drawn).id());
    }

    private Answer multi(MultipleChoiceQuestion q, double[] affinity, double[] w, SplittableRandom random) {
        List<Option> options = q.options();
        int n = options.size();
        if (n == 0) return null;
        double mean = sum(affinity) / n;
        boolean[] picked = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            double p = 1 / (1 + StrictMath.exp(-settings.sharpness() * (affinity[i] - mean)));
            if (random.nextDouble() < p && w[i] > 0) {
                picked[i] = true;
                count++;
            }
        }
        int min = Math.max(0, Math.min(q.minPicks(), n));
        int max = Math.max(min, Math.min(q.maxPicks(), n));
        while (count < min) {
            picked[pickAmong(w, picked, false, random)] = true;
            count++;
        }
        double[] against = new double[n];
        for (int i = 0; i < n; i++) against[i] = 1 / w[i];
        while (count > max) {
            picked[pickAmong(against, picked, true, random)] = false;
            count--;
        }
        // an option that must stand alone ("none of these") goes when others were picked with it
        if (count > 1) {
            for (int i = 0; i < n && count > 1; i++) {
                if (picked[i] && options.get(i).alone()) {
                    picked[i] = false;
                    count--;
                }
            }
        }
        if (count == 0) return null;
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) if (picked[i]) chosen.add(options.get(i).id());
        return new Answer.Choices(chosen);
    }

    private Answer ranking(RankingQuestion q, double[] w, SplittableRandom random) {
        List<Option> options = q.options();
        int places = Math.min(q.top(), options.size());
        if (places <= 0) return null;
        boolean[] used = new boolean[options.size()];
        List<String> order = new ArrayList<>();
        for (int place = 0; place < places; place++) {
            int i = pickAmong(w, used, false, random);
            used[i] = true;
            order.add(options.get(i).id());
        }
        return new Answer.Ranking(order);
    }

    private Answer number(NumberQuestion q, String kind, double[] size, SplittableRandom random) {
        double lo = q.min().orElse(0.0);
        double hi = q.max().orElse(Math.max(lo, 0) + 1000);
        double u = random.nextDouble();
        // sizes (inhabitants, staff) spread over orders of magnitude: triangular in log space, most
        // near the geometric middle of the range, the extremes rare. As many draws with typical
        // answers as without, so that the answers to every other question stay as they were
        boolean wide = lo >= 0 && hi > 0 && hi / Math.max(lo, 1) > 100;
        double t = wide ? (u + random.nextDouble()) / 2 : u;
        List<Double> typical = q.typical().get(kind);
        double value;
        if (typical != null && typical.size() == 2) {
            if (Double.isNaN(size[0])) size[0] = t;
            double place = 0.8 * size[0] + 0.2 * t;
            value = spread(typical.get(0), typical.get(1), place);
        } else {
            value = wide ? spread(Math.max(lo, 1), hi, t) : between(lo, hi, u);
        }
        int scale = q.integer() ? 0 : 1;
        BigDecimal number = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
        // rounding may step over a bound: step back inside
        if (number.doubleValue() < lo) number = BigDecimal.valueOf(lo).setScale(scale, RoundingMode.CEILING);
        if (number.doubleValue() > hi) number = BigDecimal.valueOf(hi).setScale(scale, RoundingMode.FLOOR);
        return new Answer.Number(number);
    }

    /** The number at {@code place} (0..1) between {@code low} and {@code high}: in log space where they span more than a factor 10. */
    private static double spread(double low, double high, double place) {
        if (low > 0 && high / low > 10) {
            double a = StrictMath.log(low);
            return StrictMath.exp(a + place * (StrictMath.log(high) - a));
        }
        return between(low, high, place);
    }

    /**
     * The number at {@code place} (0..1) between {@code low} and {@code high}, also where the distance between them is more
     * than a double holds (from -1.7976931348623157e308 to 1.7976931348623157e308, bounds a definition may give): there it
     * would be infinite, and so the answer drawn
     */
    private static double between(double low, double high, double place) {
        double width = high - low;
        return Double.isFinite(width) ? low + place * width : low * (1 - place) + high * place;
    }

    private Answer text(TextQuestion q, SplittableRandom random) {
        List<String> remarks = questionnaire.defaultLocale().equals("de") ? REMARKS_DE : REMARKS_EN;
        String remark = remarks.get(random.nextInt(remarks.size()));
        return new Answer.Text(remark.length() > q.maxLength() ? remark.substring(0, q.maxLength()) : remark);
    }

    /** An index drawn with probability ∝ {@code w}. */
    private static int pick(double[] w, SplittableRandom random) {
        double r = random.nextDouble() * sum(w);
        int last = w.length - 1;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) last = i;
            r -= w[i];
            if (r < 0) return i;
        }
        return last;
    }

    /** An index with {@code taken[i] == among}, drawn with probability ∝ {@code w}. */
    private static int pickAmong(double[] w, boolean[] taken, boolean among, SplittableRandom random) {
        double total = 0;
        int last = -1;
        for (int i = 0; i < w.length; i++) {
            if (taken[i] == among) {
                total += w[i];
                if (w[i] > 0 || last < 0) last = i;
            }
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            if (taken[i] != among) continue;
            r -= w[i];
            if (r < 0) return i;
        }
        return last;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }
}
