package de.typwerk.interop.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.interop.DefinitionTree;
import de.typwerk.interop.InteropMessages;
import de.typwerk.interop.Json;
import de.typwerk.interop.Respondent;
import java.util.List;

/**
 * A questionnaire as a FHIR R4 {@code Questionnaire} resource (JSON): a group item per section after
 * a group with the respondent's fields; {@code linkId} = question id; choices as
 * {@code answerOption} codings with the option id as {@code code}; a ranking as one choice item per
 * place; conditions as {@code enableWhen} with {@code enableBehavior}; the other languages through
 * the standard translation extension. {@code url} is {@link #url(String)}, {@code version} the
 * questionnaire's. docs/interop.md has the table.
 */
public final class FhirExport {

    static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    static final String OPTION_EXCLUSIVE = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";

    private final DefinitionTree definition;
    private final String language;
    private final List<String> others;

    public FhirExport(DefinitionTree definition, String language) {
        this.definition = definition;
        this.language = language;
        this.others = definition.locales().stream().filter(l -> !l.equals(language)).toList();
    }

    /**
     * The resource's narrative ({@code text}, status {@code generated}): its title and description in
     * its language, which a FHIR server or browser shows for it. Without one, HAPI's validator warned
     * of every export "dom-6: A resource should have narrative for robust management"; the div names
     * its language, as the validator asks of a resource that has one.
     */
    private ObjectNode narrative(JsonNode root) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(xml(language))
                .append("\" xml:lang=\"").append(xml(language)).append("\"><h1>")
                .append(xml(root.path("title").path(language).asText())).append("</h1>");
        if (root.has("description")) div.append("<p>").append(xml(root.path("description").path(language).asText())).append("</p>");
        div.append("</div>");
        ObjectNode text = Json.object();
        text.put("status", "generated");
        text.put("div", div.toString());
        return text;
    }

    /** A text as XHTML character data or an attribute value. */
    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The canonical URL of a questionnaire's export: {@code urn:typwerk:questionnaire:<id>}; its version is the questionnaire's. */
    public static String url(String questionnaireId) {
        return "urn:typwerk:questionnaire:" + questionnaireId;
    }

    /** The code system of a question's options: {@code urn:typwerk:questionnaire:<id>:<question id>}. */
    public static String codeSystem(String questionnaireId, String questionId) {
        return url(questionnaireId) + ":" + questionId;
    }

    /** The linkId of the item for place {@code rank} (1-based) of a ranking question. */
    public static String rankLinkId(String questionId, int rank) {
        return questionId + "." + rank;
    }

    public String write() {
        return Json.pretty(questionnaire());
    }

    public ObjectNode questionnaire() {
        JsonNode root = definition.root();
        ObjectNode q = Json.object();
        q.put("resourceType", "Questionnaire");
        q.put("id", definition.id());
        q.put("language", language);
        q.set("text", narrative(root));
        q.put("url", url(definition.id()));
        q.put("version", definition.version());
        q.put("name", computableName(definition.id()));
        text(q, "title", root.get("title"));
        q.put("status", "active");
        if (root.has("description")) text(q, "description", root.get("description"));
        ArrayNode items = q.putArray("item");
        items.add(respondentGroup());
        for (JsonNode section : definition.sections()) {
            ObjectNode group = items.addObject();
            group.put("linkId", section.path("id").asText());
            text(group, "text", section.get("title"));
            group.put("type", "group");
            ArrayNode children = group.putArray("item");
            for (JsonNode question : section.path("questions")) children.add(item(question));
        }
        return q;
    }

    private ObjectNode respondentGroup() {
        ObjectNode group = Json.object();
        group.put("linkId", Respondent.GROUP);
        text(group, "text", message("respondent.title"));
        group.put("type", "group");
        ArrayNode items = group.putArray("item");
        for (Respondent field : Respondent.FIELDS) {
            ObjectNode item = items.addObject();
            item.put("linkId", field.name());
            text(item, "text", message(field.messageKey()));
            item.put("type", "string");
            if (field.field().equals("ags")) item.put("maxLength", 8);
        }
        return group;
    }

    private ObjectNode item(JsonNode question) {
        String id = question.path("id").asText();
        String kind = DefinitionTree.kind(question);
        boolean required = question.path("required").asBoolean(false);
        ObjectNode item = Json.object();
        if (kind.equals("number")) bounds(item, question);
        item.put("linkId", id);
        text(item, "text", question.get("text"));
        item.put("type", switch (kind) {
            case "single", "multi", "scale" -> "choice";
            case "number" -> question.path("integer").asBoolean(false) ? "integer" : "decimal";
            case "text" -> "text";
            case "ranking" -> "group";
            default -> throw new IllegalArgumentException("no FHIR item type for kind '" + kind + "' (question " + id + ")");
        });
        if (question.has("when")) new EnableWhen(definition).write(question.get("when"), item, id);
        if (required) item.put("required", true);
        if (kind.equals("multi")) item.put("repeats", true);
        if (kind.equals("text")) item.put("maxLength", question.path("maxLength").asInt(2000));
        if (kind.equals("single") || kind.equals("multi")) item.set("answerOption", answerOptions(question, kind.equals("multi")));
        if (kind.equals("scale")) item.set("answerOption", scalePoints(question));
        ArrayNode children = Json.NODES.arrayNode();
        if (question.has("help")) children.add(display(id + ".help", question.get("help")));
        if (question.has("unit")) children.add(display(id + ".unit", question.get("unit")));
        if (kind.equals("ranking")) {
            int places = DefinitionTree.rankedPlaces(question);
            for (int rank = 1; rank <= places; rank++) {
                ObjectNode place = children.addObject();
                place.put("linkId", rankLinkId(id, rank));
                place.put("prefix", rank + ".");
                text(place, "text", rankText(rank));
                place.put("type", "choice");
                if (!required && rank > 1) {
                    // a ranking that may be left open, once begun, asks for every place: a place left
                    // out is no shorter ranking to Typwerk but an error (ranking-place-missing)
                    ObjectNode begun = place.putArray("enableWhen").addObject();
                    begun.put("question", rankLinkId(id, rank - 1));
                    begun.put("operator", "exists");
                    begun.put("answerBoolean", true);
                }
                if (required || rank > 1) place.put("required", true);
                place.set("answerOption", answerOptions(question, false));
            }
        }
        if (!children.isEmpty()) item.set("item", children);
        return item;
    }

    private ArrayNode answerOptions(JsonNode question, boolean exclusiveAllowed) {
        ArrayNode options = Json.NODES.arrayNode();
        for (JsonNode option : question.path("options")) {
            ObjectNode answerOption = options.addObject();
            if (exclusiveAllowed && DefinitionTree.exclusive(option)) {
                ObjectNode ext = answerOption.putArray("extension").addObject();
                ext.put("url", OPTION_EXCLUSIVE);
                ext.put("valueBoolean", true);
            }
            ObjectNode coding = answerOption.putObject("valueCoding");
            coding.put("system", codeSystem(definition.id(), question.path("id").asText()));
            coding.put("code", option.path("id").asText());
            text(coding, "display", option.get("text"));
        }
        return options;
    }

    /** A scale's points as codings: {@code code} the point ("1" … "5"), {@code display} its label, else the point. */
    private ArrayNode scalePoints(JsonNode question) {
        ArrayNode options = Json.NODES.arrayNode();
        for (int point = question.path("min").asInt(); point <= question.path("max").asInt(); point++) {
            ObjectNode coding = options.addObject().putObject("valueCoding");
            coding.put("system", codeSystem(definition.id(), question.path("id").asText()));
            coding.put("code", String.valueOf(point));
            JsonNode label = question.path("labels").get(String.valueOf(point));
            if (label != null) {
                text(coding, "display", label);
            } else {
                coding.put("display", String.valueOf(point));
            }
        }
        return options;
    }

    /** A number's bounds as the minValue and maxValue extensions, of the item's type. */
    private void bounds(ObjectNode item, JsonNode question) {
        ArrayNode extensions = Json.NODES.arrayNode();
        for (String bound : List.of("min", "max")) {
            if (!question.has(bound)) continue;
            ObjectNode ext = extensions.addObject();
            ext.put("url", bound.equals("min") ? MIN_VALUE : MAX_VALUE);
            JsonNode value = question.get(bound);
            if (question.path("integer").asBoolean(false)) ext.put("valueInteger", value.intValue());
            else ext.put("valueDecimal", value.decimalValue());
        }
        if (!extensions.isEmpty()) item.set("extension", extensions);
    }

    private ObjectNode display(String linkId, JsonNode texts) {
        ObjectNode display = Json.object();
        display.put("linkId", linkId);
        text(display, "text", texts);
        display.put("type", "display");
        return display;
    }

    private JsonNode rankText(int rank) {
        ObjectNode texts = Json.object();
        for (String locale : definition.locales()) texts.put(locale, InteropMessages.in(locale, "fhir.rank", rank));
        return texts;
    }

    private JsonNode message(String key) {
        ObjectNode texts = Json.object();
        for (String locale : definition.locales()) texts.put(locale, InteropMessages.in(locale, key));
        return texts;
    }

    /**
     * Sets {@code key} to the text in the chosen language and, for the others, the standard
     * translation extension on the primitive ({@code _key}).
     */
    void text(ObjectNode target, String key, JsonNode texts) {
        target.put(key, texts.path(language).asText());
        ArrayNode extensions = Json.NODES.arrayNode();
        for (String other : others) {
            if (!texts.has(other)) continue;
            ObjectNode translation = extensions.addObject();
            translation.put("url", TRANSLATION);
            ArrayNode parts = translation.putArray("extension");
            ObjectNode lang = parts.addObject();
            lang.put("url", "lang");
            lang.put("valueCode", other);
            ObjectNode content = parts.addObject();
            content.put("url", "content");
            content.put("valueString", texts.get(other).asText());
        }
        if (!extensions.isEmpty()) target.putObject("_" + key).set("extension", extensions);
    }

    /** {@code oefit-kreise} → {@code OefitKreise}: FHIR's computable name (a capital first, letters and digits). */
    static String computableName(String id) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (c == '-') {
                upper = true;
                continue;
            }
            b.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        if (b.length() == 0 || !Character.isLetter(b.charAt(0))) b.insert(0, 'Q');
        return b.toString();
    }
}
