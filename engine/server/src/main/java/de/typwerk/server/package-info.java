/**
 * {@code typwerk serve}: the engine over HTTP on the JDK's server, and the web self-test.
 *
 * <p>Start with {@code HttpApi}, whose {@code routes()} declares every route once; {@code RouteTable} finds a
 * request's route, {@code Negotiation} reads what it asks for, {@code Responses} and {@code Failure} answer
 * it. {@code TypwerkServer} holds the limits and the draining stop, {@code SelfTest} and {@code SelfTestWalk}
 * the self-test's pages ({@code docs/http.md}).
 */
package de.typwerk.server;
