/**
 * Where a command's output goes: standard output that remembers a failed write ({@code StandardOutput}), an
 * {@code --out} file written whole or not at all ({@code OutputTarget}, {@code AtomicFile}), the checks on an
 * {@code --out} file before anything is written ({@code OutputFiles}), the batch's progress bar
 * ({@code ProgressDisplay}), and the one line that says what Ctrl-C left of the output ({@code Interruption}).
 */
package de.typwerk.cli.output;
