package de.typwerk.engine.definition;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What YAML reads otherwise than its author meant, for the readers of answers files and of
 * definitions to refuse alike: a whole number with a leading zero, which YAML 1.1 reads as octal
 * ({@code 010} is 8), and a tag that is not YAML's own for a plain value ({@code !foo 3},
 * {@code !!binary}), which would be read as if it were not there.
 */
public final class YamlSlips {

    /** A whole number with a leading zero as the YAML parser hands it over. */
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+");
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
