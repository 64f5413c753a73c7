package de.typwerk.applications.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The formats a batch reads and writes. */
@API(status = EXPERIMENTAL, since = "1.0")
public enum BatchFormat {
    /** JSON Lines: one JSON object per line. */
    JSONL,
    /** CSV with a header line, RFC 4180, UTF-8. */
    CSV;

    /** {@code jsonl} or {@code csv}, as typed on a command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Lower case, as typed and as listed in a command's help. */
    @Override
    public String toString() {
        return id();
    }

    /** The format {@code id} names ({@code jsonl}, {@code csv}, any case). */
    public static Optional<BatchFormat> of(String id) {
        for (BatchFormat f : values()) {
            if (f.id().equalsIgnoreCase(id.strip())) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** The format a file name suggests: {@code .csv} is CSV, anything else JSON Lines. */
    public static BatchFormat forName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSONL;
    }
}
