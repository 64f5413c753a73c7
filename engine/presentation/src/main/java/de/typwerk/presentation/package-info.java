/**
 * What people read, in their language: the presentation's words ({@code Texts}, over the engine's
 * {@code Messages}), problems as compiler-style lines ({@code ProblemReport}), and what too few answers already
 * tell ({@code SoFar}).
 *
 * <p>The views themselves are in the packages below: {@code text}, {@code html}, {@code answers}, {@code json}.
 */
package de.typwerk.presentation;
