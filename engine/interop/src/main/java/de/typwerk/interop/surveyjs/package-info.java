/**
 * SurveyJS: a questionnaire as a survey ({@code SurveyJsExport}, conditions as {@code VisibleIf} expressions),
 * and its {@code survey.data} results as batch rows ({@code SurveyJsResponses}).
 */
package de.typwerk.interop.surveyjs;
