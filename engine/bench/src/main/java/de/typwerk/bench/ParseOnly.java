package de.typwerk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;

/**
 * The baseline of the end-to-end benchmark: reads a JSON Lines file with Jackson's
 * {@link MappingIterator}, builds each row's tree and throws it away. What {@code typwerk batch}
 * does on the same file, minus checking, scoring and writing results; {@code run.sh} times both
 * processes the same way (wall clock, JVM start included) and reports the ratio.
 *
 * <p>Usage: {@code java -cp … de.typwerk.bench.ParseOnly answers.jsonl}; prints
 * {@code rows=<n> seconds=<s> rows_per_second=<r>} (its own view, without JVM start).
 */
public final class ParseOnly {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ParseOnly <file.jsonl>");
            System.exit(2);
        }
        long start = System.nanoTime();
        long rows = 0;
        long fields = 0;
        try (MappingIterator<JsonNode> it = new ObjectMapper().readerFor(JsonNode.class).readValues(new File(args[0]))) {
            while (it.hasNextValue()) {
                JsonNode row = it.nextValue();
                // touch each row, so reading it cannot be skipped
                fields += row.size();
                rows++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "rows=%d seconds=%.3f rows_per_second=%.0f fields=%d%n", rows, seconds,
                rows / seconds, fields);
    }

    private ParseOnly() {
    }
}
