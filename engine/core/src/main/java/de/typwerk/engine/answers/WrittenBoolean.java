package de.typwerk.engine.answers;

import com.fasterxml.jackson.databind.node.BooleanNode;

/**
 * A YAML word read as true or false that is not written {@code true} or {@code false}: {@code no}, {@code yes}, {@code on},
 * {@code off}, as YAML 1.1 reads them. Its value is the boolean's as ever; a message about the answer names the word written
 * and what YAML made of it ("not no, which YAML reads as false"), not only "false", where an option may be called "no".
 */
final class WrittenBoolean extends BooleanNode {
    private static final long serialVersionUID = 1L;
    private final String written;

    WrittenBoolean(boolean value, String written) {
        super(value);
        this.written = written;
    }

    String written() {
        return written;
    }
}
