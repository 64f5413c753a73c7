package de.typwerk.applications.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How much of each result a JSON Lines batch writes (CSV rows are unaffected).
 *
 * <ul>
 *   <li>{@link #FULL}: the whole result as {@code typwerk score --format json} gives it, every text
 *       of the questionnaire in every language (about 10 KB per ÖFIT row);</li>
 *   <li>{@link #COMPACT}: ids and numbers only (see {@link CompactJsonLinesResults}); the texts are
 *       in the definition, which every row names by id, version and content hash.</li>
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "1.0")
public enum BatchDetail {
    FULL,
    COMPACT;

    /** {@code full} or {@code compact}, as typed on a command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }

    /** The detail {@code id} names (any case). */
    public static Optional<BatchDetail> of(String id) {
        for (BatchDetail d : values()) {
            if (d.id().equalsIgnoreCase(id.strip())) return Optional.of(d);
        }
        return Optional.empty();
    }
}
