package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A range of versions in Maven's interval notation: {@code [1.0,2.0)} (1.0 up to but excluding 2.0),
 * {@code [1.2,)} (1.2 or later), {@code [1.0.0]} (exactly 1.0.0). A bare version {@code 1.2} means
 * "1.2 or later within major 1", i.e. {@code [1.2,2.0)}, which is what most authors mean.
 */
@API(status = STABLE, since = "1.0")
public record VersionRange(Optional<Version> lower, boolean lowerInclusive,
                           Optional<Version> upper, boolean upperInclusive) {

    /**
     * A range; {@code null} bounds mean unbounded.
     *
     * @param lower          the lower bound, if any
     * @param lowerInclusive whether the lower bound is in the range
     * @param upper          the upper bound, if any
     * @param upperInclusive whether the upper bound is in the range
     */
    public VersionRange {
        lower = lower == null ? Optional.empty() : lower;
        upper = upper == null ? Optional.empty() : upper;
    }

    /**
     * Parses a range.
     *
     * @param text e.g. {@code [1.0,2.0)} or {@code 1.2}
     * @return the range
     * @throws IllegalArgumentException naming what was expected, if it is no range
     */
    @JsonCreator
    public static VersionRange parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty version range (expected e.g. [1.0,2.0))");
        }
        char first = t.charAt(0);
        if (first != '[' && first != '(') {
            Version v = Version.parse(t);
            return new VersionRange(Optional.of(v), true, Optional.of(new Version(v.major() + 1, 0, 0, "")), false);
        }
        char last = t.charAt(t.length() - 1);
        if (last != ']' && last != ')') {
            throw new IllegalArgumentException("'" + text + "' is not a version range: it must end with ] or )");
        }
        String inner = t.substring(1, t.length() - 1);
        int comma = inner.indexOf(',');
        if (comma < 0) {
            if (first != '[' || last != ']') {
                throw new IllegalArgumentException("'" + text + "' is not a version range: an exact version is written [1.0.0]");
            }
            Version v = Version.parse(inner);
            return new VersionRange(Optional.of(v), true, Optional.of(v), true);
        }
        if (inner.indexOf(',', comma + 1) >= 0) {
            throw new IllegalArgumentException("'" + text + "' is not a version range: more than one comma");
        }
        String lo = inner.substring(0, comma).strip();
        String hi = inner.substring(comma + 1).strip();
        Optional<Version> lower = lo.isEmpty() ? Optional.empty() : Optional.of(Version.parse(lo));
        Optional<Version> upper = hi.isEmpty() ? Optional.empty() : Optional.of(Version.parse(hi));
        if (lower.isPresent() && upper.isPresent() && lower.get().compareTo(upper.get()) > 0) {
            throw new IllegalArgumentException("'" + text + "' is not a version range: its lower bound is above its upper bound");
        }
        return new VersionRange(lower, first == '[', upper, last == ']');
    }

    /**
     * Whether a version lies within this range.
     *
     * @param v a version
     * @return whether it is in the range
     */
    public boolean contains(Version v) {
        if (lower.isPresent()) {
            int c = v.compareTo(lower.get());
            if (c < 0 || (c == 0 && !lowerInclusive)) return false;
        }
        if (upper.isPresent()) {
            int c = v.compareTo(upper.get());
            if (c > 0 || (c == 0 && !upperInclusive)) return false;
        }
        return true;
    }

    @JsonValue
    @Override
    public String toString() {
        if (lower.isPresent() && upper.isPresent() && lower.get().equals(upper.get()) && lowerInclusive && upperInclusive) {
            return "[" + lower.get() + "]";
        }
        return (lowerInclusive ? "[" : "(") + lower.map(Version::toString).orElse("") + ","
                + upper.map(Version::toString).orElse("") + (upperInclusive ? "]" : ")");
    }
}
