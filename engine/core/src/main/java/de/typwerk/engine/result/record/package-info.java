/**
 * The records behind the result model's interfaces, built by the {@code ResultAssembler} and read back from JSON
 * through {@code ResultModule}.
 */
package de.typwerk.engine.result.record;
