package de.typwerk.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The raw text of one questionnaire definition, as a {@link QuestionnaireProvider} yields it.
 *
 * @param name    how messages name it, e.g. {@code questionnaires/kreis.yaml}; its ending
 *                ({@code .yaml}, {@code .yml}, {@code .json}) selects the format
 * @param content the bytes, which must be UTF-8
 */
@API(status = STABLE, since = "1.0")
public record DefinitionSource(String name, byte[] content) {

    /**
     * A definition's text; the bytes are copied.
     *
     * @param name    how messages name it; its ending selects the format
     * @param content the bytes, which must be UTF-8
     */
    public DefinitionSource {
        content = content.clone();
    }

    /** {@return a copy of the bytes} */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DefinitionSource d && d.name.equals(name) && Arrays.equals(d.content, content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "DefinitionSource[" + name + ", " + content.length + " bytes]";
    }
}
