package de.typwerk.engine.variant;

import de.typwerk.api.model.Problem;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.validation.TestStrategies;
import de.typwerk.engine.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The variant fixtures under {@code src/test/resources/variants}, read and resolved the way the
 * engine does, in English, with the test strategies.
 */
final class VariantFixtures {

    final Messages messages = new Messages(Locale.ENGLISH);
    final DefinitionReader reader = new DefinitionReader(new Mappers(), messages);
    final Validator validator = new Validator(messages, TestStrategies.both());
    final VariantResolver resolver = new VariantResolver(messages, validator, reader);
    final VariantLinker linker = new VariantLinker(resolver, messages);

    /** A fixture as read; its problems name it {@code variants/<path>}. */
    DefinitionRead read(String path) {
        return reader.read(new DefinitionSource("variants/" + path, bytes(path)));
    }

    /** A complete fixture (no variant), validated, as the platform offers it to variants. */
    ResolvedDefinition ready(String path) {
        DefinitionRead read = read(path);
        if (!read.ok()) throw new AssertionError(path + " does not read: " + read.problems());
        List<Problem> problems = validator.validate(read.questionnaire().orElseThrow(), read.sourceMap());
        if (problems.stream().anyMatch(Problem::isError) || !read.ok()) {
            throw new AssertionError(path + " is not valid: " + problems + read.problems());
        }
        return ResolvedDefinition.of(read, problems);
    }

    VariantLinker.Pending pending(String path, String owner) {
        return new VariantLinker.Pending(read(path), owner);
    }

    static byte[] bytes(String path) {
        try (InputStream in = VariantFixtures.class.getResourceAsStream("/variants/" + path)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
