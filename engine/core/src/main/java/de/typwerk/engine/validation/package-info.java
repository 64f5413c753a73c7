/**
 * Checking what a read definition means: ids, references, conditions, translations, the scoring block and a
 * strategy's parameters, each group of checks a {@code Rule}.
 *
 * <p>Start with {@code Validator}; the rules are the {@code *Rules} classes, {@code SchemaCheck} checks a
 * strategy's parameters schema.
 */
package de.typwerk.engine.validation;
