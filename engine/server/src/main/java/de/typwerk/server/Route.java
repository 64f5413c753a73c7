package de.typwerk.server;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One route of {@code typwerk serve}: a method and a path pattern ({@code /v1/questionnaires/{id}}),
 * what it answers with and takes (media types, query parameters), its handler and a summary.
 * {@link HttpApi#routes} declares every route once; the routing, the 404 and 405 answers, the
 * preflight of browsers, the metrics' and the log's route label and the OpenAPI description
 * ({@link OpenApi}) are all read from there.
 *
 * @param kind        {@link Kind#API}: JSON routes, whose failures are problem documents and which
 *                    browsers of allowed origins may call (CORS); {@link Kind#PAGE}: the web
 *                    self-test's pages, whose failures are error pages
 * @param operationId the OpenAPI operation's id, which also names its details in
 *                    {@value OpenApi#PARTS}
 * @param parameters  the query parameters it reads, besides {@code lang} (which every route reads)
 * @param consumes    media types of the request body it reads (none: it reads no body)
 * @param produces    media types of its successful answers
 */
record Route(String method, String pattern, Kind kind, String operationId, String summary, List<String> parameters,
             List<String> consumes, List<String> produces, Handler handler) {

    /** JSON routes, or the web self-test's pages. */
    enum Kind { API, PAGE }

    /** Answers a request the route matched; returns a note for the log line (empty, or e.g. a batch's counts). */
    @FunctionalInterface
    interface Handler {
        String answer(Call call) throws Failure, IOException;
    }

    Route {
        parameters = List.copyOf(parameters);
        consumes = List.copyOf(consumes);
        produces = List.copyOf(produces);
    }

    /** A JSON route that answers with {@code produces}, reads no body and no parameter but {@code lang}. */
    static Route api(String method, String pattern, String operationId, String summary, String produces, Handler handler) {
        return new Route(method, pattern, Kind.API, operationId, summary, List.of(), List.of(), List.of(produces), handler);
    }

    /** A page of the web self-test. */
    static Route page(String method, String pattern, String operationId, String summary, String produces, Handler handler) {
        return new Route(method, pattern, Kind.PAGE, operationId, summary, List.of(), List.of(), List.of(produces), handler);
    }

    Route parameters(String... names) {
        return new Route(method, pattern, kind, operationId, summary, List.of(names), consumes, produces, handler);
    }

    Route consumes(String... types) {
        return new Route(method, pattern, kind, operationId, summary, parameters, List.of(types), produces, handler);
    }

    Route produces(String... types) {
        return new Route(method, pattern, kind, operationId, summary, parameters, consumes, List.of(types), handler);
    }

    /** {@code GET /v1/questionnaires/{id}}: how the 404 lists it and metrics and the log label it. */
    String name() {
        return method + " " + pattern;
    }

    /**
     * The values of the {@code {name}} segments of a pattern (its {@link #segments}) in
     * {@code path}, or empty when it does not match.
     */
    static Optional<Map<String, String>> match(List<String> pattern, List<String> path) {
        if (pattern.size() != path.size()) return Optional.empty();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (p.startsWith("{") && p.endsWith("}")) {
                values.put(p.substring(1, p.length() - 1), path.get(i));
            } else if (!p.equals(path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /**
     * The path a request asked for, to name it in a message: its segments decoded, but an escaped
     * slash ({@code %2F}) left as it was sent, since it is part of a segment and not a slash
     * ({@link #segments(URI)}). {@link URI} reads a request target that starts with {@code //}
     * ({@code //v1/score}, as a proxy writes it that joins a base ending in {@code /} with a path)
     * as an authority ({@code v1}) and a path ({@code /score}): the two are put together again.
     */
    static String path(URI target) {
        return shown(decode(rawPath(target), true));
    }

    /** Most characters of what a client sent that an answer repeats: a path or a value may be some 380 KiB long. */
    static final int SHOWN_CHARACTERS = 200;

    /**
     * {@code text} as an answer names it: whole, or, beyond {@value #SHOWN_CHARACTERS} characters
     * (a path of 100,000 letters), its beginning and "…", so that an answer does not send back
     * whatever a client sent.
     */
    static String shown(String text) {
        return de.typwerk.engine.i18n.Excerpt.of(text, SHOWN_CHARACTERS);
    }

    /**
     * The segments of the path a request asked for, empty ones dropped, each decoded on its own:
     * an escaped slash ({@code /v1/questionnaires/oefit%2Ftemplate}) stays within its segment, so
     * it is the id {@code oefit/template}, not the route of a template (RFC 3986, 2.2: an escaped
     * reserved character is data, not a delimiter).
     */
    static List<String> segments(URI target) {
        List<String> segments = new ArrayList<>();
        for (String s : rawPath(target).split("/")) {
            if (!s.isEmpty()) segments.add(decode(s, false));
        }
        return segments;
    }

    static String rawPath(URI target) {
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        return target.getScheme() == null && target.getRawAuthority() != null ? "//" + target.getRawAuthority() + path : path;
    }

    /**
     * A raw path (or segment) decoded: its {@code %}-escapes are bytes, and so are the characters
     * up to U+00FF, which is how a path sent with its UTF-8 bytes unescaped (curl with an "ä"
     * typed into the address) reaches the server, read as ISO-8859-1: the bytes are read as the
     * UTF-8 they are, so that an answer names what was asked for ("ä", not "Ã¤"). Bytes that are
     * not UTF-8 are read as ISO-8859-1.
     */
    private static String decode(String raw, boolean keepEscapedSlash) {
        if (raw.indexOf('%') < 0 && raw.chars().allMatch(c -> c < 0x80)) return raw;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            int high = c == '%' && i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (low >= 0 && !(keepEscapedSlash && high * 16 + low == '/')) {
                bytes.write(high * 16 + low);
                i += 3;
                continue;
            }
            if (c <= 0xFF) {
                bytes.write(c);
            } else {
                bytes.writeBytes(new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            i += Character.charCount(c);
        }
        byte[] b = bytes.toByteArray();
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    /** A path's segments, empty ones dropped: {@code /v1//score/} is {@code [v1, score]}. */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String s : (path == null ? "" : path).split("/")) {
            if (!s.isEmpty()) segments.add(s);
        }
        return segments;
    }
}
