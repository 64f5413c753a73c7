/**
 * The records behind the plugin API's definition model ({@code QuestionnaireDocument}, one {@code …Document} per
 * interface), bound by {@code DocumentModule}, and a variant's {@code Overlay}.
 */
package de.typwerk.engine.definition.document;
