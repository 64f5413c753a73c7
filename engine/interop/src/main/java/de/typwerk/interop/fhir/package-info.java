/**
 * FHIR R4: a questionnaire as a {@code Questionnaire} resource ({@code FhirExport}, conditions as
 * {@code EnableWhen}), and {@code QuestionnaireResponse}s as batch rows ({@code FhirResponses}).
 */
package de.typwerk.interop.fhir;
