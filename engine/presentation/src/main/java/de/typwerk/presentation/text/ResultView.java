package de.typwerk.presentation.text;

import de.typwerk.applications.cohort.Cohort;
import de.typwerk.presentation.CloseBehind;
import de.typwerk.presentation.CloseCall;
import de.typwerk.presentation.Picks;
import de.typwerk.presentation.Ranks;
import de.typwerk.presentation.ScoreScale;
import de.typwerk.presentation.SoFar;
import de.typwerk.presentation.Stages;
import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Weightless;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.ResolvedBase;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.ProfileTopic;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Strength;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Lesson;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Reason;
import de.typwerk.engine.result.Recommendation;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.RoleModel;
import de.typwerk.engine.result.TypeReasons;
import de.typwerk.engine.result.TypeResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A result as {@code typwerk score} (and {@code typwerk take} at its end) prints it: who and what,
 * the outcome in one sentence, the types as bars, the profile of the primary type (of both for a
 * mixed result), the answers that weighed most, the dimensions, the coverage, and the
 * recommendations. Texts of the questionnaire in the chosen language, falling back to its default
 * language; numbers formatted the same on every machine.
 */
public final class ResultView {

    /** Width of a type's bar, in characters: one character is 1/30 of a share. */
    static final int TYPE_BAR = 30;
    static final int DIMENSION_BAR = 20;
    private static final char FULL = '█';
    private static final char EMPTY = '░';

    private final Result result;
    private final Optional<Questionnaire> questionnaire;
    private final Map<String, Answer> answers;
    private final Texts m;
    private final String lang;

    /**
     * A result as text, without the answers.
     *
     * @param result        the result
     * @param questionnaire the definition the result belongs to, for what the result does not
     *                      carry (motto, profile, question order); without it those parts are left out
     * @param messages      the texts, in the report's language
     */
    public ResultView(Result result, Optional<Questionnaire> questionnaire, Texts messages) {
        this(result, questionnaire, Map.of(), messages);
    }

    /**
     * @param questionnaire the definition the result belongs to (see {@link #ResultView(Result, Optional, Texts)})
     * @param answers       the answers scored, by question id: a result with too few answers for a
     *                      type shows what they already tell ({@link SoFar})
     * @param result        the result
     * @param messages      the texts, in the report's language
     */
    public ResultView(Result result, Optional<Questionnaire> questionnaire, Map<String, Answer> answers, Texts messages) {
        this.result = result;
        this.questionnaire = questionnaire;
        this.answers = Map.copyOf(answers);
        this.m = messages;
        this.lang = messages.language().tag();
    }

    /** {@return the result as text, its lines ended with a line feed} */
    public String render() {
        Page page = new Page();
        head(page);
        page.blank().paragraph(0, outcome());
        SoFar.of(result, questionnaire, answers).ifPresent(soFar -> soFar(page, soFar));
        types(page);
        for (TypeDefinition type : focus()) profile(page, type);
        for (TypeReasons reasons : result.reasons()) reasons(page, reasons);
        dimensions(page);
        coverage(page);
        if (!result.recommendations().isEmpty()) page.blank().paragraph(0, say("report.team"));
        for (Recommendation recommendation : result.recommendations()) recommendation(page, recommendation);
        questionnaire.flatMap(Questionnaire::source).ifPresent(source -> {
            page.blank().heading(say("report.source"), '-');
            page.paragraph(0, text(source));
        });
        return page.toString();
    }

    private void head(Page page) {
        page.heading(say("report.title", text(result.questionnaire().title())), '=');
        page.paragraph(0, say("report.head", result.questionnaire().id(), result.questionnaire().version(),
                result.strategy().id(), result.strategy().version()));
        if (!result.questionnaire().bases().isEmpty()) {
            // for the municipality reading it: which questionnaire, in words; the version range the
            // variant allows is for its authors (typwerk show)
            ResolvedBase base = result.questionnaire().bases().get(0);
            page.paragraph(0, say("report.variant", base.id() + " " + base.version()));
        }
        respondent(result.respondent()).ifPresent(r -> page.paragraph(0, say("report.respondent", r)));
        // counted as the outcome and the coverage count: "don't know" is no answer there, so it is none here
        var c = result.coverage();
        page.paragraph(0, c.scorable() > 0 ? say("report.answered.scorable", count(c.answeredScorable()), count(c.scorable()), count(result.total()),
                result.total() - c.scorable())
                : say("report.answered", count(result.answered()), count(result.total())));
    }

    /** Name, AGS, the kind of municipality in words of the report's language (an id it has no words for as it is), state. */
    private Optional<String> respondent(Respondent r) {
        List<String> parts = new ArrayList<>();
        r.name().ifPresent(parts::add);
        r.ags().ifPresent(ags -> parts.add("AGS " + ags));
        r.kind().map(kind -> Cohort.KNOWN_KINDS.contains(kind) ? say("report.kind." + kind) : kind).ifPresent(parts::add);
        r.state().ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
    }

    /**
     * The outcome in one sentence; a type named on many open or "weiß nicht" answers is called
     * provisional in its first words and told why ({@link de.typwerk.engine.result.Coverage#provisional()}).
     */
    String outcome() {
        Outcome outcome = result.outcome();
        var c = result.coverage();
        String provisional = c.provisional() ? ".provisional" : "";
        String why = c.provisional()
                ? " " + say("report.outcome.provisional", c.scorable() - c.answeredScorable(), count(c.scorable()))
                : "";
        if (outcome instanceof Outcome.Primary p) {
            Optional<TypeResult> second = result.types().size() > 1 ? Optional.of(result.types().get(1)) : Optional.empty();
            String name = typeName(p.type());
            String share = percent(result.type(p.type()).map(TypeResult::share).orElse(0.0));
            return second.map(s -> say("report.outcome.primary" + provisional, name, share, points(p.lead()), text(s.name())))
                    .orElse(say("report.outcome.only" + provisional, name, share)) + close() + why;
        }
        if (outcome instanceof Outcome.Mixed x) {
            return say("report.outcome.mixed" + provisional, typeName(x.first()), typeName(x.second()), points(x.lead()),
                    points(x.mixedMargin())) + behind() + why;
        }
        if (outcome instanceof Outcome.None) return say("report.outcome.none", result.strategy().id());
        Outcome.Insufficient i = (Outcome.Insufficient) outcome;
        return say("report.outcome.insufficient", count(i.answered()), count(result.coverage().scorable()), count(i.needed()));
    }

    /**
     * A mixed result whose third type (or third and fourth) is less than the margin behind the
     * first too ({@link CloseBehind}): a sentence naming each, else nothing.
     */
    private String behind() {
        return CloseBehind.of(result).map(b -> {
            if (b.others().size() == 1) {
                TypeResult other = b.others().get(0);
                return " " + say("report.outcome.mixed.behind", text(other.name()), percent(other.share()), points(b.behindSecond(other)),
                        text(b.second().name()), points(b.margin()), text(b.first().name()));
            }
            List<String> items = b.others().stream()
                    .map(o -> say("report.outcome.mixed.behind.item", text(o.name()), percent(o.share()))).toList();
            String joined = String.join(", ", items.subList(0, items.size() - 1)) + " " + say("report.outcome.mixed.behind.and") + " "
                    + items.get(items.size() - 1);
            return " " + say("report.outcome.mixed.behind.several", joined, points(b.margin()), text(b.first().name()), b.between());
        }).orElse("");
    }

    /** A type named by a lead just above the margin ({@link CloseCall}): a sentence saying so, else nothing. */
    private String close() {
        return CloseCall.of(result, questionnaire).map(c -> " " + (c.atMargin()
                ? say("report.outcome.close.at", points(c.margin()), text(c.runnerUp().name()))
                : say("report.outcome.close", points(c.margin()), text(c.runnerUp().name()), points(c.above())))).orElse("");
    }

    /**
     * Too few answers for a type: what the answers already tell (each ranking as given, with the
     * type each place counts for), and which open questions to answer first, no type named.
     */
    private void soFar(Page page, SoFar soFar) {
        if (!soFar.ranked().isEmpty()) {
            page.blank().heading(say("report.sofar"), '-');
            for (SoFar.Ranked r : soFar.ranked()) {
                page.paragraph(0, say("report.sofar.ranking", SoFar.quoted(text(r.question().text()))));
                int n = 0;
                for (SoFar.Place place : r.places()) {
                    String label = (++n) + ". ";
                    String option = text(place.option().text());
                    page.hanging(2, label, place.countsFor()
                            .map(t -> sayNaming("report.sofar.counts-for", text(t.name()), option, text(t.name()))).orElse(option));
                }
            }
            page.paragraph(0, say("report.sofar.no-type"));
        } else if (!soFar.notKept().isEmpty()) {
            // a result read from a file keeps no answers: where the order is, rather than nothing
            page.blank().heading(say("report.sofar"), '-');
            for (Question q : soFar.notKept()) page.paragraph(0, say("report.sofar.not-kept", SoFar.quoted(text(q.text()))));
        }
        if (soFar.suggested().isEmpty()) return;
        page.blank().heading(say("report.sofar.missing"), '-');
        page.paragraph(0, say("report.sofar.missing.count", soFar.missing()));
        for (Question q : soFar.suggested()) page.hanging(2, "- ", text(q.text()) + " [" + q.id() + "]");
    }

    private void types(Page page) {
        page.blank().heading(say("report.types"), '-');
        if (result.outcome() instanceof Outcome.Insufficient) page.paragraph(0, say("report.types.unreliable"));
        if (result.outcome() instanceof Outcome.None) page.paragraph(0, say("report.types.none"));
        int width = result.types().stream().mapToInt(t -> width(text(t.name()))).max().orElse(0);
        for (TypeResult t : result.types()) {
            String name = text(t.name());
            page.line(2, name + " ".repeat(width - width(name)) + "  " + bar(t.share(), TYPE_BAR) + "  "
                    + pad(percent(t.share()), 7) + "  " + say("report.types.score", decimals(t.score(), 3)));
        }
        page.paragraph(0, say(ScoreScale.legendKey(result.strategy().id()), result.strategy().id()));
    }

    private void profile(Page page, TypeDefinition type) {
        page.blank().heading(say("report.profile", text(type.name())), '-');
        type.motto().ifPresent(motto -> page.paragraph(0, say("report.motto", text(motto))));
        type.summary().ifPresent(summary -> page.paragraph(0, text(summary)));
        Map<String, LocalizedText> rest = new LinkedHashMap<>(type.profile());
        for (ProfileTopic topic : questionnaire.map(Questionnaire::profileTopics).orElse(List.of())) {
            LocalizedText answer = rest.remove(topic.id());
            if (answer == null) continue;
            page.blank().line(0, text(topic.title()));
            page.paragraph(2, text(answer));
        }
        rest.forEach((topic, answer) -> page.blank().line(0, topic).paragraph(2, text(answer)));
    }

    private void reasons(Page page, TypeReasons reasons) {
        page.blank().heading(say("report.reasons", text(reasons.name())), '-');
        if (reasons.answers().isEmpty()) {
            page.paragraph(0, say("report.reasons.none"));
            return;
        }
        int n = 0;
        for (Reason r : reasons.answers()) {
            String label = (++n) + ". ";
            page.hanging(2, label, reasonQuestion(r));
            String answer = text(r.answer());
            List<String> picks = Picks.of(questionnaire, r.question(), answer, this::text);
            List<SoFar.Place> places = Ranks.of(questionnaire, r.question(), answer, this::text);
            if (!places.isEmpty()) {
                // a ranking place by place, each with the type it counts for: its places may count for other types
                page.hanging(2 + label.length(), "→ ", say("report.reasons.ranking", signed(r.contribution())));
                int k = 0;
                for (SoFar.Place place : places) {
                    String option = text(place.option().text());
                    page.hanging(4 + label.length(), (++k) + ". ", place.countsFor()
                            .map(t -> sayNaming("report.sofar.counts-for", text(t.name()), option, text(t.name()))).orElse(option));
                }
            } else if (picks.isEmpty()) {
                page.hanging(2 + label.length(), "→ ", say("report.reasons.answer", answer, signed(r.contribution())));
            } else {
                // several picks as a list, each keeping its capital (in one line "…; Digitale Plattform…" read as a typo)
                page.hanging(2 + label.length(), "→ ", say("report.reasons.picks", signed(r.contribution())));
                for (String pick : picks) page.hanging(4 + label.length(), "· ", pick);
            }
        }
        // what the numbers in brackets are, as the note under the types' bars says what share and score are
        page.paragraph(0, say("report.reasons.legend", result.strategy().id()));
    }

    private void dimensions(Page page) {
        if (result.dimensions().isEmpty()) return;
        page.blank().heading(say("report.dimensions"), '-');
        int width = result.dimensions().stream().mapToInt(d -> width(text(d.name()))).max().orElse(0);
        for (DimensionResult d : result.dimensions()) {
            String name = text(d.name());
            String answers = d.answers() == 1 ? say("report.dimensions.one-answer")
                    : say("report.dimensions.answers", count(d.answers()));
            page.line(2, name + " ".repeat(width - width(name)) + "  " + bar(d.value(), DIMENSION_BAR) + "  "
                    + decimals(d.value(), 2) + "  " + answers + (d.thin() ? " " + say("report.dimensions.thin") : ""));
            if (d.low().isPresent() || d.high().isPresent()) {
                String low = d.low().map(this::text).orElse("0");
                String high = d.high().map(this::text).orElse("1");
                page.paragraph(4, say("report.dimensions.poles", low, high));
            }
            // a criterion of a maturity model: which stage its value means (0,75 of five stages is stage 3)
            String value = decimals(d.value(), 2);
            Stages.standing(result.strategy().id(), questionnaire, d.value()).ifPresent(s -> page.paragraph(4, s.upper()
                    .map(upper -> say("report.dimensions.standing.between", value, text(s.lower().name()), text(upper.name())))
                    .orElseGet(() -> say("report.dimensions.standing", value, text(s.lower().name())))));
        }
    }

    private void coverage(Page page) {
        var c = result.coverage();
        page.blank().heading(say("report.coverage"), '-');
        page.paragraph(0, say("report.coverage.answered", count(c.answeredScorable()), count(c.scorable()),
                say("report.coverage.missing." + c.missing().name().toLowerCase(java.util.Locale.ROOT))));
        if (!c.unanswered().isEmpty()) {
            page.paragraph(0, say("report.coverage.unanswered"));
            for (String id : c.unanswered()) page.hanging(2, "- ", questionText(id).map(t -> t + " [" + id + "]").orElse(id));
        }
        if (!c.thinDimensions().isEmpty()) {
            String thin = c.thinDimensions().stream().map(this::dimensionName).collect(Collectors.joining(", "));
            page.paragraph(0, say("report.coverage.thin", thin, count(c.minAnswersPerDimension())));
            // why, where the answers are at hand: answers such as "Keine" count as given, yet for no dimension
            weightless(page);
        }
        if (c.unanswered().isEmpty() && c.thinDimensions().isEmpty()) page.paragraph(0, say("report.coverage.complete"));
    }

    /**
     * Why the thin dimensions rest on few answers ({@link Weightless}): with one, how many of its
     * answers count for no type and which; with several, how many each, then the answers once each
     * (most questions bear on several dimensions, so "Keine" throughout would list the same dozen
     * answers under every one), naming the dimensions beside an answer that bears on only some.
     */
    private void weightless(Page page) {
        List<Weightless> all = Weightless.of(result, questionnaire, answers);
        if (all.isEmpty()) return;
        boolean listed = all.get(0).listed();
        if (all.size() == 1) {
            Weightless w = all.get(0);
            String key = "report.coverage.weightless" + (listed ? "" : ".counted");
            page.paragraph(0, w.count() == 1 ? say(key + ".one", text(w.dimension().name()))
                    : say(key, text(w.dimension().name()), count(w.count())));
        } else {
            page.paragraph(0, say("report.coverage.weightless.several"));
            for (Weightless w : all) {
                page.hanging(2, "- ", w.count() == 1 ? say("report.coverage.weightless.several.one", text(w.dimension().name()))
                        : say("report.coverage.weightless.several.count", text(w.dimension().name()), count(w.count())));
            }
            if (listed) page.paragraph(0, say("report.coverage.weightless.which"));
        }
        if (!listed) return;
        List<Weightless.Once> once = Weightless.once(all, questionnaire.orElseThrow());
        for (Weightless.Once o : once) {
            Weightless.Given given = o.given();
            String picks = given.options().stream().map(opt -> text(opt.text())).collect(Collectors.joining("; "));
            String line = say("report.coverage.weightless.answer", text(given.question().text()), given.question().id(), picks);
            if (o.onSome(all)) {
                line += " " + say("report.coverage.weightless.on", o.on().stream()
                        .map(d -> say("report.coverage.weightless.dimension", text(d.name()))).collect(Collectors.joining(", ")));
            }
            page.hanging(2, "- ", line);
        }
        if (once.stream().anyMatch(o -> o.onSome(all))) page.paragraph(0, say("report.coverage.weightless.all"));
    }

    private void recommendation(Page page, Recommendation r) {
        page.blank().heading(sayNaming("report.recommendations", text(r.name()), text(r.name())), '-');
        if (!r.strengths().isEmpty()) {
            page.line(0, say("report.strengths"));
            for (Strength s : r.strengths()) page.hanging(2, "+ ", text(s.text()));
        }
        if (!r.learnFrom().isEmpty()) {
            page.blank().line(0, say("report.weaknesses"));
            for (Lesson lesson : r.learnFrom()) {
                page.hanging(2, "- ", text(lesson.reason()));
                for (RoleModel from : lesson.from()) roleModel(page, from);
            }
        } else if (hasWeakSpots(questionnaire, r.type())) {
            // the type has weak spots, but the answers confirm none: said, so that the missing
            // "whom to learn from" does not read as a part left out
            page.blank().paragraph(0, say("report.weaknesses.none"));
        }
    }

    /** Whether the definition gives the type weak spots, which a result shows only when the answers confirm them. */
    private static boolean hasWeakSpots(Optional<Questionnaire> questionnaire, String type) {
        return questionnaire.flatMap(q -> q.type(type)).map(t -> !t.weaknesses().isEmpty()).orElse(false);
    }

    /**
     * Whom to learn from, with what: one strength in the same line, several as a list below it, so
     * that each keeps its own capital letter (joined in one sentence, "…; Die örtliche
     * Gemeinschaft…" read as a typo).
     */
    private void roleModel(Page page, RoleModel from) {
        List<Strength> strengths = from.strengths();
        if (strengths.isEmpty()) {
            page.hanging(4, "→ ", sayNaming("report.learn-from", text(from.name()), text(from.name())));
        } else if (strengths.size() == 1) {
            page.hanging(4, "→ ", sayNaming("report.learn-from-for", text(from.name()), text(from.name()), text(strengths.get(0).text())));
        } else {
            page.hanging(4, "→ ", sayNaming("report.learn-from-list", text(from.name()), text(from.name())));
            for (Strength s : strengths) page.hanging(6, "· ", text(s.text()));
        }
    }

    /** The types the profile is shown for: the primary one, or both of a mixed result. */
    private List<TypeDefinition> focus() {
        if (questionnaire.isEmpty()) return List.of();
        List<String> ids;
        if (result.outcome() instanceof Outcome.Primary p) {
            ids = List.of(p.type());
        } else if (result.outcome() instanceof Outcome.Mixed x) {
            ids = List.of(x.first(), x.second());
        } else {
            ids = List.of();
        }
        return ids.stream().map(questionnaire.get()::type).flatMap(Optional::stream).toList();
    }

    /**
     * A share as a bar, rounded to the nearest character.
     *
     * @param fraction the share, from 0 to 1 (outside: held to it)
     * @param width    the bar's width in characters
     * @return the bar
     */
    public static String bar(double fraction, int width) {
        double f = Math.max(0, Math.min(1, fraction));
        int full = BigDecimal.valueOf(f).multiply(BigDecimal.valueOf(width)).setScale(0, RoundingMode.HALF_UP).intValue();
        return String.valueOf(FULL).repeat(full) + String.valueOf(EMPTY).repeat(width - full);
    }

    /** {@code 0.4625} as {@code 46,3 %} (German) or {@code 46.3%} (English), the same on every machine. */
    private String percent(double fraction) {
        return say("report.percent", decimals(fraction * 100, 1));
    }

    /** A difference of shares in percentage points. */
    private String points(double fraction) {
        return say("report.points", decimals(fraction * 100, 1));
    }

    /**
     * {@code value} with {@code places} decimals, written as the report's language writes numbers
     * (a decimal comma in German, a point in English), the same on every machine.
     */
    private String decimals(double value, int places) {
        return m.decimal(BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP));
    }

    private String signed(double value) {
        String d = decimals(value, 3);
        return value >= 0 ? "+" + d : d;
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - width(s))) + s;
    }

    private String typeName(String id) {
        return result.type(id).map(t -> text(t.name())).orElse(id);
    }

    private String dimensionName(String id) {
        return result.dimensions().stream().filter(d -> d.id().equals(id)).findFirst().map(d -> text(d.name())).orElse(id);
    }

    /** A reason's question as read back beside its answer ({@link SoFar#asked}: a ranking without its instructions). */
    private String reasonQuestion(Reason r) {
        return SoFar.asked(r.question(), text(r.questionText()), questionnaire);
    }

    private Optional<String> questionText(String id) {
        return questionnaire.flatMap(q -> q.question(id)).map(Question::text).map(this::text);
    }

    private static String count(int n) {
        return String.valueOf(n);
    }

    private String text(LocalizedText t) {
        return t.get(lang, questionnaire.map(Questionnaire::defaultLocale).orElse("de"));
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@return the text of {@code key}, in its stage wording where the result's types are stages ({@link Stages})} */
    private String say(String key, Object... args) {
        return m.get(Stages.key(key, result.strategy().id()), args);
    }

    /** {@link #say} for a text that names type or stage {@code name}: not "die Stufe „Stufe 3: …“" ({@link Stages}). */
    private String sayNaming(String key, String name, Object... args) {
        return m.get(Stages.key(key, result.strategy().id(), name, m.get("report.stage.word")), args);
    }
}
