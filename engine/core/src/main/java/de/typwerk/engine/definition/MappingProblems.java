package de.typwerk.engine.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.QuestionKind;
import de.typwerk.engine.i18n.Messages;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the exception Jackson throws when a tree does not fit its type into one problem a
 * definition author can act on: where (line, column, JSON pointer) and what (an unknown key and
 * the near miss, a missing field by name, the expected and the found type). Used for definitions
 * and for strategy parameters alike.
 */
public final class MappingProblems {

    private static final Pattern MISSING = Pattern.compile("Missing required (?:creator )?property '([^']*)'");
    private static final Set<String> NOUNS = Set.of("Questionnaire", "TypeDefinition", "Dimension", "Section",
            "SingleChoiceQuestion", "MultipleChoiceQuestion", "ScaleQuestion", "RankingQuestion", "NumberQuestion",
            "TextQuestion", "Option", "Strength", "Weakness", "ProfileTopic", "ScoringSpec", "AnswerCondition");

    /** Every key a condition may have, in any of its forms. */
    private static final List<String> CONDITION_KEYS = List.of("question", "anyOf", "min", "max", "answered", "all", "any", "not");

    private final Messages messages;

    public MappingProblems(Messages messages) {
        this.messages = messages;
    }

    /**
     * One problem for {@code e}, thrown while binding {@code root}, which stands at {@code base}
     * (a JSON pointer, {@code ""} for the whole document) in the document {@code sourceMap} maps.
     */
    public Problem describe(JsonMappingException e, JsonNode root, String base, SourceMap sourceMap) {
        String pointer = pointerOf(e.getPath());
        Described d = describe(e, root, pointer);
        return Problem.error(d.code, d.message, place(e, d.code, base + d.pointer, sourceMap));
    }

    /**
     * Where a finding made by {@link #describe} with {@code code} stands for {@code pointer}: a value
     * of the wrong type or form where the value stands, anything else at its key. A reader that
     * found it in a copy of the tree it changed places it again with the pointer into the file.
     *
     * @param e         what Jackson threw
     * @param code      the finding's code
     * @param pointer   the JSON pointer of the finding in the file
     * @param sourceMap the file's positions
     * @return its location
     */
    public Location place(JsonMappingException e, String code, String pointer, SourceMap sourceMap) {
        boolean value = !pointer.isEmpty() && (code.equals("wrong-type") || code.equals("invalid-value"))
                && !(e instanceof InvalidFormatException && String.valueOf(e.getOriginalMessage()).contains("Map key"));
        return value ? sourceMap.locateValue(pointer) : sourceMap.locate(pointer);
    }

    /** The known key an unknown one is probably a slip for, as its message names it ("did you mean"). */
    public Optional<String> suggestedKey(UnrecognizedPropertyException u) {
        return NearMiss.among(u.getPropertyName(), knownKeys(u.getKnownPropertyIds()));
    }

    private record Described(String code, String pointer, String message) {
    }

    private Described describe(JsonMappingException e, JsonNode root, String pointer) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownKey(u, pointer);
        }
        if (e instanceof InvalidTypeIdException t) {
            return unknownSubtype(t, root, pointer);
        }
        Matcher missing = MISSING.matcher(String.valueOf(e.getOriginalMessage()));
        if (e instanceof MismatchedInputException && missing.find()) {
            String parent = parentOf(pointer);
            String where = nounOf(e).map(n -> messages.get("definition.missingField.in", missing.group(1), n))
                    .orElseGet(() -> messages.get("definition.missingField", missing.group(1)));
            return new Described("missing-field", parent, where);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return new Described("invalid-value", pointer, messages.get("definition.notAllowed",
                    String.valueOf(f.getValue()), String.join(", ", enumValues(f.getTargetType()))));
        }
        if (e instanceof InvalidFormatException f && String.valueOf(e.getOriginalMessage()).contains("Map key")) {
            String keyPointer = JsonPointer.compile(pointer).appendProperty(String.valueOf(f.getValue())).toString();
            return new Described("wrong-type", keyPointer, messages.get("definition.wrongKey",
                    String.valueOf(f.getValue()), expected(f.getTargetType())));
        }
        if (e.getCause() instanceof InputCoercionException) {
            return new Described("invalid-value", pointer, messages.get("definition.outOfRange",
                    root.at(pointer).asText(), expected(e, Integer.class)));
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() != null ? v.getCause() : v;
            return new Described("invalid-value", pointer, messages.get("definition.invalidValue",
                    firstLine(cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName())));
        }
        if (e instanceof MismatchedInputException && !pointer.isEmpty() && root.at(pointer).isMissingNode()) {
            // a primitive the mapper will not default (FAIL_ON_NULL_FOR_PRIMITIVES): it is missing
            String field = JsonPointers.unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
            return new Described("missing-field", parentOf(pointer), messages.get("definition.missingField", field));
        }
        if (e instanceof MismatchedInputException m) {
            Type wanted = wanted(e, m.getTargetType());
            JsonNode node = root.at(pointer);
            // YAML reads 1.10 or 2024 without quotes as a number: where text is wanted, say how to keep it text
            boolean unquoted = node.isNumber() && (String.class.equals(wanted) || LocalizedText.class.equals(wanted));
            String said = messages.get("definition.wrongType",
                    expected(wanted), unquoted ? messages.get("found.number.unquoted", node.asText()) : found(node));
            // YAML 1.2's octal 0o17, which YAML 1.1 keeps as text: what it stands for, as an answers file says
            Optional<YamlSlips.OtherBase> based = node.isTextual() && numeric(wanted) ? YamlSlips.otherBase(node.asText()) : Optional.empty();
            if (based.isPresent()) {
                said += " " + messages.get("answers.hint.other-base." + based.get().base(), node.asText(), based.get().value().toString());
            }
            return new Described("wrong-type", pointer, said);
        }
        return new Described("invalid-value", pointer, messages.get("definition.invalidValue", firstLine(e.getOriginalMessage())));
    }

    /** Whether {@code type} is a number, boxed or not. */
    private static boolean numeric(Type type) {
        return type instanceof Class<?> c && (Number.class.isAssignableFrom(c) || c == int.class || c == long.class || c == double.class);
    }

    private Described unknownKey(UnrecognizedPropertyException u, String pointer) {
        List<String> known = knownKeys(u.getKnownPropertyIds());
        String name = u.getPropertyName();
        Optional<String> suggestion = NearMiss.among(name, known);
        String message = suggestion.map(s -> messages.get("definition.unknownKey.suggest", name, s))
                .orElseGet(() -> known.isEmpty() ? messages.get("definition.unknownKey.none", name)
                        : messages.get("definition.unknownKey", name, String.join(", ", known)));
        return new Described("unknown-key", pointer, message);
    }

    private Described unknownSubtype(InvalidTypeIdException t, JsonNode root, String pointer) {
        Class<?> base = t.getBaseType() == null ? Object.class : t.getBaseType().getRawClass();
        if (Question.class.equals(base)) {
            String kinds = Arrays.stream(QuestionKind.values()).map(QuestionKind::id).collect(Collectors.joining(", "));
            if (t.getTypeId() == null || !root.at(pointer).has("kind")) {
                return new Described("missing-field", pointer, messages.get("definition.missingKind", kinds));
            }
            // a slip for a known kind is read as that kind (DefinitionReader): say which, as for a key
            Optional<String> near = NearMiss.among(t.getTypeId(), Arrays.stream(QuestionKind.values()).map(QuestionKind::id).toList());
            return new Described("unknown-kind", pointer + "/kind", near
                    .map(kind -> messages.get("definition.unknownKind.suggest", t.getTypeId(), kind, kinds))
                    .orElseGet(() -> messages.get("definition.unknownKind", t.getTypeId(), kinds)));
        }
        if (Condition.class.equals(base)) {
            JsonNode condition = root.at(pointer);
            List<String> keys = new ArrayList<>();
            condition.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (!CONDITION_KEYS.contains(key)) {
                    Optional<String> near = NearMiss.among(key, CONDITION_KEYS);
                    if (near.isPresent()) {
                        return new Described("condition-form", JsonPointer.compile(pointer).appendProperty(key).toString(),
                                messages.get("definition.conditionForm.suggest", key, near.get()));
                    }
                }
            }
            return new Described("condition-form", pointer, messages.get("definition.conditionForm"));
        }
        return new Described("wrong-type", pointer, messages.get("definition.invalidValue", firstLine(t.getOriginalMessage())));
    }

    private static List<String> knownKeys(Collection<Object> ids) {
        return ids == null ? List.of() : ids.stream().map(String::valueOf).sorted().toList();
    }

    /** The noun for the object a missing field belongs to, for the model's own types. */
    private Optional<String> nounOf(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.isEmpty()) return Optional.empty();
        Class<?> owner = ownerOf(path.get(path.size() - 1));
        if (owner == null) return Optional.empty();
        // the records definitions are read into implement the plugin API's model types, which name the noun
        for (Class<?> type : modelTypes(owner)) {
            if (NOUNS.contains(type.getSimpleName()) && type.getPackageName().equals(Question.class.getPackageName())) {
                return Optional.of(messages.get("noun." + type.getSimpleName()));
            }
        }
        return Optional.empty();
    }

    private static List<Class<?>> modelTypes(Class<?> owner) {
        List<Class<?>> types = new ArrayList<>();
        types.add(owner);
        types.addAll(Arrays.asList(owner.getInterfaces()));
        return types;
    }

    private static Class<?> ownerOf(JsonMappingException.Reference ref) {
        Object from = ref.getFrom();
        if (from == null) return null;
        return from instanceof Class<?> c ? c : from.getClass();
    }

    /** What the field at the end of the path wants, in words; from the record component if known. */
    private String expected(JsonMappingException e, Class<?> target) {
        return expected(wanted(e, target));
    }

    /** The type the field at the end of the path wants: its record component's if known, else {@code target}. */
    private static Type wanted(JsonMappingException e, Class<?> target) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (!path.isEmpty()) {
            JsonMappingException.Reference last = path.get(path.size() - 1);
            Class<?> owner = ownerOf(last);
            if (owner != null && owner.isRecord() && last.getFieldName() != null) {
                for (RecordComponent rc : owner.getRecordComponents()) {
                    JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class);
                    String json = p != null && !p.value().isEmpty() ? p.value() : rc.getName();
                    if (json.equals(last.getFieldName())) {
                        Type type = rc.getGenericType();
                        // an optional field wants what it holds
                        return type instanceof ParameterizedType holder && holder.getRawType().equals(Optional.class)
                                ? holder.getActualTypeArguments()[0] : type;
                    }
                }
            }
        }
        return target;
    }

    private String expected(Type type) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            if (raw.equals(Optional.class)) return expected(p.getActualTypeArguments()[0]);
            return expected(raw);
        }
        if (!(type instanceof Class<?> c)) return messages.get("type.value");
        if (c.equals(LocalizedText.class)) return messages.get("type.text");
        if (c.equals(String.class)) return messages.get("type.string");
        if (c.equals(int.class) || c.equals(Integer.class) || c.equals(long.class) || c.equals(Long.class)) {
            return messages.get("type.integer");
        }
        if (Number.class.isAssignableFrom(c) || c.equals(double.class) || c.equals(float.class)) {
            return messages.get("type.number");
        }
        if (c.equals(boolean.class) || c.equals(Boolean.class)) return messages.get("type.boolean");
        if (Collection.class.isAssignableFrom(c) || c.isArray()) return messages.get("type.list");
        if (c.isEnum()) return messages.get("type.enum", String.join(", ", enumValues(c)));
        if (Condition.class.equals(c)) return messages.get("type.condition");
        if (Map.class.isAssignableFrom(c) || c.isRecord() || c.isInterface()) return messages.get("type.map");
        return messages.get("type.value");
    }

    private String found(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) return messages.get("found.nothing");
        if (node.isObject()) return messages.get("found.map");
        if (node.isArray()) return messages.get("found.list");
        if (node.isBoolean()) return messages.get("found.boolean", node.asText());
        if (node.isNumber()) return messages.get("found.number", node.asText());
        String text = node.asText();
        return messages.get("found.string", text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }

    /** The values an enum is written as: its {@code @JsonValue} if it has one, else its name. */
    private static List<String> enumValues(Class<?> type) {
        Method valueMethod = Arrays.stream(type.getMethods())
                .filter(m -> m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0)
                .findFirst().orElse(null);
        return Arrays.stream(type.getEnumConstants()).map(c -> {
            try {
                return valueMethod == null ? ((Enum<?>) c).name() : String.valueOf(valueMethod.invoke(c));
            } catch (ReflectiveOperationException ex) {
                return ((Enum<?>) c).name().toLowerCase(Locale.ROOT);
            }
        }).sorted().toList();
    }

    static String pointerOf(List<JsonMappingException.Reference> path) {
        JsonPointer p = JsonPointer.empty();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                p = p.appendProperty(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                p = p.appendIndex(ref.getIndex());
            }
        }
        return p.toString();
    }

    private static String parentOf(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    private static String firstLine(String message) {
        if (message == null) return "";
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
