package de.typwerk.engine.definition;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.QuestionKind;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.i18n.Messages;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        // a spreadsheet, a PDF or an archive passed by mistake: said as what it is, before its size or its first byte
        java.util.Optional<BinaryFiles.Found> binary = BinaryFiles.recognize(bytes);
        if (binary.isPresent()) {
            return failed(name, hash, SourceMap.empty(name), Problem.error("not-utf8",
                    binary.get().message(messages, "definition.binary"), new Location(name, 1, 1, "")));
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
        // by its ending, else by its content, as answers are: a file without one (typwerk validate kreis,
        // a pipe such as <(unzip -p plugin.jar q.yaml)) read as the YAML it holds, not as broken JSON
        ObjectMapper mapper = mappers.forDocument(name, bytes);
        DocumentTree.Outcome tree = new DocumentTree(mapper.getFactory(), name, messages).parse(text);
        if (tree.problem().isPresent()) {
            return failed(name, hash, tree.sourceMap(), tree.problem().get());
        }
        DefinitionRead read = bind(name, tree.root().orElseThrow(), tree.sourceMap(), hash);
        // a number read otherwise than written: said where the definition binds (its errors come first)
        if (tree.warnings().isEmpty() || read.questionnaire().isEmpty()) return read;
        return new DefinitionRead(name, read.questionnaire(), tree.warnings(), read.sourceMap(), read.contentHash(), read.tree());
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

    /** How many problems {@link #pastProblems} takes out of one definition before it stops looking. */
    private static final int MAX_PROBLEMS = 100;

    /**
     * What a check can say of a definition that does not bind, beyond its first problem: its tree
     * bound again past each problem, one after the other, so that every unknown key, wrong value
     * and wrong type is reported at once, as a compiler goes on after an error. A key with a near
     * miss among the known ones ({@code optionz}) is read as that key ({@code options}), so that
     * what it holds is checked and not missed; any other unknown key is left out. A wrong value is
     * taken out, and where its object cannot do without it (a required key, a question of no known
     * kind) that object goes too, without a problem of its own: an author sees only what the file
     * says wrong. A definition that does not bind never loads: this is for reporting only.
     *
     * @param read a read whose only problem is one of binding; any other read gives nothing more
     * @return every problem found, with the questionnaire as bound past them when only unknown keys
     *         were in the way (bound past a value taken out, it would show problems that are not there)
     */
    public PastProblems pastProblems(DefinitionRead read) {
        if (read.questionnaire().isPresent() || read.tree().isEmpty() || read.problems().size() != 1) {
            return new PastProblems(read.problems(), Optional.empty(), List.of());
        }
        ObjectMapper mapper = mappers.forName(read.source());
        JsonNode root = read.tree().get().deepCopy();
        List<Problem> found = new ArrayList<>(read.problems());
        List<String[]> renamed = new ArrayList<>();
        // what was done to the tree, in order; undone backwards, they say where a pointer into the
        // tree as it now is stands in the file
        List<Edit> edits = new ArrayList<>();
        // the object members taken out, where they stand in the file: a required one is then missing,
        // which binding may meet only after other problems further on (the questionnaire's own keys
        // are checked at its end)
        Set<String> taken = new HashSet<>();
        boolean onlyUnknownKeys = read.problems().get(0).code().equals("unknown-key");
        for (int i = 0; i < MAX_PROBLEMS; i++) {
            try {
                Questionnaire questionnaire = strictly(mapper, root);
                return new PastProblems(found, onlyUnknownKeys ? Optional.of(questionnaire) : Optional.empty(), renamed);
            } catch (UnrecognizedPropertyException u) {
                Problem problem = mappingProblems.describe(u, root, "", read.sourceMap());
                String pointer = problem.location().pointer();
                if (i > 0) found.add(problem.withLocation(read.sourceMap().locate(inFile(pointer, edits))));
                if (!skip(root, pointer, mappingProblems.suggestedKey(u), renamed, edits)) break;
            } catch (JsonMappingException e) {
                onlyUnknownKeys = false;
                String at = MappingProblems.pointerOf(e.getPath());
                Optional<String> kind = nearKind(e, root.at(at));
                if (kind.isPresent()) {
                    // a slip of a kind ('singel'): read as the kind it is one for, as a key with a near
                    // miss is, so that the question's keys are checked too
                    Problem problem = mappingProblems.describe(e, root, "", read.sourceMap());
                    if (i > 0) found.add(problem.withLocation(mappingProblems.place(e, problem.code(),
                            inFile(problem.location().pointer(), edits), read.sourceMap())));
                    ((ObjectNode) root.at(at)).put("kind", kind.get());
                    continue;
                }
                if (taken.contains(inFile(at, edits))) {
                    // missing only because its value was taken out: its object goes as well
                    if (at.isEmpty()) break;
                    at = at.substring(0, at.lastIndexOf('/'));
                } else {
                    Problem problem = mappingProblems.describe(e, root, "", read.sourceMap());
                    if (i > 0) found.add(problem.withLocation(mappingProblems.place(e, problem.code(),
                            inFile(problem.location().pointer(), edits), read.sourceMap())));
                }
                if (at.isEmpty()) break;
                JsonNode holder = root.at(JsonPointer.compile(at).head());
                String atInFile = inFile(at, edits);
                if (!takeOut(root, at, edits)) break;
                if (holder.isObject()) taken.add(atInFile);
            } catch (IOException | RuntimeException e) {
                break;
            }
        }
        return new PastProblems(found, Optional.empty(), renamed);
    }

    /** The known question kind an unknown one ({@code singel}) is a slip for, where {@code e} is about one. */
    private static Optional<String> nearKind(JsonMappingException e, JsonNode question) {
        if (!(e instanceof InvalidTypeIdException t) || t.getBaseType() == null || !Question.class.equals(t.getBaseType().getRawClass())
                || !(question instanceof ObjectNode) || !question.path("kind").isTextual()) {
            return Optional.empty();
        }
        return NearMiss.among(question.path("kind").textValue(), Arrays.stream(QuestionKind.values()).map(QuestionKind::id).toList());
    }

    /**
     * What {@link #pastProblems} found.
     *
     * @param problems      every problem found, in the order found
     * @param questionnaire the definition bound past its unknown keys, if nothing else was wrong; never to be loaded
     * @param renamed       each key read as the one it is a slip for: its pointer as read, then as written
     */
    public record PastProblems(List<Problem> problems, Optional<Questionnaire> questionnaire, List<String[]> renamed) {
        public PastProblems {
            problems = List.copyOf(problems);
            renamed = List.copyOf(renamed);
        }

        /** Where a pointer into the questionnaire as bound stands in the file as written. */
        public String inFile(String pointer) {
            return DefinitionReader.inFile(pointer, renamed.stream().map(r -> (Edit) new Renamed(r[0], r[1])).toList());
        }
    }

    /** A change {@link #pastProblems} made to a definition's tree to bind it past a problem. */
    private sealed interface Edit {

        /** Where {@code pointer}, into the tree after this edit, stood before it. */
        String undone(String pointer);
    }

    /** A key read as the one it is a slip for: its pointer as read, and as written in the file. */
    private record Renamed(String read, String written) implements Edit {
        @Override
        public String undone(String pointer) {
            return pointer.equals(read) || pointer.startsWith(read + "/") ? written + pointer.substring(read.length()) : pointer;
        }
    }

    /** A list's entry taken out: the list's pointer and the entry's index. */
    private record Removed(String list, int index) implements Edit {
        @Override
        public String undone(String pointer) {
            if (!pointer.startsWith(list + "/")) return pointer;
            // an entry at or after the one taken out stood one further down in the file
            String rest = pointer.substring(list.length() + 1);
            int slash = rest.indexOf('/');
            String entry = slash < 0 ? rest : rest.substring(0, slash);
            if (!entry.matches("[0-9]{1,9}") || Integer.parseInt(entry) < index) return pointer;
            return list + "/" + (Integer.parseInt(entry) + 1) + (slash < 0 ? "" : rest.substring(slash));
        }
    }

    /** {@code pointer} with {@code edits} undone, last first. */
    private static String inFile(String pointer, List<Edit> edits) {
        String p = pointer;
        for (int i = edits.size() - 1; i >= 0; i--) p = edits.get(i).undone(p);
        return p;
    }

    /**
     * Takes the member {@code pointer} names out of its object, under {@code suggested} instead when
     * the object has no member of that name; whether there was such a member.
     */
    private static boolean skip(JsonNode root, String pointer, Optional<String> suggested, List<String[]> renamed,
                                List<Edit> edits) {
        if (pointer == null || pointer.isEmpty()) return false;
        JsonPointer at = JsonPointer.compile(pointer);
        if (!(root.at(at.head()) instanceof ObjectNode parent)) return false;
        JsonNode value = parent.remove(at.last().getMatchingProperty());
        if (value == null) return false;
        suggested.filter(name -> !parent.has(name)).ifPresent(name -> {
            parent.set(name, value);
            String read = at.head().appendProperty(name).toString();
            renamed.add(new String[] {read, pointer});
            edits.add(new Renamed(read, pointer));
        });
        return true;
    }

    /** Takes the node at {@code pointer} out of its object or list; whether it was there. */
    private static boolean takeOut(JsonNode root, String pointer, List<Edit> edits) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (parent instanceof ObjectNode object) {
            return object.remove(at.last().getMatchingProperty()) != null;
        }
        if (parent instanceof ArrayNode array && at.last().mayMatchElement()
                && at.last().getMatchingIndex() < array.size()) {
            array.remove(at.last().getMatchingIndex());
            edits.add(new Removed(at.head().toString(), at.last().getMatchingIndex()));
            return true;
        }
        return false;
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
