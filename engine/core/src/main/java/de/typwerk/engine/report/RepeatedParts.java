package de.typwerk.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import de.typwerk.api.model.LocalizedText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parts of a result that repeat from row to row, written once and then copied: texts of the
 * questionnaire ({@code LocalizedText}: a question, a type's name, a strength) and whole
 * recommendations, which depend on the type alone. In a batch of full results they are most of
 * the 10 KB of every line, and escaping them again for every row was most of the cost of writing
 * it.
 *
 * <p>Only for the one-line form (no pretty printer): the indented form's layout depends on where a
 * part stands. A text is kept by its languages and texts in order, any other part by the
 * object's identity (see {@code key}), so what is copied is exactly what writing it anew gives; at
 * most {@value #KEPT} parts per kind are kept, the first met, so answer texts made per row cannot
 * make it grow.
 */
final class RepeatedParts extends BeanSerializerModifier {

    static final int KEPT = 4096;

    private final Set<Class<?>> kinds;
    private final JsonFactory json;

    RepeatedParts(Set<Class<?>> kinds, JsonFactory json) {
        this.kinds = Set.copyOf(kinds);
        this.json = json;
    }

    @Override
    public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
        // by kind, not class: the result model's types are interfaces, implemented by the engine's records
        Class<?> bean = description.getBeanClass();
        if (kinds.stream().noneMatch(k -> k.isAssignableFrom(bean))) return serializer;
        @SuppressWarnings("unchecked")
        JsonSerializer<Object> plain = (JsonSerializer<Object>) serializer;
        return new Kept(plain, new ConcurrentHashMap<>(), json);
    }

    /** An object compared by identity. */
    private record Same(Object value) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** The plain serializer of a kind, with the one-line form of the parts met so far. */
    private static final class Kept extends JsonSerializer<Object> implements ResolvableSerializer, ContextualSerializer {

        private final JsonSerializer<Object> plain;
        private final Map<Object, SerializedString> written;
        private final JsonFactory json;

        Kept(JsonSerializer<Object> plain, Map<Object, SerializedString> written, JsonFactory json) {
            this.plain = plain;
            this.written = written;
            this.json = json;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (gen.getPrettyPrinter() != null) {
                plain.serialize(value, gen, provider);
                return;
            }
            Object key = key(value);
            SerializedString raw = written.get(key);
            if (raw == null) {
                StringWriter text = new StringWriter();
                try (JsonGenerator alone = json.createGenerator(text)) {
                    plain.serialize(value, alone, provider);
                }
                raw = new SerializedString(text.toString());
                if (written.size() < KEPT) written.putIfAbsent(key, raw);
            }
            // the separator a value needs here (',' or ':'), then the part's bytes as they are
            gen.writeRawValue("");
            gen.writeRaw(raw);
        }

        /**
         * What a part is kept by. A text: its languages and texts in order ({@code LocalizedText}
         * is written as exactly that map, and equal maps may list their languages in another
         * order), so an answer text made anew for every row ("5 von 5: „voll“") is found again. Any
         * other part: the object itself, by identity; the recommendations of a type are one object
         * in every result (the assembler keeps them), and an object is always written the same.
         */
        private static Object key(Object value) {
            if (!(value instanceof LocalizedText text)) return new Same(value);
            Object[] pairs = new Object[2 * text.texts().size()];
            int i = 0;
            for (Map.Entry<String, String> e : text.texts().entrySet()) {
                pairs[i++] = e.getKey();
                pairs[i++] = e.getValue();
            }
            return Arrays.asList(pairs);
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (plain instanceof ResolvableSerializer r) r.resolve(provider);
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
            if (!(plain instanceof ContextualSerializer c)) return this;
            @SuppressWarnings("unchecked")
            JsonSerializer<Object> contextual = (JsonSerializer<Object>) c.createContextual(provider, property);
            return contextual == plain ? this : new Kept(contextual, written, json);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Object value) {
            return plain.isEmpty(provider, value);
        }

        @Override
        public Class<Object> handledType() {
            return plain.handledType();
        }
    }
}
