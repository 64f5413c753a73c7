/**
 * Other survey tools both ways: a questionnaire exported for SurveyJS, FHIR R4 or LimeSurvey, and their
 * responses read back as batch rows, checked by the engine's own answers reader.
 *
 * <p>Start with {@code ExportFormat} and {@code ResponseFormat} (which tool, and {@code recognize} for a file
 * that says beyond doubt which tool wrote it); every export works from a {@code DefinitionTree},
 * {@code OneResponse} scores the one response of {@code typwerk score} and {@code POST /v1/score}. Each tool
 * is a package below ({@code docs/interop.md}).
 */
package de.typwerk.interop;
