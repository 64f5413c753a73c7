/**
 * LimeSurvey: a questionnaire as its tab-separated survey structure file ({@code LimeSurveyExport}, conditions
 * as {@code Relevance} equations), and its response exports as batch rows ({@code LimeSurveyResponses});
 * {@code LimeSurveyCodes} are the codes both derive from the questionnaire.
 */
package de.typwerk.interop.limesurvey;
