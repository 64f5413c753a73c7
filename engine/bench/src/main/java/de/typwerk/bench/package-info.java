/**
 * JMH benchmarks and the load drivers of {@code engine/bench/run.sh}; never run by the build or by
 * {@code ./verify}.
 *
 * <p>Start with {@code ScoringBenchmark}; {@code Workload} is what every benchmark works on.
 * {@code docs/performance.md} has the figures and how to run them.
 */
package de.typwerk.bench;
