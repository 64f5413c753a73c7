package de.typwerk.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form post ({@code application/x-www-form-urlencoded}) read within limits: at most
 * {@link #MAX_BYTES} bytes and {@link #MAX_FIELDS} fields. What does not read is a
 * {@link Refused} with the reason, never an exception the server would answer with 500.
 */
final class FormBody {

    /** The largest form the self-test reads: the answers carried, and one question's answer. */
    static final int MAX_BYTES = 1 << 20;
    /** The most fields a form may have. */
    static final int MAX_FIELDS = 1_000;

    private final Map<String, List<String>> fields;

    private FormBody(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /**
     * Why a form was not read: the key of the self-test's text that says so (in the page's
     * language), with its arguments.
     */
    static final class Refused extends Exception {

        final boolean tooLarge;
        final String key;
        final transient Object[] arguments;

        Refused(boolean tooLarge, String key, Object... arguments) {
            super(key, null, false, false);
            this.tooLarge = tooLarge;
            this.key = key;
            this.arguments = arguments;
        }
    }

    /**
     * Reads a form body.
     *
     * @throws Refused when it is larger than the limits or does not decode
     */
    static FormBody read(InputStream in) throws IOException, Refused {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) throw new Refused(true, "error.form-too-large", MAX_BYTES);
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    static FormBody parse(String body) throws Refused {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int count = 0;
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) continue;
            if (++count > MAX_FIELDS) throw new Refused(true, "error.form-too-many", MAX_FIELDS);
            int eq = pair.indexOf('=');
            try {
                // escapes that are not UTF-8 (answer=%ff) are refused as undecodable, not read as U+FFFD
                String name = Negotiation.decoded(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : Negotiation.decoded(pair.substring(eq + 1));
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
                throw new Refused(false, "error.form.undecodable", pair);
            }
        }
        return new FormBody(fields);
    }

    /** {@return every value of a field, in the order sent} */
    List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /**
     * @return the one value of a field, or empty when it is not sent
     * @throws Refused when it is sent more than once
     */
    Optional<String> one(String name) throws Refused {
        List<String> values = all(name);
        if (values.size() > 1) throw new Refused(false, "error.form.repeated", name, values.size());
        return values.stream().findFirst();
    }

    /** {@return the names of the fields sent} */
    java.util.Set<String> names() {
        return fields.keySet();
    }
}
