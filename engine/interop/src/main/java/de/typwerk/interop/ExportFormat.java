package de.typwerk.interop;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.interop.fhir.FhirExport;
import de.typwerk.interop.limesurvey.LimeSurveyExport;
import de.typwerk.interop.surveyjs.SurveyJsExport;
import java.util.Locale;
import java.util.Optional;

/** The survey tools a questionnaire can be exported for, and what each export is written as. */
public enum ExportFormat {
    /** A SurveyJS survey, JSON. */
    SURVEYJS,
    /** A FHIR R4 Questionnaire resource, JSON. */
    FHIR,
    /** LimeSurvey's tab-separated survey structure file. */
    LIMESURVEY;

    /** As typed on a command line: {@code surveyjs}, {@code fhir}, {@code limesurvey}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }

    public static Optional<ExportFormat> of(String id) {
        for (ExportFormat f : values()) {
            if (f.id().equalsIgnoreCase(id.strip())) return Optional.of(f);
        }
        return Optional.empty();
    }

    /**
     * The export of a loaded questionnaire (a variant resolved), deterministic: the same bytes for
     * the same questionnaire and language on every machine.
     *
     * @param language the language a respondent sees first; must be one of the questionnaire's
     */
    public String export(LoadedQuestionnaire questionnaire, String language) {
        DefinitionTree tree = DefinitionTree.of(questionnaire.questionnaire());
        if (!tree.locales().contains(language)) {
            throw new IllegalArgumentException("language '" + language + "' is not one of " + tree.locales());
        }
        return switch (this) {
            case SURVEYJS -> new SurveyJsExport(tree, language).write();
            case FHIR -> new FhirExport(tree, language).write();
            case LIMESURVEY -> new LimeSurveyExport(tree, language).write();
        };
    }
}
