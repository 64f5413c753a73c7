/**
 * The {@code levels} strategy: a maturity model, whose types are ordered levels and whose dimensions are
 * criteria.
 *
 * <p>Start with {@code LevelsStrategy}; {@code ParameterCheck} checks the parameters, {@code EvidenceReader}
 * reads a response as evidence per criterion ({@code docs/levels.md}).
 */
package de.typwerk.strategy.levels;
