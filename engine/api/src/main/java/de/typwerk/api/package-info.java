/**
 * The Typwerk engine API: everything a plugin author compiles against.
 *
 * <p>{@link de.typwerk.api.model} holds the immutable model (questionnaires, responses, problems,
 * versions); {@link de.typwerk.api.spi} holds the interfaces a plugin implements. Nothing in this
 * module knows the runtime. Every public type here is a promise to authors we never meet: it
 * changes only under the versioning policy in {@code docs/plugin-authors.md}.
 */
package de.typwerk.api;
