/**
 * The engine's words: {@code Messages} reads every text bundle (a floor that speaks puts its own bundle over the
 * one below), {@code Failures} says what went wrong as a short phrase, {@code ParserWords} what a parser stopped
 * at, {@code Excerpt} quotes what a user sent, {@code WrittenNumbers} writes a number the same on every
 * machine, and {@code TextControls} finds and names what a shown text must not hold (a control character, a
 * control of the text direction), or writes it out as its code in a text from plugin code.
 */
package de.typwerk.engine.i18n;
