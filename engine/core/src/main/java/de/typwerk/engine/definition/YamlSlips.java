package de.typwerk.engine.definition;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What YAML reads otherwise than its author meant, for the readers of answers files and of
 * definitions to refuse alike: a whole number with a leading zero, which YAML 1.1 reads as octal
 * ({@code 010} is 8), and a tag that is not YAML's own for a plain value ({@code !foo 3},
 * {@code !!binary}), which would be read as if it were not there; and a whole number written in
 * another base ({@code 0x10}, {@code 0b101}, YAML 1.2's {@code 0o17}), which YAML 1.1 reads as a
 * number for some of the forms and not for others, and which no one means as an amount.
 */
public final class YamlSlips {

    /** A whole number with a leading zero as the YAML parser hands it over. */
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+");
    /** A whole number in another base: hexadecimal, binary or octal, with YAML's underscores between digits. */
    private static final Pattern OTHER_BASE = Pattern.compile("([-+]?)0(?:([xX])([0-9a-fA-F_]+)|([bB])([01_]+)|([oO])([0-7_]+))");
    /** Where YAML's own tags ({@code !!int}) live, as the parser names them. */
    private static final String YAML_TAGS = "tag:yaml.org,2002:";
    /** YAML's own tags for the values these files have: they say what the value is written as anyway. */
    private static final Set<String> CORE_TAGS = Set.of(YAML_TAGS + "str", YAML_TAGS + "int",
            YAML_TAGS + "float", YAML_TAGS + "bool", YAML_TAGS + "null", YAML_TAGS + "map", YAML_TAGS + "seq");

    private YamlSlips() {
    }

    /** {@return whether the integer token {@code written} has a leading zero, so that YAML 1.1 read it as octal} */
    public static boolean octal(String written) {
        return LEADING_ZERO.matcher(written).matches();
    }

    /** A whole number written in another base than ten: the base (16, 2 or 8) and its value. */
    public record OtherBase(int base, java.math.BigInteger value) {
    }

    /**
     * {@return {@code written} as a whole number in another base ({@code 0x10}: 16 in base 16,
     * {@code -0b101}: -5 in base 2, {@code 0o17}: 15 in base 8), or empty where it is not one}
     */
    public static Optional<OtherBase> otherBase(String written) {
        java.util.regex.Matcher m = OTHER_BASE.matcher(written);
        if (!m.matches()) return Optional.empty();
        int base = m.group(2) != null ? 16 : m.group(4) != null ? 2 : 8;
        String digits = (m.group(3) != null ? m.group(3) : m.group(5) != null ? m.group(5) : m.group(7)).replace("_", "");
        if (digits.isEmpty()) return Optional.empty();
        java.math.BigInteger value = new java.math.BigInteger(digits, base);
        return Optional.of(new OtherBase(base, m.group(1).equals("-") ? value.negate() : value));
    }

    /** {@return the decimal number a whole number written with leading zeros means: 010 is 10, -007 is -7, 0_10 is 10} */
    public static String decimal(String written) {
        return written.replace("_", "").replaceFirst("^([-+]?)0+(?=[0-9])", "$1");
    }

    /**
     * The tag as the author wrote it ({@code !foo}, {@code !!binary}), where it is one to refuse.
     *
     * @param tag the parser's name of the current value's tag, or null for none
     * @return empty for no tag and for YAML's own tags of plain values ({@code !!str}, {@code !!int}, …)
     */
    public static Optional<String> foreignTag(String tag) {
        if (tag == null || CORE_TAGS.contains(tag)) return Optional.empty();
        return Optional.of(tag.startsWith(YAML_TAGS) ? "!!" + tag.substring(YAML_TAGS.length()) : "!" + tag);
    }
}
