package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format (0.0.4), for tests: every line a comment
 * ({@code # HELP}, {@code # TYPE}) or a sample {@code name{labels} value}; every sample of a family
 * whose {@code # TYPE} came before it; no sample twice.
 */
final class Exposition {

    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\.)*\"(?:,(?=[a-zA-Z_]))?)*\\})? (\\S+)");
    private static final Pattern TYPE = Pattern.compile("# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .+");

    private Exposition() {
    }

    /** Sample (name and labels, as written) to value. */
    static Map<String, Double> parse(String text) {
        assertThat(text).endsWith("\n");
        Map<String, Double> samples = new LinkedHashMap<>();
        Set<String> typed = new HashSet<>();
        for (String line : text.split("\n")) {
            Matcher type = TYPE.matcher(line);
            if (type.matches()) {
                assertThat(typed.add(type.group(1))).as("TYPE twice: %s", line).isTrue();
                continue;
            }
            if (HELP.matcher(line).matches()) continue;
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as("not a sample: %s", line).isTrue();
            String family = sample.group(1).replaceFirst("_(bucket|sum|count)$", "");
            assertThat(typed.contains(family) || typed.contains(sample.group(1))).as("no TYPE before %s", line).isTrue();
            String key = sample.group(1) + (sample.group(2) == null ? "" : sample.group(2));
            double value = Double.parseDouble(sample.group(3));
            assertThat(samples.put(key, value)).as("sample twice: %s", key).isNull();
        }
        return samples;
    }

    /** A bucket bound as the exposition writes it. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
