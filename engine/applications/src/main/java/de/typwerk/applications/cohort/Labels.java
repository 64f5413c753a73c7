package de.typwerk.applications.cohort;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Strength;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Weakness;
import de.typwerk.engine.answers.FederalState;
import de.typwerk.engine.i18n.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words a cohort report is written in: from the questionnaire (type names, weakness texts) in
 * the reader's language, falling back to the questionnaire's default, and from the engine's
 * bundle (groups, columns, states).
 */
public final class Labels {

    private final Questionnaire questionnaire;
    private final Messages messages;
    private final String language;
    /** Reads a key as worded for the cohort's results (stages or types). */
    private final java.util.function.UnaryOperator<String> worded;

    public Labels(Questionnaire questionnaire, Messages messages) {
        this(questionnaire, messages, java.util.function.UnaryOperator.identity());
    }

    /** Labels for {@code cohort}: where its results' types are stages ({@link Cohort#stages()}), worded so. */
    public Labels(Cohort cohort, Messages messages) {
        this(cohort.questionnaire(), messages, cohort::key);
    }

    private Labels(Questionnaire questionnaire, Messages messages, java.util.function.UnaryOperator<String> worded) {
        this.questionnaire = questionnaire;
        this.messages = messages;
        this.language = messages.language();
        this.worded = worded;
    }

    /** A message; numbers are set in as plain digits (MessageFormat would group them: 1,000). */
    public String message(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        return messages.get(worded.apply(key), plain);
    }

    /**
     * A message whose numbers choose its words ("1 result", "2 results"): they reach its pattern as
     * numbers, which it sets in as plain digits itself ({@code {0,number,0}}).
     */
    public String counted(String key, long... counts) {
        return messages.get(key, java.util.Arrays.stream(counts).boxed().toArray());
    }

    public String text(LocalizedText text) {
        return text.get(language, questionnaire.defaultLocale());
    }

    public String type(String id) {
        return questionnaire.type(id).map(TypeDefinition::name).map(this::text).orElse(id);
    }

    /**
     * What to learn from a partner of type {@code partnerType} for {@code weakness}: the strengths
     * the weakness names of that type, or all of them where it names none.
     */
    List<Strength> lessons(Weakness weakness, String partnerType) {
        return questionnaire.type(partnerType).map(weakness::lessonsFrom).orElse(List.of());
    }

    /** {@link #lessons} as one text: the strengths' texts joined by "; " (a CSV field). */
    public String lessonsText(Weakness weakness, String partnerType) {
        return lessonsText(weakness, partnerType, "; ");
    }

    /**
     * {@link #lessons} as one text, the strengths' texts joined by {@code separator}: " · " where
     * people read it, since each strength begins with a capital letter ("…; Sektorübergreifend…"
     * reads as a typo).
     */
    public String lessonsText(Weakness weakness, String partnerType, String separator) {
        return lessons(weakness, partnerType).stream().map(s -> text(s.text())).collect(Collectors.joining(separator));
    }

    /** A distribution column: a type's name, or mixed, none or insufficient. */
    public String column(String column) {
        if (column.equals(Distribution.MIXED)) return messages.get(worded.apply("cohort.outcome.mixed"));
        if (column.equals(Distribution.NONE)) return messages.get(worded.apply("cohort.outcome.none"));
        if (column.equals(Distribution.INSUFFICIENT)) return messages.get("cohort.outcome.insufficient");
        return type(column);
    }

    /** A group of a distribution: a kind of municipality, or a state with its digits. */
    public String group(String by, String key) {
        if (key.equals(Tally.ALL)) return messages.get("cohort.group.all");
        if (by.equals("state")) {
            if (key.equals(Tally.UNKNOWN)) return messages.get("cohort.group.unknown-state");
            return FederalState.ofCode(key).map(s -> key + " " + s.germanName()).orElse(key);
        }
        if (key.equals(Tally.UNKNOWN)) return messages.get("cohort.group.unknown-kind");
        return kind(key);
    }

    /** A kind as people read it: the known ones translated, others as written. */
    public String kind(String kind) {
        return Cohort.KNOWN_KINDS.contains(kind) ? messages.get("cohort.kind." + kind) : kind;
    }

    public String state(Place place) {
        return place.state().map(FederalState::germanName).orElse(messages.get("cohort.group.unknown-state"));
    }

    public String name(Member m) {
        return m.name().orElse(messages.get("cohort.unnamed"));
    }

    public String ags(Member m) {
        return m.place().ags().isEmpty() ? messages.get("cohort.no-ags") : m.place().ags();
    }

    /**
     * {@code 12,5 %} in German, {@code 12.5 %} in English: the decimals as the reader's language
     * writes them, the same on every machine.
     */
    public String percent(BigDecimal p) {
        String plain = p.toPlainString();
        return (language.equals("de") ? plain.replace('.', ',') : plain) + " %";
    }

    /** A type's share as whole percent ({@code 0.864225} → {@code 86 %}), the same on every machine. */
    public String share(double share) {
        return percent(BigDecimal.valueOf(share).movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP));
    }
}
