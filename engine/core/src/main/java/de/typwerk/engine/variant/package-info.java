/**
 * Variants ({@code extends:} and {@code overlay:}): linked to their bases, the overlay applied to a copy of the
 * base's document tree, the result validated as a whole.
 *
 * <p>Start with {@code VariantLinker} (bases first, cycles, duplicates), then {@code VariantResolver} and
 * {@code OverlayApplier}; {@code Provenance} says which file each node came from.
 */
package de.typwerk.engine.variant;
