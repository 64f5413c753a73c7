/**
 * What plugins implement. Implementations are registered in
 * {@code META-INF/services/<interface name>} and found with {@link java.util.ServiceLoader}; the
 * engine then creates them itself.
 *
 * <p>The rule for an implementation: it must have a <em>public no-argument constructor</em>, which
 * {@code ServiceLoader} requires of every provider (one without it is refused, with a reason
 * naming the class), and the engine creates it with that constructor. Nothing is injected: a
 * strategy receives the questionnaire and its parameters in {@link de.typwerk.api.spi.ScoringStrategy#prepare}
 * and the response and the caller's language per call in {@link de.typwerk.api.spi.ScoringContext}.
 * Texts a plugin makes itself (its parameter checks) are given in every language it speaks
 * ({@link de.typwerk.api.model.LocalizedText}), and the engine shows the caller's. A {@code provides}
 * clause in a {@code module-info} alone is not enough: plugins are loaded as unnamed modules, so
 * keep the {@code META-INF/services} file.
 *
 * <p>Every plugin jar also carries a descriptor, {@code META-INF/typwerk/plugin.yaml}.
 * A plugin that only ships questionnaire definitions needs no code at all: its descriptor lists the
 * definition files.
 */
package de.typwerk.api.spi;
