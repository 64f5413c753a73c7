package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH} with an optional pre-release label; minor and patch
 * may be omitted ({@code 1} means {@code 1.0.0}). Ordered as semantic versioning orders them.
 */
@API(status = STABLE, since = "1.0")
public record Version(int major, int minor, int patch, String preRelease) implements Comparable<Version> {

    private static final Pattern FORMAT =
            Pattern.compile("(0|[1-9]\\d{0,8})(?:\\.(0|[1-9]\\d{0,8}))?(?:\\.(0|[1-9]\\d{0,8}))?(?:-([0-9A-Za-z.-]+))?");

    /**
     * A version.
     *
     * @param major      the major number, not negative
     * @param minor      the minor number, not negative
     * @param patch      the patch number, not negative
     * @param preRelease the pre-release label without its {@code -}; empty (or {@code null}) for a release
     */
    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers must not be negative");
        }
        preRelease = preRelease == null ? "" : preRelease;
    }

    /**
     * Parses a version.
     *
     * @param text e.g. {@code 1.2.0} or {@code 2.0.0-rc.1}
     * @return the version
     * @throws IllegalArgumentException with the reason, if it is no version
     */
    @JsonCreator
    public static Version parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version (expected MAJOR.MINOR.PATCH, e.g. 1.2.0)");
        }
        return new Version(Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                m.group(4));
    }

    /**
     * Whether a text is a version.
     *
     * @param text any text, or {@code null}
     * @return whether {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches();
    }

    @Override
    public int compareTo(Version o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) c = Integer.compare(minor, o.minor);
        if (c == 0) c = Integer.compare(patch, o.patch);
        if (c == 0) {
            // a release ranks above its pre-releases
            if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
                c = Boolean.compare(preRelease.isEmpty(), o.preRelease.isEmpty());
            } else {
                c = comparePreReleases(preRelease, o.preRelease);
            }
        }
        return c;
    }

    /**
     * Semantic versioning's order of pre-release labels: dot-separated identifiers from the left,
     * numeric ones by value and below alphanumeric ones, others by ASCII; a label that runs out first
     * is lower ({@code rc.2 < rc.10 < rc.10.1 < rc.a}).
     */
    private static int comparePreReleases(String a, String b) {
        String[] x = a.split("\\.", -1);
        String[] y = b.split("\\.", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean xNumeric = isNumeric(x[i]);
            boolean yNumeric = isNumeric(y[i]);
            int c;
            if (xNumeric && yNumeric) {
                c = x[i].length() != y[i].length() ? Integer.compare(x[i].length(), y[i].length()) : x[i].compareTo(y[i]);
            } else if (xNumeric != yNumeric) {
                c = xNumeric ? -1 : 1;
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }

    private static boolean isNumeric(String identifier) {
        if (identifier.isEmpty()) return false;
        for (int i = 0; i < identifier.length(); i++) {
            char ch = identifier.charAt(i);
            if (ch < '0' || ch > '9') return false;
        }
        return true;
    }

    @JsonValue
    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && compareTo(v) == 0 && Objects.equals(preRelease, v.preRelease);
    }

    @Override
    public int hashCode() {
        return Objects.hash(major, minor, patch, preRelease);
    }
}
