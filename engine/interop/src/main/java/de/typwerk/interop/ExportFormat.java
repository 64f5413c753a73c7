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
    SURVEYJS("json"),
    /** A FHIR R4 Questionnaire resource, JSON. */
    FHIR("json"),
    /** LimeSurvey's tab-separated survey structure file. */
    LIMESURVEY("txt");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** As typed on a command line: {@code surveyjs}, {@code fhir}, {@code limesurvey}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }

    /** The file ending of this export, without the dot. */
    public String extension() {
        return extension;
    }

    /** A file name for the export of {@code questionnaire}: {@code <id>-<version>.<tool>.<ending>}. */
    public String fileName(LoadedQuestionnaire questionnaire) {
        return questionnaire.questionnaire().id() + "-" + questionnaire.questionnaire().version() + "." + id() + "." + extension;
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
