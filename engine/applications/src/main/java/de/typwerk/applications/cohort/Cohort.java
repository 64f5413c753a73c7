package de.typwerk.applications.cohort;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.ProfileTopic;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Weakness;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.answers.FederalState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A cohort of scored municipalities: how their types spread by kind of municipality and by state,
 * and who should learn from whom. Built once from the compact {@link Member}s of a results file;
 * the learners' partners are found when asked for, one learner at a time, so writing them out does
 * not hold them all in memory.
 *
 * <pre>{@code
 * ResultRows rows = resultsReader.read("results.jsonl", reader);
 * Cohort cohort = Cohort.of(questionnaire, rows, Optional.of("verbreitung"), 3);
 * cohort.byKind(); cohort.byState(); cohort.types(); cohort.learners().forEach(...);
 * }</pre>
 *
 * Deterministic: the same file gives the same cohort, whatever the order of hash maps.
 */
public final class Cohort {

    /** Kinds of municipality listed first, in this order; others follow alphabetically. */
    public static final List<String> KNOWN_KINDS = List.of("gemeinde", "stadt", "kreis");
    /** Partners per weakness unless told otherwise. */
    public static final int DEFAULT_PARTNERS = 3;
    /**
     * Strategies whose types are ordered stages, lowest first: {@code levels} (docs/levels.md), as
     * the reports know it ({@code de.typwerk.presentation.Stages}).
     */
    private static final Set<String> ORDERED = Set.of("levels");
    /** The keys worded apart for stages: each has a twin ending in {@code .stages} in every bundle that has it. */
    private static final Set<String> WORDED = Set.of(
            "cohort.by.kind", "cohort.by.state", "cohort.column.type", "cohort.outcome.mixed", "cohort.outcome.none",
            "cohort.types.title", "cohort.types.topics", "cohort.peers.title", "cohort.peers.no-learners", "cohort.peers.mixed",
            "cohort.types", "cohort.types.caption", "cohort.types.type");

    private final Questionnaire questionnaire;
    private final ResultRows rows;
    private final Optional<ProfileTopic> hintTopic;
    private final int partnersPerWeakness;
    private final List<String> columns;
    private final Distribution byKind;
    private final Distribution byState;
    private final List<TypeSummary> types;
    private final List<Member> learners;
    private final PeerIndex index;

    private Cohort(Questionnaire questionnaire, ResultRows rows, Optional<ProfileTopic> hintTopic, int partnersPerWeakness) {
        this.questionnaire = questionnaire;
        this.rows = rows;
        this.hintTopic = hintTopic;
        this.partnersPerWeakness = partnersPerWeakness;
        this.columns = columns(questionnaire, rows.members());
        this.byKind = distribution("kind", rows.members(), Cohort::kindKey, Cohort.kindOrder());
        this.byState = distribution("state", rows.members(),
                m -> m.place().state().map(FederalState::code).orElse(Tally.UNKNOWN), Comparator.naturalOrder());
        this.types = summaries();
        this.learners = rows.members().stream().filter(m -> !m.types().isEmpty()).sorted(PeerIndex.ORDER).toList();
        this.index = new PeerIndex(rows.members());
    }

    /**
     * Analyses {@code rows}, which must be results of {@code questionnaire}.
     *
     * @param hintTopic           a profile topic of the questionnaire whose text is shown beside the
     *                            distribution; empty for none
     * @param partnersPerWeakness at most this many partners per weakness (0 lists none)
     * @throws IllegalArgumentException when the hint topic is not one of the questionnaire's, or the
     *                                  limit is negative (callers check what users type first)
     */
    public static Cohort of(Questionnaire questionnaire, ResultRows rows, Optional<String> hintTopic, int partnersPerWeakness) {
        if (partnersPerWeakness < 0) throw new IllegalArgumentException("partners per weakness < 0: " + partnersPerWeakness);
        Optional<ProfileTopic> topic = Optional.empty();
        if (hintTopic.isPresent()) {
            topic = questionnaire.profileTopics().stream().filter(t -> t.id().equals(hintTopic.get())).findFirst();
            if (topic.isEmpty()) throw new IllegalArgumentException("no profile topic " + hintTopic.get());
        }
        return new Cohort(questionnaire, rows, topic, partnersPerWeakness);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /**
     * Whether the results' types are ordered stages: the cohort's results were scored by the
     * {@code levels} strategy ({@code strategy.id}), whose types are the levels of a maturity model,
     * so that a report says "Stufen" where it says "Typen" of peer types.
     */
    public boolean stages() {
        return rows.strategyId().filter(ORDERED::contains).isPresent();
    }

    /**
     * The key to read for a text of the cohort: its stage wording ({@code key + ".stages"}) where
     * {@link #stages()} and the key is worded apart, else {@code key}.
     *
     * @param key the key as for types
     * @return the key to read
     */
    public String key(String key) {
        return stages() && WORDED.contains(key) ? key + ".stages" : key;
    }

    /** {@return the strategy that scored the cohort's results ({@code strategy.id}), when they name one} */
    public Optional<String> strategyId() {
        return rows.strategyId();
    }

    public RowCounts counts() {
        return rows.counts();
    }

    /** The lines skipped as unreadable or for another questionnaire (the first few). */
    public List<Problem> problems() {
        return rows.problems();
    }

    public Optional<ProfileTopic> hintTopic() {
        return hintTopic;
    }

    public int partnersPerWeakness() {
        return partnersPerWeakness;
    }

    /** Every type of the questionnaire in definition order, with its count and profile hint. */
    public List<TypeSummary> types() {
        return types;
    }

    public Distribution byKind() {
        return byKind;
    }

    public Distribution byState() {
        return byState;
    }

    /** How many municipalities have partners to find: those with a primary type or a mixed result. */
    public int learnerCount() {
        return learners.size();
    }

    /**
     * Every municipality with a primary type or a mixed result, by AGS (unknown places last), each
     * with its lessons: one per weakness of its type (of both, for a mixed result) that its answers
     * confirm (every one, where its row does not say), in definition order. Computed as the stream
     * is consumed.
     */
    public Stream<Learner> learners() {
        return learners.stream().map(this::learner);
    }

    private Learner learner(Member m) {
        List<PeerLesson> lessons = new ArrayList<>();
        for (String typeId : m.types()) {
            Optional<TypeDefinition> type = questionnaire.type(typeId);
            if (type.isEmpty()) continue;
            for (Weakness w : type.get().weaknesses()) {
                // a weak spot typical of the type that this member's answers do not confirm is not its own
                if (!m.confirms(typeId, w.id())) continue;
                List<Partner> partners = partnersPerWeakness == 0 ? List.of() : index.partners(m, w.learnFrom(), partnersPerWeakness);
                lessons.add(new PeerLesson(typeId, w, partners));
            }
        }
        return new Learner(m, lessons);
    }

    private static String kindKey(Member m) {
        return m.kind().map(k -> k.toLowerCase(Locale.ROOT)).orElse(Tally.UNKNOWN);
    }

    private static Comparator<String> kindOrder() {
        return Comparator.comparingInt((String k) -> KNOWN_KINDS.contains(k) ? KNOWN_KINDS.indexOf(k) : KNOWN_KINDS.size())
                .thenComparing(Comparator.naturalOrder());
    }

    /**
     * Type ids in definition order (then any a result names that the definition lacks), mixed, none
     * (only when some result says no type fits), insufficient.
     */
    private static List<String> columns(Questionnaire questionnaire, List<Member> members) {
        List<String> columns = new ArrayList<>(questionnaire.types().stream().map(TypeDefinition::id).toList());
        new TreeSet<>(members.stream().flatMap(m -> m.primaryType().stream())
                .filter(t -> !columns.contains(t)).toList()).forEach(columns::add);
        columns.add(Distribution.MIXED);
        if (members.stream().anyMatch(m -> m.outcome() instanceof Outcome.None)) columns.add(Distribution.NONE);
        columns.add(Distribution.INSUFFICIENT);
        return List.copyOf(columns);
    }

    private String column(Member m) {
        if (m.outcome() instanceof Outcome.Primary p) return p.type();
        if (m.outcome() instanceof Outcome.Mixed) return Distribution.MIXED;
        if (m.outcome() instanceof Outcome.None) return Distribution.NONE;
        return Distribution.INSUFFICIENT;
    }

    private Distribution distribution(String by, List<Member> members, Function<Member, String> key,
                                      Comparator<String> order) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) index.put(columns.get(i), i);
        // unknown always last, the others in the given order
        Map<String, long[]> groups = new TreeMap<>(Comparator.comparing((String k) -> k.equals(Tally.UNKNOWN)).thenComparing(order));
        long[] all = new long[columns.size()];
        for (Member m : members) {
            int c = index.get(column(m));
            groups.computeIfAbsent(key.apply(m), k -> new long[columns.size()])[c]++;
            all[c]++;
        }
        List<Tally> tallies = new ArrayList<>();
        groups.forEach((k, counts) -> tallies.add(tally(k, counts)));
        return new Distribution(by, columns, tallies, tally(Tally.ALL, all));
    }

    private static Tally tally(String key, long[] counts) {
        long total = 0;
        List<Long> list = new ArrayList<>();
        for (long c : counts) {
            total += c;
            list.add(c);
        }
        return new Tally(key, total, list);
    }

    private List<TypeSummary> summaries() {
        List<TypeSummary> list = new ArrayList<>();
        for (TypeDefinition t : questionnaire.types()) {
            int c = columns.indexOf(t.id());
            long count = byKind.all().counts().get(c);
            Optional<Tally> likeliest = Optional.empty();
            for (Tally g : byKind.groups()) {
                if (g.key().equals(Tally.UNKNOWN) || g.counts().get(c) == 0) continue;
                // compare count/total exactly: a·d > b·c
                if (likeliest.isEmpty() || g.counts().get(c) * likeliest.get().total() > likeliest.get().counts().get(c) * g.total()) {
                    likeliest = Optional.of(g);
                }
            }
            Optional<BigDecimal> percent = likeliest.map(g -> g.percent(g.counts().get(c)));
            list.add(new TypeSummary(t, count, hintTopic.flatMap(topic -> Optional.ofNullable(t.profile().get(topic.id()))),
                    likeliest.map(Tally::key), percent));
        }
        return List.copyOf(list);
    }
}
