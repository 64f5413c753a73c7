package de.typwerk.interop;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.engine.LoadedQuestionnaire;
import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;

/**
 * FHIR's side, with HAPI FHIR: its validator (the R4 base profiles and terminologies, and the
 * exported questionnaires, which a QuestionnaireResponse is checked against), its parser, and its
 * model, in which the tests answer an exported questionnaire as a FHIR application would.
 */
final class FhirTool {

    static final FhirContext CONTEXT = FhirContext.forR4();

    private final Questionnaires questionnaires = new Questionnaires();
    private final FhirValidator validator;

    FhirTool() {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(CONTEXT),
                new InMemoryTerminologyServerValidationSupport(CONTEXT), new CommonCodeSystemsTerminologyService(CONTEXT), questionnaires);
        validator = CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    /** Makes a questionnaire known to the validator, for the responses that name it. */
    Questionnaire add(String questionnaireJson) {
        Questionnaire q = CONTEXT.newJsonParser().parseResource(Questionnaire.class, questionnaireJson);
        questionnaires.add(q);
        return q;
    }

    /** The questionnaire made known with {@link #add} for a loaded one. */
    Questionnaire questionnaire(LoadedQuestionnaire loaded) {
        return questionnaires.byCanonical.get(de.typwerk.interop.fhir.FhirExport.url(loaded.questionnaire().id()) + "|"
                + loaded.questionnaire().version());
    }

    /** The validator's errors (and fatal errors) about a resource, one line each. */
    List<String> errors(String resourceJson) {
        return validate(resourceJson).stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirTool::line).toList();
    }

    /** Every message of the validator about a resource, whatever its severity. */
    List<String> messages(String resourceJson) {
        return validate(resourceJson).stream().map(m -> m.getSeverity() + " " + line(m)).toList();
    }

    /**
     * Validates under a neutral default locale. The tests run under a Turkish one (to find our own
     * locale mistakes), and there HAPI's validator (org.hl7.fhir.core 6.7.9, whose
     * {@code Utilities.capitalize} upper-cases with the default locale) spells the choice
     * {@code value[x]} of type {@code integer} as {@code valueİnteger}: every {@code valueInteger}
     * in an answer or extension is then an "Unrecognized property", however right it is.
     */
    private synchronized List<SingleValidationMessage> validate(String resourceJson) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            return validator.validateWithResult(resourceJson).getMessages();
        } finally {
            Locale.setDefault(before);
        }
    }

    private static String line(SingleValidationMessage m) {
        return m.getLocationString() + ": " + m.getMessage();
    }

    /**
     * The questionnaires a response may name, by {@code url} and {@code url|version}. HAPI's
     * {@code PrePopulatedValidationSupport} keeps only code systems, value sets, structure and
     * search parameter definitions and drops a Questionnaire without a word; a response is then
     * not checked against its questionnaire at all (a warning, "could not be resolved").
     */
    private static final class Questionnaires implements IValidationSupport {

        private final Map<String, Questionnaire> byCanonical = new ConcurrentHashMap<>();

        void add(Questionnaire q) {
            byCanonical.put(q.getUrl(), q);
            byCanonical.put(q.getUrl() + "|" + q.getVersion(), q);
        }

        @Override
        public FhirContext getFhirContext() {
            return CONTEXT;
        }

        @Override
        public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
            if (type != null && !type.isAssignableFrom(Questionnaire.class)) return null;
            Questionnaire q = url == null ? null : byCanonical.get(url);
            return q == null ? null : (T) q;
        }
    }

    static String json(QuestionnaireResponse response) {
        return CONTEXT.newJsonParser().encodeResourceToString(response);
    }

    /**
     * Answers {@code questionnaire} as a FHIR form filler would, from a native answers row: each
     * item found by its linkId, a choice by one of its answerOptions, a ranking place by place.
     */
    static QuestionnaireResponse answer(Questionnaire questionnaire, JsonNode nativeRow) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(questionnaire.getUrl() + "|" + questionnaire.getVersion());
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        for (Questionnaire.QuestionnaireItemComponent group : questionnaire.getItem()) {
            QuestionnaireResponse.QuestionnaireResponseItemComponent answered = group(group, nativeRow);
            if (answered != null) response.addItem(answered);
        }
        return response;
    }

    private static QuestionnaireResponse.QuestionnaireResponseItemComponent group(Questionnaire.QuestionnaireItemComponent group,
                                                                                  JsonNode row) {
        QuestionnaireResponse.QuestionnaireResponseItemComponent out = new QuestionnaireResponse.QuestionnaireResponseItemComponent();
        out.setLinkId(group.getLinkId());
        for (Questionnaire.QuestionnaireItemComponent item : group.getItem()) {
            QuestionnaireResponse.QuestionnaireResponseItemComponent a = item(item, row);
            if (a != null) out.addItem(a);
        }
        return out.getItem().isEmpty() ? null : out;
    }

    private static QuestionnaireResponse.QuestionnaireResponseItemComponent item(Questionnaire.QuestionnaireItemComponent item, JsonNode row) {
        String linkId = item.getLinkId();
        if (item.getType() == Questionnaire.QuestionnaireItemType.DISPLAY) return null;
        if (item.getType() == Questionnaire.QuestionnaireItemType.GROUP) {
            // a ranking: place n holds the n-th option of the native ranking
            JsonNode order = row.path("answers").get(linkId);
            if (order == null) return null;
            QuestionnaireResponse.QuestionnaireResponseItemComponent out = new QuestionnaireResponse.QuestionnaireResponseItemComponent();
            out.setLinkId(linkId);
            int place = 0;
            for (Questionnaire.QuestionnaireItemComponent rank : item.getItem()) {
                if (rank.getType() != Questionnaire.QuestionnaireItemType.CHOICE) continue;
                out.addItem().setLinkId(rank.getLinkId()).addAnswer().setValue(option(rank, order.get(place++).asText()));
            }
            return out;
        }
        JsonNode value = row.path("answers").get(linkId);
        for (Respondent field : Respondent.FIELDS) {
            if (field.name().equals(linkId)) value = row.path("respondent").get(field.field());
        }
        if (value == null || value.isNull()) return null;
        QuestionnaireResponse.QuestionnaireResponseItemComponent out = new QuestionnaireResponse.QuestionnaireResponseItemComponent();
        out.setLinkId(linkId);
        switch (item.getType()) {
            case CHOICE -> {
                if (value.isArray()) value.forEach(v -> out.addAnswer().setValue(option(item, v.asText())));
                else out.addAnswer().setValue(option(item, value.asText()));
            }
            case INTEGER -> out.addAnswer().setValue(new IntegerType(value.asInt()));
            case DECIMAL -> out.addAnswer().setValue(new DecimalType(new BigDecimal(value.asText())));
            default -> out.addAnswer().setValue(new StringType(value.asText()));
        }
        return out;
    }

    private static Coding option(Questionnaire.QuestionnaireItemComponent item, String code) {
        return item.getAnswerOption().stream().map(o -> o.getValueCoding()).filter(c -> c.getCode().equals(code)).findFirst()
                .map(c -> new Coding(c.getSystem(), c.getCode(), c.getDisplay()))
                .orElseThrow(() -> new AssertionError("no answerOption " + code + " in " + item.getLinkId()));
    }
}
