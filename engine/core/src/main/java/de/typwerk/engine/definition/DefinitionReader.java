package de.typwerk.engine.definition;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.i18n.Messages;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads a questionnaire definition (YAML or JSON) strictly. Never throws on bad input: whatever
 * the bytes, the result is a questionnaire or a list of problems with file, line, column and JSON
 * pointer.
 *
 * <p>Reading has two passes: {@link DocumentTree} builds the tree and the {@link SourceMap} and
 * catches what is wrong with the text (encoding, syntax, limits, aliases); then the tree is bound
 * to the model, and a failure there becomes one problem located through the source map.
 */
public final class DefinitionReader {

    /**
     * The JSON Schema (draft 2020-12) of the definition format, as a class path resource of the
     * engine jar; {@code docs/questionnaire.schema.json} is the same file.
     */
    public static final String SCHEMA_RESOURCE = "de/typwerk/engine/definition/questionnaire.schema.json";

    private final Mappers mappers;
    private final Messages messages;
    private final MappingProblems mappingProblems;

    @Inject
    public DefinitionReader(Mappers mappers, Messages messages) {
        this.mappers = mappers;
        this.messages = messages;
        this.mappingProblems = new MappingProblems(messages);
    }

    public DefinitionRead read(DefinitionSource source) {
        String name = source.name();
        byte[] bytes = source.content();
        String hash = contentHash(bytes);
        try {
            return read(name, bytes, hash);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in the reader or in a library must not take the caller down with it
            return failed(name, hash, SourceMap.empty(name), Problem.error("unreadable",
                    messages.get("definition.unreadable", de.typwerk.engine.i18n.Failures.describe(e, messages)), Location.source(name)));
        }
    }

    private DefinitionRead read(String name, byte[] bytes, String hash) {
        if (bytes.length == 0) {
            return failed(name, hash, SourceMap.empty(name),
                    Problem.error("empty", messages.get("definition.empty"), Location.source(name)));
        }
        if (bytes.length > Mappers.MAX_DOCUMENT_BYTES) {
            return failed(name, hash, SourceMap.empty(name), Problem.error("too-large",
                    messages.get("definition.tooLarge", bytes.length, Mappers.MAX_DOCUMENT_BYTES), Location.source(name)));
        }
        java.util.Optional<String> unmarked = StrictUtf8.unmarkedEncoding(bytes);
        if (unmarked.isPresent()) {
            return failed(name, hash, SourceMap.empty(name), Problem.error("not-utf8",
                    messages.get("definition.unmarkedEncoding", unmarked.get()), new Location(name, 1, 1, "")));
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (decoded instanceof StrictUtf8.Malformed m) {
            java.util.Optional<StrictUtf8.OtherEncoding> other = StrictUtf8.otherEncoding(bytes);
            if (other.isPresent()) {
                return failed(name, hash, SourceMap.empty(name), Problem.error("not-utf8",
                        messages.get("definition.otherEncoding", other.get().name(), other.get().mark()), new Location(name, 1, 1, "")));
            }
            return failed(name, hash, SourceMap.empty(name), Problem.error("not-utf8",
                    messages.get("definition.notUtf8", StrictUtf8.hex(m.value()), m.offset()),
                    new Location(name, m.line(), m.column(), "")));
        }
        String text = ((StrictUtf8.Text) decoded).text();
        ObjectMapper mapper = mappers.forName(name);
        DocumentTree.Outcome tree = new DocumentTree(mapper.getFactory(), name, messages).parse(text);
        if (tree.problem().isPresent()) {
            return failed(name, hash, tree.sourceMap(), tree.problem().get());
        }
        return bind(name, tree.root().orElseThrow(), tree.sourceMap(), hash);
    }

    /**
     * Binds a document tree to the model, strictly, as reading a file does; for a tree put together
     * in code (a variant resolved against its base). A failure is one problem, located through
     * {@code sourceMap}. The read keeps {@code root}, which the caller must not change afterwards.
     */
    public DefinitionRead bind(String name, JsonNode root, SourceMap sourceMap, String hash) {
        ObjectMapper mapper = mappers.forName(name);
        try {
            Questionnaire questionnaire = strictly(mapper, root);
            return new DefinitionRead(name, Optional.of(questionnaire), List.of(), sourceMap, hash, Optional.of(root));
        } catch (JsonMappingException e) {
            return new DefinitionRead(name, Optional.empty(), List.of(mappingProblems.describe(e, root, "", sourceMap)),
                    sourceMap, hash, Optional.of(root));
        } catch (IOException | RuntimeException e) {
            return failed(name, hash, sourceMap, Problem.error("unreadable",
                    messages.get("definition.unreadable", String.valueOf(e.getMessage())), Location.source(name)));
        }
    }

    private static Questionnaire strictly(ObjectMapper mapper, JsonNode root) throws IOException {
        return mapper.readerFor(Questionnaire.class)
                // an absent "required: …" means false; explicit nulls never reach here
                .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .readValue(mapper.treeAsTokens(root));
    }

    /** How many unknown keys {@link #pastUnknownKeys} takes out of one definition before it stops looking. */
    private static final int MAX_UNKNOWN_KEYS = 100;

    /**
     * What a check can say of a definition refused for an unknown key, beyond that key: its tree
     * bound again past each unknown key, one after the other, so that every unknown key is reported
     * at once and the rest of the definition can be validated too, as a compiler goes on after an
     * error. A key with a near miss among the known ones ({@code optionz}) is read as that key
     * ({@code options}), so that what it holds is checked and not missed; any other is left out.
     * A definition with an unknown key never loads: this is for reporting only.
     *
     * @param read a read whose only problem is an unknown key; any other read gives nothing more
     * @return every unknown key (and the first other binding problem, if one comes up), with the
     *         questionnaire as bound past them when it then binds
     */
    public PastUnknownKeys pastUnknownKeys(DefinitionRead read) {
        if (read.questionnaire().isPresent() || read.tree().isEmpty() || read.problems().size() != 1
                || !read.problems().get(0).code().equals("unknown-key")) {
            return new PastUnknownKeys(read.problems(), Optional.empty(), List.of());
        }
        ObjectMapper mapper = mappers.forName(read.source());
        JsonNode root = read.tree().get().deepCopy();
        List<Problem> found = new ArrayList<>(read.problems());
        List<String[]> renamed = new ArrayList<>();
        for (int i = 0; i < MAX_UNKNOWN_KEYS; i++) {
            try {
                return new PastUnknownKeys(found, Optional.of(strictly(mapper, root)), renamed);
            } catch (UnrecognizedPropertyException u) {
                Problem problem = mappingProblems.describe(u, root, "", read.sourceMap());
                if (i > 0) found.add(problem);
                if (!skip(root, problem.location().pointer(), mappingProblems.suggestedKey(u), renamed)) break;
            } catch (JsonMappingException e) {
                found.add(mappingProblems.describe(e, root, "", read.sourceMap()));
                break;
            } catch (IOException | RuntimeException e) {
                break;
            }
        }
        return new PastUnknownKeys(found, Optional.empty(), renamed);
    }

    /**
     * What {@link #pastUnknownKeys} found.
     *
     * @param problems      every unknown key, in the order found, and the first other binding problem
     * @param questionnaire the definition bound past the unknown keys, if it then binds; never to be loaded
     * @param renamed       each key read as the one it is a slip for: its pointer as read, then as written
     */
    public record PastUnknownKeys(List<Problem> problems, Optional<Questionnaire> questionnaire, List<String[]> renamed) {
        public PastUnknownKeys {
            problems = List.copyOf(problems);
            renamed = List.copyOf(renamed);
        }

        /** Where a pointer into the questionnaire as bound stands in the file as written. */
        public String inFile(String pointer) {
            String p = pointer;
            for (int i = renamed.size() - 1; i >= 0; i--) {
                String read = renamed.get(i)[0];
                if (p.equals(read) || p.startsWith(read + "/")) p = renamed.get(i)[1] + p.substring(read.length());
            }
            return p;
        }
    }

    /**
     * Takes the member {@code pointer} names out of its object, under {@code suggested} instead when
     * the object has no member of that name; whether there was such a member.
     */
    private static boolean skip(JsonNode root, String pointer, Optional<String> suggested, List<String[]> renamed) {
        if (pointer == null || pointer.isEmpty()) return false;
        JsonPointer at = JsonPointer.compile(pointer);
        if (!(root.at(at.head()) instanceof ObjectNode parent)) return false;
        JsonNode value = parent.remove(at.last().getMatchingProperty());
        if (value == null) return false;
        suggested.filter(name -> !parent.has(name)).ifPresent(name -> {
            parent.set(name, value);
            renamed.add(new String[] {at.head().appendProperty(name).toString(), pointer});
        });
        return true;
    }

    private static DefinitionRead failed(String name, String hash, SourceMap map, Problem problem) {
        return new DefinitionRead(name, Optional.empty(), List.of(problem), map, hash);
    }

    /** {@code sha256:<hex>} of the bytes as given, which results record to name the definition. */
    static String contentHash(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Reads a definition from text, for tests and tools that hold a string. */
    public DefinitionRead read(String name, String text) {
        return read(new DefinitionSource(name, text.getBytes(StandardCharsets.UTF_8)));
    }
}
