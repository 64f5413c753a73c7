package de.typwerk.presentation.html;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.ProfileTopic;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Strength;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.applications.cohort.Cohort;
import de.typwerk.presentation.CloseBehind;
import de.typwerk.presentation.CloseCall;
import de.typwerk.presentation.Picks;
import de.typwerk.presentation.Ranks;
import de.typwerk.presentation.ScoreScale;
import de.typwerk.presentation.SoFar;
import de.typwerk.presentation.Stages;
import de.typwerk.presentation.Weightless;
import de.typwerk.engine.answers.FederalState;
import de.typwerk.engine.result.Coverage;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Lesson;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Reason;
import de.typwerk.engine.result.Recommendation;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.RoleModel;
import de.typwerk.engine.result.TypeReasons;
import de.typwerk.engine.result.TypeResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A result made ready for the report's templates: every text picked in the report's language and
 * every number formatted, the charts laid out. The templates only place what this holds, and jte
 * escapes each of it for where it stands. Built by {@link HtmlReport}; public because the compiled
 * templates read it.
 */
public final class ReportView {

    /** Colour of a type's bar. */
    static final String BAR = "#1f5f8f";
    /** Colour of the bar of the type (or types) the outcome names. */
    static final String FOCUS = "#0b3558";
    /** Colour of a dimension resting on few answers. */
    static final String THIN = "#6b7f91";

    private final Result result;
    private final Optional<Questionnaire> questionnaire;
    private final Optional<LocalizedText> strategy;
    private static final Labels GERMAN = Labels.of(Locale.GERMAN);

    private final Labels t;
    private final String fallback;

    /** The answers scored, by question id, where they are at hand: what too few of them already tell ({@link SoFar}). */
    private final Map<String, de.typwerk.api.model.Answer> answers;

    /** The id of the page's form that opens a question ({@code go=ask:} and its id), or {@code null} in a report file. */
    private final String changeForm;

    /** The id of the question whose answer was just changed from the report ({@link #changeForm}), or {@code null}. */
    private final String changed;

    /**
     * Whether {@link #changed} was opened from the list of questions without an answer that counts ({@link #unanswered()}),
     * not from the answers that count for no type ({@link #weightless()}): the list the focus goes back to.
     */
    private final boolean changedWasOpen;

    /** {@link #unansweredFocus()} where the focus goes to the heading of the part: no question id, which has no space. */
    private static final String TO_COVERAGE = " coverage";

    ReportView(Result result, Optional<Questionnaire> questionnaire, Optional<LocalizedText> strategy, Labels labels) {
        this(result, questionnaire, strategy, Map.of(), labels, null, null, false);
    }

    ReportView(Result result, Optional<Questionnaire> questionnaire, Optional<LocalizedText> strategy,
               Map<String, de.typwerk.api.model.Answer> answers, Labels labels) {
        this(result, questionnaire, strategy, answers, labels, null, null, false);
    }

    ReportView(Result result, Optional<Questionnaire> questionnaire, Optional<LocalizedText> strategy,
               Map<String, de.typwerk.api.model.Answer> answers, Labels labels, String changeForm, String changed,
               boolean changedWasOpen) {
        this.result = result;
        this.questionnaire = questionnaire;
        this.strategy = strategy;
        this.answers = Map.copyOf(answers);
        this.t = labels;
        this.changeForm = changeForm;
        this.changed = changeForm == null ? null : changed;
        this.changedWasOpen = this.changed != null && changedWasOpen;
        this.fallback = questionnaire.map(Questionnaire::defaultLocale).orElse("de");
    }

    /**
     * What a result with too few answers for a type already tells, in the report's words.
     *
     * @param rankings  each answered ranking: the sentence that introduces it, and its places in order
     * @param noType    that this names no type yet; empty when there is no ranking to show
     * @param missing   how many more answers a type needs, and that the questions below tell most
     * @param suggested the open questions to answer first, by their text
     * @param notKept   for each answered ranking whose order a result file does not keep, where to see it
     */
    public record SoFarView(List<RankingView> rankings, Optional<String> noType, Optional<String> missing, List<String> suggested,
                            List<String> notKept) {
    }

    /**
     * @param intro  "Ihre Rangfolge bei „…“:"
     * @param places each place's option, with the type it counts for where it counts for one alone
     */
    public record RankingView(String intro, List<String> places) {
    }

    /** {@return what the answers already tell, when they are too few for a type and the questionnaire is known} */
    public Optional<SoFarView> soFar() {
        return SoFar.of(result, questionnaire, answers).map(s -> {
            List<RankingView> rankings = s.ranked().stream().map(r -> new RankingView(t("report.sofar.ranking", SoFar.quoted(text(r.question().text()))),
                    r.places().stream().map(p -> p.countsFor()
                            .map(type -> t.get(Stages.key("report.sofar.counts-for", result.strategy().id(), text(type.name()), t.get("report.stage.word")),
                                    text(p.option().text()), text(type.name())))
                            .orElse(text(p.option().text()))).toList())).toList();
            Optional<String> noType = rankings.isEmpty() ? Optional.empty() : Optional.of(t("report.sofar.no-type"));
            Optional<String> missing = s.suggested().isEmpty() ? Optional.empty()
                    : Optional.of(t("report.sofar.missing.count", s.missing()));
            List<String> notKept = s.notKept().stream().map(q -> t("report.sofar.not-kept", SoFar.quoted(text(q.text())))).toList();
            return new SoFarView(rankings, noType, missing, s.suggested().stream().map(q -> text(q.text())).toList(), notKept);
        });
    }

    /** {@return the report's language tag, {@code de} or {@code en}} */
    public String lang() {
        return t.lang();
    }

    /**
     * {@return the report’s label for {@code key}, with {@code args} set in}
     *
     * @param key the key in the report’s bundle
     * @param args the values set in
     */
    public String t(String key, Object... args) {
        return t.get(Stages.key(key, result.strategy().id()), args);
    }

    /**
     * {@return the language the definition's texts (type and dimension names, questions, profiles,
     * strengths, the source) are shown in where the report's is not among the questionnaire's (they
     * are shown in its default one), for the {@code lang} of the elements that hold them alone
     * (WCAG 3.1.2); else {@code null}, which leaves the attribute out}
     */
    public String textLang() {
        return result.questionnaire().title().in(t.lang()).isPresent() ? null : fallback;
    }

    /** {@return the main heading: the questionnaire's title} */
    public Phrase title() {
        return phrase("report.title", marked(result.questionnaire().title()));
    }

    /**
     * {@return the page's document title: the municipality's name when the result has one, the
     * outcome's headline and the main heading, so that the tabs and the history of several reports
     * of one questionnaire tell them apart by what differs, which comes first}
     */
    public String documentTitle() {
        List<String> parts = new ArrayList<>();
        result.respondent().name().ifPresent(parts::add);
        parts.add(headline().plain());
        parts.add(title().plain());
        return String.join(" – ", parts);
    }

    /**
     * A line of the report's head: a label and its value.
     *
     * @param label what it is
     * @param value the value
     */
    public record Fact(String label, Phrase value) {
    }

    /** {@return what was scored, by what, for whom} */
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        var q = result.questionnaire();
        facts.add(new Fact(t.get("report.fact.questionnaire"), Phrase.ofText(q.id() + " " + q.version())));
        if (!q.bases().isEmpty()) {
            facts.add(new Fact(t.get("report.fact.variant"), phrase("report.variant", q.bases().get(0).id() + " " + q.bases().get(0).version())));
        }
        String id = result.strategy().id();
        String version = result.strategy().version();
        facts.add(new Fact(t.get("report.fact.strategy"), strategy.map(d -> phrase("report.strategy.described", id, version, text(d)))
                .orElseGet(() -> phrase("report.strategy", id, version))));
        respondent(result.respondent()).ifPresent(r -> facts.add(new Fact(t.get("report.fact.respondent"), r)));
        facts.add(new Fact(t.get("report.fact.answered"), answered()));
        return facts;
    }

    /**
     * {@return how many questions were answered, counted as the outcome and the coverage count them:
     * the scorable ones, "don't know" not among the answered (where {@link Result#answered()} counts
     * it, which would have the head say 28 of 30 answered above an outcome of too few answers), and
     * how many were asked, those not scorable among them (so that 17 asked beside 13 of 13 answered
     * reads as no question missed); a questionnaire with nothing to score, asked and answered}
     */
    private Phrase answered() {
        var c = result.coverage();
        return c.scorable() > 0
                ? phrase("report.answered.scorable", t.count(c.answeredScorable()), t.count(c.scorable()), t.count(result.total()),
                        result.total() - c.scorable())
                : phrase("report.answered", t.count(result.answered()), t.count(result.total()));
    }

    /**
     * Name, AGS, the kind of municipality in words of the report's language (an id it has no words for as it is), state,
     * its German name marked as German on a page in another language where it is one of the sixteen. The name, a German
     * municipality's own (Gemeinde Musterstadt, Landkreis Musterkreis), is marked as German on such a page too, where an
     * English voice read it as English words.
     */
    private Optional<Phrase> respondent(Respondent r) {
        List<Phrase> parts = new ArrayList<>();
        r.name().map(name -> new Phrase(List.of(new Phrase.Part(name, t.lang().equals("de") ? null : "de")))).ifPresent(parts::add);
        r.ags().ifPresent(ags -> parts.add(Phrase.ofText("AGS " + ags)));
        r.kind().map(kind -> Cohort.KNOWN_KINDS.contains(kind) ? kind(kind) : Phrase.ofText(kind)).ifPresent(parts::add);
        r.state().map(this::state).ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(Phrase.join(" · ", parts));
    }

    /** A state as the respondent names it: one of the states' German names (Bayern) marked German on a page in another language. */
    private Phrase state(String state) {
        boolean german = !t.lang().equals("de") && Arrays.stream(FederalState.values()).anyMatch(s -> s.germanName().equals(state));
        return german ? new Phrase(List.of(new Phrase.Part(state, "de"))) : Phrase.ofText(state);
    }

    /** The kind of municipality in the report's words, where English glosses the German word ("district (Kreis)"): that word marked as German. */
    private Phrase kind(String kind) {
        String german = GERMAN.get("cohort.kind." + kind);
        return phrase("report.kind." + kind, new Phrase.Part(german, t.lang().equals("de") ? null : "de"));
    }

    /** {@return the outcome's kind: {@code primary}, {@code mixed}, {@code none} or {@code insufficient}} */
    public String outcomeKind() {
        Outcome o = result.outcome();
        if (o instanceof Outcome.Primary) return "primary";
        if (o instanceof Outcome.Mixed) return "mixed";
        if (o instanceof Outcome.None) return "none";
        return "insufficient";
    }

    /**
     * {@return the outcome's headline: the type, both types, no type, or too few answers} A type
     * named on many open or "weiß nicht" answers is called provisional ({@link #provisionalNote()}).
     */
    public Phrase headline() {
        Outcome o = result.outcome();
        if (o instanceof Outcome.Primary p) return phrase("report.headline.primary" + provisional(), typeName(p.type()));
        if (o instanceof Outcome.Mixed x) {
            return phrase("report.headline.mixed" + provisional(), typeName(x.first()), typeName(x.second()));
        }
        if (o instanceof Outcome.None) return phrase("report.headline.none");
        return phrase("report.headline.insufficient");
    }

    /** {@return the outcome in one sentence, as the text report says it} */
    public Phrase outcome() {
        Outcome o = result.outcome();
        if (o instanceof Outcome.Primary p) {
            Phrase name = typeName(p.type());
            String share = t.percent(result.type(p.type()).map(TypeResult::share).orElse(0.0));
            Optional<TypeResult> second = result.types().stream().filter(x -> !x.id().equals(p.type())).findFirst();
            return second.map(s -> phrase("report.outcome.primary" + provisional(), name, share, t.points(p.lead()), marked(s.name())))
                    .orElse(phrase("report.outcome.only" + provisional(), name, share));
        }
        if (o instanceof Outcome.Mixed x) {
            return phrase("report.outcome.mixed" + provisional(), typeName(x.first()), typeName(x.second()), t.points(x.lead()),
                    t.points(x.mixedMargin()));
        }
        if (o instanceof Outcome.None) return phrase("report.outcome.none", result.strategy().id());
        Outcome.Insufficient i = (Outcome.Insufficient) o;
        return phrase("report.outcome.insufficient", t.count(i.answered()), t.count(result.coverage().scorable()), t.count(i.needed()));
    }

    /**
     * {@return that the type is named by a lead just above the margin, and who comes second
     * ({@link CloseCall}); empty for a clear lead, a mix, no type and stages}
     */
    public Optional<Phrase> closeNote() {
        return CloseCall.of(result, questionnaire).map(c -> c.atMargin()
                ? phrase("report.outcome.close.at", t.points(c.margin()), marked(c.runnerUp().name()))
                : phrase("report.outcome.close", t.points(c.margin()), marked(c.runnerUp().name()), t.points(c.above())));
    }

    /**
     * {@return the types of a mixed result close behind its first two: less than the margin behind
     * the first, as the second is ({@link CloseBehind}); empty where there are none, for a type, no
     * type and stages}
     */
    public Optional<Phrase> behindNote() {
        return CloseBehind.of(result).map(b -> {
            if (b.others().size() == 1) {
                TypeResult other = b.others().get(0);
                return phrase("report.outcome.mixed.behind", marked(other.name()), t.percent(other.share()), t.points(b.behindSecond(other)),
                        marked(b.second().name()), t.points(b.margin()), marked(b.first().name()));
            }
            List<Phrase> items = b.others().stream()
                    .map(o -> phrase("report.outcome.mixed.behind.item", marked(o.name()), t.percent(o.share()))).toList();
            Phrase joined = Phrase.join(" ", List.of(Phrase.join(", ", items.subList(0, items.size() - 1)),
                    Phrase.ofText(t.get("report.outcome.mixed.behind.and")), items.get(items.size() - 1)));
            return phrase("report.outcome.mixed.behind.several", joined, t.points(b.margin()), marked(b.first().name()), b.between());
        });
    }

    /**
     * {@return why a type (or two) is named provisionally: how many scorable questions are open or
     * answered "weiß nicht" ({@link de.typwerk.engine.result.Coverage#provisional()}); empty for a
     * type named on enough answers, and where no type is named}
     */
    public Optional<String> provisionalNote() {
        if (provisional().isEmpty()) return Optional.empty();
        var c = result.coverage();
        return Optional.of(t.get("report.outcome.provisional", c.scorable() - c.answeredScorable(), t.count(c.scorable())));
    }

    /** The suffix of the outcome's labels for a type named on many open answers, else empty. */
    private String provisional() {
        boolean named = result.outcome() instanceof Outcome.Primary || result.outcome() instanceof Outcome.Mixed;
        return named && result.coverage().provisional() ? ".provisional" : "";
    }

    /**
     * {@return the mottos of the types the outcome names, as the headline's subline: of two (mixed)
     * each with its type's name, which their order alone did not tell}
     */
    public List<Phrase> mottos() {
        List<TypeDefinition> with = focus().stream().filter(type -> type.motto().isPresent()).toList();
        return with.stream().map(type -> with.size() > 1
                ? phrase("report.motto.of", marked(type.name()), termed(type.motto().orElseThrow()))
                : phrase("report.motto", termed(type.motto().orElseThrow()))).toList();
    }

    /** {@return a note on how far the shares can be trusted: empty unless too few answers or no type fits} */
    public Optional<String> sharesNote() {
        if (result.outcome() instanceof Outcome.Insufficient) return Optional.of(t.get("report.types.unreliable"));
        if (result.outcome() instanceof Outcome.None) return Optional.of(t("report.types.none"));
        return Optional.empty();
    }

    /** {@return what the number beside each reason is: the answer's contribution, as the strategy measures it} */
    public String reasonsLegend() {
        return t("report.reasons.legend", result.strategy().id());
    }

    /** {@return what the table's two numbers are: the share, and the score as the strategy measures it} */
    public String typesLegend() {
        return t(ScoreScale.legendKey(result.strategy().id()), result.strategy().id());
    }

    /**
     * A type's row of the shares table.
     *
     * @param name  the type's name
     * @param share its share in percent
     * @param score its score
     * @param rank  its rank
     * @param focus whether the outcome names it
     */
    public record TypeRow(String name, String share, String score, String rank, boolean focus) {
    }

    /** {@return every type with its share, score and rank, in rank order} */
    public List<TypeRow> types() {
        Set<String> focus = focusIds();
        return result.types().stream().map(type -> new TypeRow(text(type.name()), t.percent(type.share()),
                t.decimal(type.score(), 3), t.count(type.rank()), focus.contains(type.id()))).toList();
    }

    /** {@return the shares as a bar chart, the types in rank order, those the outcome names darker (and, by the stylesheet, their labels bold)} */
    public BarChart sharesChart() {
        Set<String> focus = focusIds();
        List<BarChart.Input> bars = result.types().stream().map(type -> new BarChart.Input(text(type.name()), null, type.share(),
                t.percent(type.share()), focus.contains(type.id()) ? "tw-bar tw-bar-focus" : "tw-bar",
                focus.contains(type.id()) ? FOCUS : BAR)).toList();
        Phrase desc = sentence(result.types().stream().map(type -> Phrase.join("", List.of(marked(type.name()),
                Phrase.ofText(": " + t.percent(type.share()))))).toList());
        return BarChart.of("tw-shares", t("report.types.chart"), desc, textLang(), bars, List.of(), List.of());
    }

    /**
     * The profile of a type the outcome names.
     *
     * @param heading its heading
     * @param summary the type's summary, if it has one
     * @param topics  its profile topics in the questionnaire's order
     */
    public record Profile(Phrase heading, Optional<String> summary, List<Topic> topics) {
    }

    /**
     * A profile topic and what the type's profile says on it.
     *
     * @param title the topic
     * @param text  the text
     */
    public record Topic(String title, String text) {
    }

    /** {@return the profiles of the type the outcome names (both, for a mixed result) that the definition tells anything of; empty without the questionnaire} */
    public List<Profile> profiles() {
        List<Profile> profiles = new ArrayList<>();
        for (TypeDefinition type : focus()) {
            Map<String, LocalizedText> rest = new LinkedHashMap<>(type.profile());
            List<Topic> topics = new ArrayList<>();
            for (ProfileTopic topic : questionnaire.map(Questionnaire::profileTopics).orElse(List.of())) {
                LocalizedText answer = rest.remove(topic.id());
                if (answer != null) topics.add(new Topic(text(topic.title()), text(answer)));
            }
            rest.forEach((topic, answer) -> topics.add(new Topic(topic, text(answer))));
            // a type the definition tells nothing of gets no heading with nothing beneath it
            if (type.summary().isEmpty() && topics.isEmpty()) continue;
            profiles.add(new Profile(phrase("report.profile", marked(type.name())), type.summary().map(this::text), List.copyOf(topics)));
        }
        return profiles;
    }

    /**
     * The answers that weighed most for a type.
     *
     * @param heading the section's heading
     * @param answers the answers, the weightiest first
     */
    public record Reasons(Phrase heading, List<Answer> answers) {
    }

    /**
     * An answer that weighed: the question, the answer given, what it contributed.
     *
     * @param question the question's text
     * @param answer   the answer given and its contribution, with its sign, in a sentence; for
     *                 several picks, the contribution alone, the picks below it
     * @param picks    the picks of a multiple-choice answer of two picks or more, each in an item of
     *                 its own so that each keeps its capital ({@link Picks}); else empty
     */
    public record Answer(String question, Phrase answer, List<Phrase> picks) {
    }

    /** {@return for each type the result explains, the answers that weighed most} */
    public List<Reasons> reasons() {
        List<Reasons> all = new ArrayList<>();
        for (TypeReasons reasons : result.reasons()) {
            List<Answer> answers = new ArrayList<>();
            for (Reason r : reasons.answers()) {
                String c = t.decimal(r.contribution(), 3);
                String signed = r.contribution() >= 0 && !c.startsWith("-") ? "+" + c : c;
                String of = r.answer().in(t.lang()).isPresent() ? null : fallback;
                List<Phrase> picks = Picks.of(questionnaire, r.question(), text(r.answer()), this::text).stream()
                        .map(pick -> GermanTerms.marked(pick, of, t.lang())).toList();
                List<SoFar.Place> places = Ranks.of(questionnaire, r.question(), text(r.answer()), this::text);
                if (!places.isEmpty()) {
                    // a ranking place by place, each with the type it counts for: its places may count for other types
                    List<Phrase> ranked = new ArrayList<>();
                    for (SoFar.Place place : places) {
                        String option = text(place.option().text());
                        ranked.add(GermanTerms.marked((ranked.size() + 1) + ". " + place.countsFor()
                                .map(type -> t.get(Stages.key("report.sofar.counts-for", result.strategy().id(), text(type.name()),
                                        t.get("report.stage.word")), option, text(type.name())))
                                .orElse(option), of, t.lang()));
                    }
                    answers.add(new Answer(reasonQuestion(r), phrase("report.reasons.ranking", signed), List.copyOf(ranked)));
                    continue;
                }
                answers.add(picks.isEmpty()
                        ? new Answer(reasonQuestion(r), phrase("report.reasons.answer", termed(r.answer()), signed), List.of())
                        : new Answer(reasonQuestion(r), phrase("report.reasons.picks", signed), picks));
            }
            all.add(new Reasons(phrase("report.reasons", marked(reasons.name())), List.copyOf(answers)));
        }
        return all;
    }

    /**
     * A dimension's row of the profile table.
     *
     * @param name    the dimension
     * @param value   its value, 0 to 1
     * @param answers how many answers it rests on
     * @param poles   what 0 and 1 mean, if the definition says
     * @param thin    whether it rests on too few answers
     */
    public record DimensionRow(String name, String value, String answers, Optional<Phrase> poles, boolean thin, Optional<Phrase> stage) {
    }

    /**
     * {@return the dimension profile, in the definition's order; for a maturity model, each
     * criterion with the stage its value means ({@link Stages#standing})}
     */
    public List<DimensionRow> dimensions() {
        return result.dimensions().stream().map(d -> new DimensionRow(text(d.name()), t.decimal(d.value(), 2),
                d.answers() == 1 ? t.get("report.dimensions.one-answer") : t.get("report.dimensions.answers", t.count(d.answers())),
                poles(d), d.thin(), standing(d))).toList();
    }

    /** {@return whether the dimensions are criteria of a maturity model, whose stage the profile table shows} */
    public boolean dimensionStages() {
        return result.dimensions().stream().anyMatch(d -> standing(d).isPresent());
    }

    private Optional<Phrase> standing(DimensionResult d) {
        return Stages.standing(result.strategy().id(), questionnaire, d.value()).map(s -> s.upper()
                .map(upper -> phrase("report.dimensions.standing.between", marked(s.lower().name()), marked(upper.name())))
                .orElseGet(() -> marked(s.lower().name())));
    }

    private Optional<Phrase> poles(DimensionResult d) {
        if (d.low().isEmpty() && d.high().isEmpty()) return Optional.empty();
        return Optional.of(phrase("report.dimensions.poles", d.low().<Object>map(this::termed).orElse("0"), d.high().<Object>map(this::termed).orElse("1")));
    }

    /**
     * {@return the dimension profile as a bar chart on a scale from 0 to 1; dimensions on few answers
     * lighter and said so after their label, since a lighter bar alone would say it by colour only}
     */
    public BarChart dimensionsChart() {
        List<BarChart.Input> bars = result.dimensions().stream().map(d -> new BarChart.Input(
                text(d.name()), d.thin() ? t.get("report.dimensions.thin") : null, d.value(),
                t.decimal(d.value(), 2), d.thin() ? "tw-bar tw-bar-thin" : "tw-bar", d.thin() ? THIN : BAR)).toList();
        Phrase desc = sentence(result.dimensions().stream().map(d -> Phrase.join("", List.of(marked(d.name()), Phrase.ofText(": "
                + t.decimal(d.value(), 2) + (d.thin() ? " " + t.get("report.dimensions.thin") : ""))))).toList());
        return BarChart.of("tw-dimensions", t.get("report.dimensions.chart"), desc, textLang(), bars,
                List.of(new double[] {0}, new double[] {0.5}, new double[] {1}),
                List.of(t.decimal(0, 0), t.decimal(0.5, 1), t.decimal(1, 0)));
    }

    /** {@return whether the result has dimensions to show} */
    public boolean hasDimensions() {
        return !result.dimensions().isEmpty();
    }

    /** {@return how many scorable questions were answered and what missing answers count as} */
    public String coverage() {
        Coverage c = result.coverage();
        return t.get("report.coverage.answered", t.count(c.answeredScorable()), t.count(c.scorable()),
                t.get("report.coverage.missing." + c.missing().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * A question left unanswered.
     *
     * @param id    the question's id, which a page that can open the question ({@link #changeForm()}) asks for
     * @param text  its text, or its id said to be one where the questionnaire is not known
     * @param lang  the language of its text where it is not the report's ({@link #textLang()}), else {@code null}
     * @param known whether the questionnaire has the question, so that a page that can open it offers a button for it
     * @param focus whether its button takes the focus ({@code autofocus}): the question was just answered from this list and
     *              is still in it, or is the next one listed after the one that left it
     */
    public record Unanswered(String id, String text, String lang, boolean known, boolean focus) {
    }

    /** {@return the questions left unanswered, by their text where the questionnaire is known, else by their id, said to be one} */
    public List<Unanswered> unanswered() {
        List<String> ids = result.coverage().unanswered();
        String focus = unansweredFocus();
        return ids.stream().map(id -> questionText(id).map(q -> new Unanswered(id, q, textLang(), true, id.equals(focus)))
                .orElseGet(() -> new Unanswered(id, t.get("report.coverage.unanswered.id", id), null, false, false))).toList();
    }

    /**
     * {@return where the focus goes back to after a question opened from the list of questions without an answer that counts
     * was answered there: the id of that question where it is still listed (answered "weiß nicht" again), else of the next one
     * listed; {@code ""} for the sentence that introduces the list where it goes on but none follows, {@link #TO_COVERAGE} for the
     * part's heading where the list is gone; {@code null} where no question was answered from the list}
     */
    private String unansweredFocus() {
        if (!changedWasOpen || questionnaire.isEmpty()) return null;
        List<String> listed = result.coverage().unanswered();
        if (listed.isEmpty()) return TO_COVERAGE;
        List<String> order = questionnaire.get().questions().stream().map(Question::id).toList();
        int at = order.indexOf(changed);
        return listed.stream().filter(id -> order.indexOf(id) >= at).findFirst().orElse("");
    }

    /** {@return whether the sentence that introduces the questions without an answer that counts takes the focus (see {@link #unanswered()})} */
    public boolean unansweredIntroFocus() {
        return "".equals(unansweredFocus());
    }

    /**
     * {@return whether the heading of the part on how many questions were answered takes the focus: the last question without an
     * answer that counts was just answered from the report, and the list is gone}
     */
    public boolean coverageFocus() {
        return TO_COVERAGE.equals(unansweredFocus());
    }

    /** {@return the dimensions resting on few answers, in a sentence; empty when none} */
    public Optional<Phrase> thin() {
        Coverage c = result.coverage();
        if (c.thinDimensions().isEmpty()) return Optional.empty();
        List<Phrase> names = c.thinDimensions().stream().map(this::dimensionName).toList();
        // the names in one part when they are whole in one language (a questionnaire has one default)
        boolean whole = names.stream().allMatch(n -> n.parts().size() == 1 && n.parts().get(0).lang() != null);
        Phrase joined = whole ? new Phrase(List.of(new Phrase.Part(names.stream().map(Phrase::plain).collect(Collectors.joining(", ")),
                names.get(0).parts().get(0).lang()))) : Phrase.join(", ", names);
        return Optional.of(phrase("report.coverage.thin", joined, t.count(c.minAnswersPerDimension())));
    }

    /**
     * Why the thin dimensions rest on few answers ({@link Weightless}): how many answers to their
     * questions count for no type, and, where the answers are at hand, which. Most questions bear on
     * several dimensions, so a municipality that answered "Keine" throughout has the same dozen answers
     * on each thin dimension: they are listed once, each with the thin dimensions it bears on where
     * that is not all of them, in a disclosure ({@code <details>}) that a phone and a screen reader
     * pass in one step and open in one (and a print opens, report.css).
     *
     * @param why     one thin dimension: the sentence that names it and how many of its answers carry
     *                no weights; several: the sentence that introduces {@code counts}
     * @param counts  with several thin dimensions, one entry each: the dimension and how many; else empty
     * @param summary what the disclosure of the answers says while closed ("Welche Antworten das sind (13)");
     *                empty where only their number is known
     * @param answers the answers, each once, in questionnaire order; empty where only their number is known
     * @param onAll   where some answers name the thin dimensions they bear on, the sentence that says that the others
     *                bear on all of them; else empty
     * @param open    whether the disclosure is open: where an answer was just changed from it ({@link #changeForm()})
     * @param focus   where it is open, the id of the question whose button takes the focus (the one changed, or the next
     *                one listed where the new answer left the list), or {@code ""} for the disclosure's summary; else {@code ""}
     */
    public record WeightlessView(Phrase why, List<Phrase> counts, Phrase summary, List<WeightlessAnswer> answers, Phrase onAll,
                                 boolean open, String focus) {
    }

    /**
     * An answer that counts for no type, as the report lists it.
     *
     * @param id       the question's id, which a page that can open the question ({@link #changeForm()}) asks for
     * @param question the question, in the questionnaire's texts ({@link #textLang()})
     * @param answer   "Antwort: …", the options picked marked with their language where it is not the page's
     * @param on       where several dimensions are thin and the answer bears on some of them only, which
     *                 ("zu „…“, „…“"); else empty
     */
    public record WeightlessAnswer(String id, String question, Phrase answer, Phrase on) {
    }

    /**
     * {@return why the thin dimensions whose questions got answers without weights rest on few
     * answers, with those answers where they are at hand; empty when there are none}
     */
    public Optional<WeightlessView> weightless() {
        List<Weightless> all = Weightless.of(result, questionnaire, answers);
        if (all.isEmpty()) return Optional.empty();
        boolean listed = all.get(0).listed();
        String key = "report.coverage.weightless";
        Phrase why;
        List<Phrase> counts = List.of();
        if (all.size() == 1) {
            Weightless w = all.get(0);
            why = w.count() == 1 ? phrase(key + ".one", marked(w.dimension().name()))
                    : phrase(key, marked(w.dimension().name()), t.count(w.count()));
        } else {
            why = phrase("report.coverage.weightless.several");
            counts = all.stream().map(w -> w.count() == 1 ? phrase("report.coverage.weightless.several.one", marked(w.dimension().name()))
                    : phrase("report.coverage.weightless.several.count", marked(w.dimension().name()), t.count(w.count()))).toList();
        }
        if (!listed) return Optional.of(new WeightlessView(why, counts, Phrase.ofText(""), List.of(), Phrase.ofText(""), false, ""));
        // each answer once, in questionnaire order, with the thin dimensions it bears on
        List<WeightlessAnswer> rows = new ArrayList<>();
        for (Weightless.Once once : Weightless.once(all, questionnaire.orElseThrow())) {
            Weightless.Given g = once.given();
            Phrase picked = Phrase.join("; ", g.options().stream().map(o -> termed(o.text())).toList());
            Phrase where = !once.onSome(all) ? Phrase.ofText("") : phrase("report.coverage.weightless.on", Phrase.join(", ",
                    once.on().stream().map(d -> phrase("report.coverage.weightless.dimension", marked(d.name()))).toList()));
            rows.add(new WeightlessAnswer(g.question().id(), text(g.question().text()), phrase("report.coverage.weightless.answer", picked), where));
        }
        Phrase summary = rows.size() == 1 ? phrase("report.coverage.weightless.summary.one")
                : phrase("report.coverage.weightless.summary", t.count(rows.size()));
        Phrase onAll = rows.stream().anyMatch(a -> !a.on().isEmpty()) ? phrase("report.coverage.weightless.all") : Phrase.ofText("");
        // after a change from the list: open, the focus on the answer changed or, where it left the list, on the next one listed
        String focus = "";
        if (changed != null && !changedWasOpen) {
            List<String> order = questionnaire.orElseThrow().questions().stream().map(Question::id).toList();
            int at = order.indexOf(changed);
            focus = rows.stream().map(WeightlessAnswer::id).filter(id -> order.indexOf(id) >= at).findFirst().orElse("");
        }
        return Optional.of(new WeightlessView(why, counts, summary, List.copyOf(rows), onAll, changed != null && !changedWasOpen, focus));
    }

    /**
     * {@return the id of the form of the page that shows the report and can open one of its questions to change the answer
     * (the web self-test's report page: each answer that counts for no type a button of that form, {@code go=ask:} and the
     * question's id), or {@code null} where nothing can be changed (a report file)}
     */
    public String changeForm() {
        return changeForm;
    }

    /** {@return whether every scorable question is answered and no dimension is thin} */
    public boolean complete() {
        return result.coverage().unanswered().isEmpty() && result.coverage().thinDimensions().isEmpty();
    }

    /**
     * The recommendations for a type: its strengths, and for each weak spot whom to learn from.
     *
     * @param heading   the section's heading
     * @param strengths what the type does well
     * @param lessons   its weak spots
     * @param noneShown whether the type has weak spots but the answers confirm none of them, which
     *                  the report says in place of the weak spots
     */
    public record Advice(Phrase heading, List<String> strengths, List<Learning> lessons, boolean noneShown) {
    }

    /**
     * A weak spot and whom to learn from for it.
     *
     * @param weakness the weak spot
     * @param from     one entry per type to learn from, with what to learn
     */
    public record Learning(String weakness, List<Teacher> from) {
    }

    /**
     * A type to learn from: the sentence naming it (with what to learn when that is one strength),
     * and its strengths as a list when there are several, so that each keeps its own capital letter.
     *
     * @param text      "learn from the type X", with the one strength to learn after a colon
     * @param strengths the strengths to learn, when there are two or more; else empty
     */
    public record Teacher(Phrase text, List<String> strengths) {
    }

    /** {@return the recommendations, one per type the outcome names that has strengths or something to learn} */
    public List<Advice> recommendations() {
        List<Advice> all = new ArrayList<>();
        for (Recommendation r : result.recommendations()) {
            List<String> strengths = r.strengths().stream().map(s -> text(s.text())).toList();
            List<Learning> lessons = new ArrayList<>();
            for (Lesson lesson : r.learnFrom()) {
                List<Teacher> from = new ArrayList<>();
                for (RoleModel model : lesson.from()) {
                    List<String> what = model.strengths().stream().map(Strength::text).map(this::text).toList();
                    Phrase name = marked(model.name());
                    if (what.isEmpty()) from.add(new Teacher(phraseNaming("report.learn-from", model.name(), name), List.of()));
                    else if (what.size() == 1) {
                        Phrase strength = termed(model.strengths().get(0).text());
                        from.add(new Teacher(phraseNaming("report.learn-from-for", model.name(), name, strength), List.of()));
                    } else from.add(new Teacher(phraseNaming("report.learn-from-list", model.name(), name), what));
                }
                lessons.add(new Learning(text(lesson.reason()), List.copyOf(from)));
            }
            if (strengths.isEmpty() && lessons.isEmpty()) continue;
            // the type has weak spots, but the answers confirm none: said, so that the missing
            // "whom to learn from" does not read as a part left out
            boolean noneShown = lessons.isEmpty()
                    && questionnaire.flatMap(q -> q.type(r.type())).map(t -> !t.weaknesses().isEmpty()).orElse(false);
            all.add(new Advice(phraseNaming("report.recommendations", r.name(), marked(r.name())), strengths, List.copyOf(lessons), noneShown));
        }
        return all;
    }

    /**
     * A part of the report below its outcome, as the list of the report's parts under the outcome links it.
     *
     * @param id      the id of the part's heading, the link's target
     * @param heading the part's heading, the link's text
     */
    public record Part(String id, Phrase heading) {
    }

    /**
     * {@return every part of the report below the outcome, under its heading, in the order they follow
     * (what the answers already tell and what is missing, the types, each profile, each type's reasons,
     * the dimensions, the coverage, each type's recommendations): the list under the outcome that leads
     * to why and to whom to learn from without scrolling through the profile, as the template shows them}
     */
    public List<Part> contents() {
        List<Part> parts = new ArrayList<>();
        soFar().ifPresent(s -> {
            if (!s.rankings().isEmpty() || !s.notKept().isEmpty()) parts.add(new Part("tw-sofar-heading", Phrase.ofText(t("report.sofar"))));
            if (s.missing().isPresent()) parts.add(new Part("tw-missing-heading", Phrase.ofText(t("report.sofar.missing"))));
        });
        parts.add(new Part("tw-types-heading", Phrase.ofText(t("report.types"))));
        List<Profile> profiles = profiles();
        for (int i = 0; i < profiles.size(); i++) parts.add(new Part("tw-profile-heading-" + (i + 1), profiles.get(i).heading()));
        List<Reasons> reasons = reasons();
        for (int i = 0; i < reasons.size(); i++) parts.add(new Part("tw-reasons-heading-" + (i + 1), reasons.get(i).heading()));
        if (hasDimensions()) parts.add(new Part("tw-dimensions-heading", Phrase.ofText(t("report.dimensions"))));
        parts.add(new Part("tw-coverage-heading", Phrase.ofText(t("report.coverage"))));
        List<Advice> advice = recommendations();
        for (int i = 0; i < advice.size(); i++) parts.add(new Part("tw-advice-heading-" + (i + 1), advice.get(i).heading()));
        return parts;
    }

    /** {@return the questionnaire's source (the study it rests on), if known} */
    public Optional<String> source() {
        return questionnaire.flatMap(Questionnaire::source).map(this::text);
    }

    private List<TypeDefinition> focus() {
        if (questionnaire.isEmpty()) return List.of();
        return focusIds().stream().map(questionnaire.get()::type).flatMap(Optional::stream).toList();
    }

    private Set<String> focusIds() {
        Outcome o = result.outcome();
        if (o instanceof Outcome.Primary p) return Set.of(p.type());
        if (o instanceof Outcome.Mixed x) return new java.util.LinkedHashSet<>(List.of(x.first(), x.second()));
        return Set.of();
    }

    private Phrase typeName(String id) {
        return result.type(id).map(type -> marked(type.name())).orElse(Phrase.ofText(id));
    }

    private Phrase dimensionName(String id) {
        return result.dimensions().stream().filter(d -> d.id().equals(id)).findFirst().map(d -> marked(d.name()))
                .orElse(Phrase.ofText(id));
    }

    /** A reason's question as read back beside its answer ({@link SoFar#asked}: a ranking without its instructions). */
    private String reasonQuestion(Reason r) {
        return SoFar.asked(r.question(), text(r.questionText()), questionnaire);
    }

    private Optional<String> questionText(String id) {
        return questionnaire.flatMap(q -> q.question(id)).map(Question::text).map(this::text);
    }

    private String text(LocalizedText text) {
        return text.get(t.lang(), fallback);
    }

    /**
     * A name of the definition (of a type, a dimension, the questionnaire) as a part of the report's
     * sentences, with its language where it is not the report's, and its German terms marked as German
     * where it is in another language, as in every other text of the definition ({@link #termed}).
     */
    private Phrase marked(LocalizedText text) {
        return termed(text);
    }

    /**
     * A text of the definition as a part of the report's sentences, with its language where it is
     * not the report's, and the German terms of a text in another language marked as German
     * ({@link GermanTerms}).
     */
    private Phrase termed(LocalizedText text) {
        return GermanTerms.marked(text(text), text.in(t.lang()).isPresent() ? null : fallback, t.lang());
    }

    /**
     * A chart's description: its items in one sentence, the names in it marked with their language where
     * it is not the report's, as everywhere else they stand (WCAG 3.1.2).
     */
    private static Phrase sentence(List<Phrase> items) {
        return Phrase.join("", List.of(Phrase.join("; ", items), Phrase.ofText(".")));
    }

    private Phrase phrase(String key, Object... args) {
        return Phrase.of(t, Stages.key(key, result.strategy().id()), args);
    }

    /** {@link #phrase} for a text that names type or stage {@code name}: not "die Stufe „Stufe 3: …“" ({@link Stages}). */
    private Phrase phraseNaming(String key, LocalizedText name, Object... args) {
        return Phrase.of(t, Stages.key(key, result.strategy().id(), text(name), t.get("report.stage.word")), args);
    }
}
