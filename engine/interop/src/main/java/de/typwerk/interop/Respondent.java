package de.typwerk.interop;

import java.util.List;
import java.util.Optional;

/**
 * The respondent's fields of an answers document ({@code name}, {@code ags}, {@code kind},
 * {@code state}) as every export asks them: optional questions on a first page of their own, so
 * that a survey wave knows who answered and {@code typwerk cohort} can group by kind and state.
 *
 * @param field    the key under {@code respondent} in an answers document
 * @param name     the question's name in SurveyJS and its linkId in FHIR
 * @param code     its question code in LimeSurvey (letters and digits)
 * @param messageKey the key of its question text in the interop messages
 */
public record Respondent(String field, String name, String code, String messageKey) {

    public static final List<Respondent> FIELDS = List.of(
            new Respondent("name", "respondentName", "RESPNAME", "respondent.name"),
            new Respondent("ags", "respondentAgs", "RESPAGS", "respondent.ags"),
            new Respondent("kind", "respondentKind", "RESPKIND", "respondent.kind"),
            new Respondent("state", "respondentState", "RESPSTATE", "respondent.state"));

    /** The id of the page (SurveyJS), group item (FHIR) or question group (LimeSurvey) that holds them. */
    public static final String GROUP = "respondent";

    /** The field a tool names {@code name} (its SurveyJS question name, its FHIR linkId), if one is. */
    public static Optional<Respondent> named(String name) {
        return FIELDS.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The field a finding about an answers document is about ({@code /respondent/ags}: the AGS), if it is about one. */
    public static Optional<Respondent> at(String pointer) {
        if (!pointer.startsWith("/respondent/")) return Optional.empty();
        String key = pointer.substring("/respondent/".length());
        return FIELDS.stream().filter(f -> f.field().equals(key)).findFirst();
    }
}
