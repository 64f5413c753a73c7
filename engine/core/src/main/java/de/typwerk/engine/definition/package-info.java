/**
 * Reading definitions into the model: the strict object mappers, the reader, and where every node stands (line,
 * column, JSON pointer) so that every problem found later can point into the file.
 *
 * <p>Start with {@code DefinitionReader}; {@code Mappers} are the strict object mappers the kernel reads
 * definitions, descriptors, answers files and results with (the few plain ones elsewhere write JSON, walk
 * tokens, read a strategy's parameters schema or, in a plugin's build, the descriptor the engine then reads
 * strictly; {@code ArchitectureTest} names them), and
 * {@code SourceMap} locates a JSON pointer. The records the model is bound to are in
 * {@code definition.document}.
 */
package de.typwerk.engine.definition;
