/**
 * The web self-test's pages: one model per page ({@code StartPage}, {@code QuestionPage}, {@code ReportPage},
 * {@code ErrorPage}) around a {@code Frame}, rendered by {@code Pages} from {@code src/main/jte/selftest/}. The
 * HTTP side is {@code SelfTest} in the server.
 */
package de.typwerk.presentation.html.selftest;
