/**
 * What plugins implement. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/<interface name>}, or {@code provides} in a {@code module-info}) and
 * created by the engine; they may have a public no-argument constructor, or a constructor annotated
 * with {@code jakarta.inject.Inject} to receive what the engine offers.
 *
 * <p>Every plugin jar also carries a descriptor, {@value de.typwerk.api.model.PluginDescriptor#RESOURCE}.
 * A plugin that only ships questionnaire definitions needs no code at all: its descriptor lists the
 * definition files.
 */
package de.typwerk.api.spi;
