/**
 * What plugins implement. Implementations are registered in
 * {@code META-INF/services/<interface name>} and found with {@link java.util.ServiceLoader}; the
 * engine then creates them itself, through its injector.
 *
 * <p>The rule for an implementation: it must have a <em>public no-argument constructor</em>, which
 * {@code ServiceLoader} requires of every provider (one without it is refused, with a reason
 * naming the class). To receive what the engine offers (such as its {@link java.util.Locale}), it
 * may <em>also</em> have a constructor annotated {@code @jakarta.inject.Inject}, which the engine
 * prefers, or {@code @jakarta.inject.Inject} fields or setters. {@code javax.inject} annotations
 * are not read. A {@code provides} clause in a {@code module-info} alone is not enough: plugins are
 * loaded as unnamed modules, so keep the {@code META-INF/services} file.
 *
 * <p>Every plugin jar also carries a descriptor, {@code META-INF/typwerk/plugin.yaml}.
 * A plugin that only ships questionnaire definitions needs no code at all: its descriptor lists the
 * definition files.
 */
package de.typwerk.api.spi;
