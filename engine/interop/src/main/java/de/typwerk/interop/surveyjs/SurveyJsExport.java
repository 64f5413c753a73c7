package de.typwerk.interop.surveyjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.interop.DefinitionTree;
import de.typwerk.interop.InteropMessages;
import de.typwerk.interop.Json;
import de.typwerk.interop.Respondent;
import java.util.ArrayList;
import java.util.List;

/**
 * A questionnaire as a SurveyJS survey (the JSON {@code new Model(json)} of survey-core reads):
 * one page per section, after a first page with the respondent's fields; question ids as
 * {@code name}, option ids as choice {@code value}; every text a localisable string, its
 * {@code default} in SurveyJS's default language (English, where the questionnaire has it) and the
 * other languages by their tags, and the survey's {@code locale} the chosen language; conditions as
 * {@code visibleIf}. A calculated value {@value #MARKER}, included in the result data, names the
 * questionnaire and version the data answers. docs/interop.md has the table.
 */
public final class SurveyJsExport {

    /** The key of the result data that names {@code id@version}. */
    public static final String MARKER = "typwerkQuestionnaire";

    /**
     * SurveyJS's default language ({@code surveyLocalization.defaultLocale}), whose texts a
     * localisable string keeps under {@code default}: survey-core reads that key for this language
     * and never its tag, so English stored by its tag beside German as {@code default} was shown to
     * nobody ({@code survey.locale = "en"} showed the German).
     */
    static final String SURVEYJS_DEFAULT = "en";

    private final DefinitionTree definition;
    private final String language;
    /** The language whose texts stand under {@code default}. */
    private final String defaultKey;
    /** The other languages, by their tags. */
    private final List<String> others;

    /**
     * @param language the language respondents see first (the survey's {@code locale}); one of the
     *                 questionnaire's languages
     */
    public SurveyJsExport(DefinitionTree definition, String language) {
        this.definition = definition;
        this.language = language;
        this.defaultKey = definition.locales().contains(SURVEYJS_DEFAULT) ? SURVEYJS_DEFAULT : language;
        this.others = definition.locales().stream().filter(l -> !l.equals(defaultKey)).toList();
    }

    /** The survey's JSON, indented, deterministic. */
    public String write() {
        return Json.pretty(survey());
    }

    public ObjectNode survey() {
        JsonNode root = definition.root();
        ObjectNode survey = Json.object();
        // the language respondents see first, and SurveyJS's own texts (buttons, "Bitte beantworten
        // Sie diese Frage.") in it where the page loads survey-core's translation (survey-core/i18n/german);
        // SurveyJS's default language needs none, and survey.locale = "…" switches to any other
        if (!language.equals(SURVEYJS_DEFAULT)) survey.put("locale", language);
        survey.set("title", text(root.get("title")));
        if (root.has("description")) survey.set("description", text(root.get("description")));
        // a question hidden since it was answered loses its answer at once, not when the survey is
        // completed: a condition on it (visibleIf of a later question) then reads it as unanswered, as
        // Typwerk does, where SurveyJS's default (onComplete) kept showing the later question, sent its
        // answer without the one it depends on (an error row, "not asked") and hid one asked for "not answered"
        survey.put("clearInvisibleValues", "onHidden");
        ArrayNode pages = survey.putArray("pages");
        pages.add(respondentPage());
        for (JsonNode section : definition.sections()) {
            ObjectNode page = pages.addObject();
            page.put("name", section.path("id").asText());
            page.set("title", text(section.get("title")));
            if (section.has("description")) page.set("description", text(section.get("description")));
            ArrayNode elements = page.putArray("elements");
            for (JsonNode question : section.path("questions")) elements.add(question(question));
        }
        ArrayNode calculated = survey.putArray("calculatedValues");
        ObjectNode marker = calculated.addObject();
        marker.put("name", MARKER);
        marker.put("expression", "'" + definition.coordinates() + "'");
        marker.put("includeIntoResult", true);
        return survey;
    }

    private ObjectNode respondentPage() {
        ObjectNode page = Json.object();
        page.put("name", Respondent.GROUP);
        page.set("title", message("respondent.title"));
        page.set("description", message("respondent.description"));
        ArrayNode elements = page.putArray("elements");
        for (Respondent field : Respondent.FIELDS) {
            ObjectNode q = elements.addObject();
            q.put("type", "text");
            q.put("name", field.name());
            q.set("title", message(field.messageKey()));
            if (field.field().equals("ags")) {
                q.put("maxLength", 8);
                ObjectNode regex = q.putArray("validators").addObject();
                regex.put("type", "regex");
                regex.put("regex", "^[0-9]{8}$");
                regex.set("text", message("respondent.ags.invalid"));
            }
        }
        return page;
    }

    private ObjectNode question(JsonNode question) {
        ObjectNode q = Json.object();
        String kind = DefinitionTree.kind(question);
        String id = question.path("id").asText();
        q.put("type", switch (kind) {
            case "single" -> "radiogroup";
            case "multi" -> "checkbox";
            case "scale" -> "rating";
            case "ranking" -> "ranking";
            case "number" -> "text";
            case "text" -> "comment";
            default -> throw new IllegalArgumentException("no SurveyJS question type for kind '" + kind + "' (question " + id + ")");
        });
        q.put("name", id);
        q.set("title", text(question.get("text")));
        description(question).ifPresent(d -> q.set("description", d));
        if (question.path("required").asBoolean(false)) q.put("isRequired", true);
        if (question.has("when")) q.put("visibleIf", new VisibleIf(definition).expression(question.get("when")));
        switch (kind) {
            case "single" -> q.set("choices", choices(question, false));
            case "multi" -> {
                q.set("choices", choices(question, true));
                if (question.has("minPicks")) {
                    int min = question.get("minPicks").asInt();
                    if (q.has("isRequired")) q.put("minSelectedChoices", min);
                    else if (min > 0) leftOpenOr(q, id, " >= " + min + alone(question, id), "surveyjs.picks.min", min);
                }
                if (question.has("maxPicks")) q.put("maxSelectedChoices", question.get("maxPicks").asInt());
            }
            case "ranking" -> {
                q.set("choices", choices(question, false));
                int places = DefinitionTree.rankedPlaces(question);
                if (places < question.path("options").size()) {
                    // "pick and order your top N": the respondent moves N choices into the ranked area
                    q.put("selectToRankEnabled", true);
                    if (q.has("isRequired")) q.put("minSelectedChoices", places);
                    else leftOpenOr(q, id, " = " + places, "surveyjs.ranking.places", places);
                    q.put("maxSelectedChoices", places);
                }
            }
            case "scale" -> scale(question, q);
            case "number" -> number(question, q);
            case "text" -> q.put("maxLength", question.path("maxLength").asInt(2000));
            default -> throw new IllegalStateException(kind);
        }
        return q;
    }

    /**
     * For a question that may be left open but, once answered, needs a number of picks or places:
     * SurveyJS's minSelectedChoices also refuses the question left open ("Please select at least 2"),
     * so that a respondent could not complete the survey without answering it. An expression
     * validator lets it stay open, or asks for {@code count} picks, as Typwerk reads the answer (or,
     * for a multiple choice, an option that goes only alone by itself: {@link #alone}). The picks
     * are counted with SurveyJS's function {@code count({q})}: {@code {q.length}} counted them as
     * well, but survey-core's linter warned of it three times (an ordering operator on an array, a
     * comparison with a value that is no choice).
     */
    private void leftOpenOr(ObjectNode q, String id, String count, String messageKey, int n) {
        ObjectNode validator = q.withArray("validators").addObject();
        validator.put("type", "expression");
        validator.put("expression", "{" + id + "} empty or count({" + id + "})" + count);
        validator.set("text", message(messageKey, n));
    }

    /**
     * For a multiple choice whose fewest picks are more than one: an option that goes only alone
     * ("keine", "weiß nicht") is a whole answer by itself, as Typwerk reads it (minPicks in
     * docs/definition-format.md). minSelectedChoices lets such a choice alone pass (survey-core
     * counts an {@code isExclusive} choice picked alone as enough); the expression validator of a
     * question that may be left open has to say so itself, else it refused "keine" alone as too few.
     */
    private static String alone(JsonNode question, String id) {
        if (question.path("minPicks").asInt() < 2) return "";
        List<String> alone = new ArrayList<>();
        for (JsonNode option : question.path("options")) {
            if (DefinitionTree.exclusive(option)) alone.add("'" + option.path("id").asText() + "'");
        }
        return alone.isEmpty() ? "" : " or count({" + id + "}) = 1 and {" + id + "} anyof [" + String.join(", ", alone) + "]";
    }

    private ArrayNode choices(JsonNode question, boolean exclusiveAllowed) {
        ArrayNode choices = Json.NODES.arrayNode();
        for (JsonNode option : question.path("options")) {
            ObjectNode choice = choices.addObject();
            choice.put("value", option.path("id").asText());
            choice.set("text", text(option.get("text")));
            // an option that excludes the others ("none of these", "don't know"): SurveyJS clears
            // the other choices when it is picked, and it when another is picked
            if (exclusiveAllowed && DefinitionTree.exclusive(option)) choice.put("isExclusive", true);
        }
        return choices;
    }

    private void scale(JsonNode question, ObjectNode q) {
        int min = question.path("min").asInt();
        int max = question.path("max").asInt();
        JsonNode labels = question.path("labels");
        boolean inner = false;
        for (var it = labels.fieldNames(); it.hasNext(); ) {
            int point = Integer.parseInt(it.next());
            if (point != min && point != max) inner = true;
        }
        if (inner) {
            // a label on an inner point: every point listed, labelled or numbered
            ArrayNode values = q.putArray("rateValues");
            for (int point = min; point <= max; point++) {
                ObjectNode item = values.addObject();
                item.put("value", point);
                JsonNode label = labels.get(String.valueOf(point));
                if (label != null) item.set("text", text(label));
                else item.put("text", String.valueOf(point));
            }
            return;
        }
        q.put("rateMin", min);
        q.put("rateMax", max);
        q.put("rateStep", 1);
        q.put("rateCount", max - min + 1);
        if (labels.has(String.valueOf(min))) q.set("minRateDescription", text(labels.get(String.valueOf(min))));
        if (labels.has(String.valueOf(max))) q.set("maxRateDescription", text(labels.get(String.valueOf(max))));
    }

    private void number(JsonNode question, ObjectNode q) {
        q.put("inputType", "number");
        if (question.has("min")) q.set("min", question.get("min"));
        if (question.has("max")) q.set("max", question.get("max"));
        if (question.path("integer").asBoolean(false)) q.put("step", 1);
        if (question.has("min") || question.has("max")) {
            ObjectNode numeric = q.putArray("validators").addObject();
            numeric.put("type", "numeric");
            if (question.has("min")) numeric.set("minValue", question.get("min"));
            if (question.has("max")) numeric.set("maxValue", question.get("max"));
        }
    }

    /** The help text and the unit of a number, as the question's description. */
    private java.util.Optional<JsonNode> description(JsonNode question) {
        JsonNode help = question.get("help");
        JsonNode unit = question.get("unit");
        if (help == null && unit == null) return java.util.Optional.empty();
        if (unit == null) return java.util.Optional.of(text(help));
        if (help == null) return java.util.Optional.of(text(unit));
        ObjectNode joined = Json.object();
        for (String locale : definition.locales()) {
            joined.put(locale, help.path(locale).asText() + " (" + unit.path(locale).asText() + ")");
        }
        return java.util.Optional.of(text(joined));
    }

    /**
     * A localisable string: SurveyJS's default language (English, where the questionnaire has it;
     * else the chosen language) as {@code default}, the others by their tags; a questionnaire of
     * one language gives a plain text.
     */
    JsonNode text(JsonNode texts) {
        if (others.isEmpty()) return Json.NODES.textNode(texts.path(defaultKey).asText());
        ObjectNode loc = Json.object();
        loc.put("default", texts.path(defaultKey).asText());
        for (String other : others) {
            if (texts.has(other)) loc.put(other, texts.get(other).asText());
        }
        return loc;
    }

    private JsonNode message(String key, Object... args) {
        ObjectNode texts = Json.object();
        List<String> all = new ArrayList<>(definition.locales());
        for (String locale : all) texts.put(locale, InteropMessages.in(locale, key, args));
        return text(texts);
    }
}
