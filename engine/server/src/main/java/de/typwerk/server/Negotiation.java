package de.typwerk.server;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.interop.ResponseFormat;
import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Language;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a request asks for and sends, read strictly: its query parameters (one value each, only
 * those its route knows), the language of the answer, and the media type of its body (UTF-8,
 * uncompressed, one the route consumes).
 */
final class Negotiation {

    private Negotiation() {
    }

    /**
     * The request's parameters; one value each. Percent-encoding is decoded; a parameter given
     * twice, or not decodable, is a bad request.
     */
    static Map<String, String> query(String raw, Texts m) throws Failure {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return query;
        for (String written : raw.split("&", -1)) {
            if (written.isEmpty()) continue;
            String pair = escapedBytes(written);
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = decoded(eq < 0 ? pair : pair.substring(0, eq));
                value = eq < 0 ? "" : decoded(pair.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new Failure(400, m.get("http.bad-query", Route.shown(pair)));
            } catch (CharacterCodingException e) {
                throw new Failure(400, m.get("http.query-not-utf8", Route.shown(pair)));
            }
            if (query.put(name, value) != null) throw new Failure(400, m.get("http.repeated-parameter", Route.shown(name)));
        }
        return query;
    }

    /**
     * A name or value of the query decoded as {@link URLDecoder} does ({@code +} is a space), but
     * strictly: escaped bytes that are not UTF-8 ({@code ?lang=%ff}, {@code %e4} for a Latin-1 "ä")
     * are refused, where they were read as U+FFFD, which an answer then named as "lang=\uFFFD".
     *
     * @throws IllegalArgumentException a {@code %} not followed by two hexadecimal digits
     * @throws CharacterCodingException escaped bytes that are not UTF-8
     */
    static String decoded(String written) throws CharacterCodingException {
        if (written.indexOf('%') < 0 && written.indexOf('+') < 0) return written;
        StringBuilder text = new StringBuilder(written.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '%') {
                int high = i + 2 < written.length() ? Character.digit(written.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(written.charAt(i + 2), 16) : -1;
                if (low < 0) throw new IllegalArgumentException("not an escape: " + written);
                bytes.write(high * 16 + low);
                i += 2;
                continue;
            }
            utf8(bytes, text);
            text.append(c == '+' ? ' ' : c);
        }
        utf8(bytes, text);
        return text.toString();
    }

    /** The escaped bytes collected so far, appended to {@code text} as the UTF-8 they must be. */
    private static void utf8(ByteArrayOutputStream bytes, StringBuilder text) throws CharacterCodingException {
        if (bytes.size() == 0) return;
        text.append(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())));
        bytes.reset();
    }

    /**
     * A query sent with its UTF-8 bytes unescaped (curl with {@code ?lang=ä} typed) reaches the
     * server read as ISO-8859-1, a character per byte: those bytes are escaped, so that they are
     * decoded as the UTF-8 they are, as the escaped ones are, and an answer names what was sent
     * ("ä", not "Ã¤"), as it does for a path.
     */
    private static String escapedBytes(String written) {
        if (written.chars().allMatch(c -> c < 0x80 || c > 0xFF)) return written;
        StringBuilder escaped = new StringBuilder(written.length() + 8);
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= 0x80 && c <= 0xFF) {
                escaped.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Every parameter must be one the route reads, or {@code lang}; else 400. */
    static void knownParameters(Route route, Map<String, String> query, Texts m) throws Failure {
        if (query.isEmpty()) return;
        Set<String> known = new TreeSet<>(route.parameters());
        known.add("lang");
        for (String name : query.keySet()) {
            if (!known.contains(name)) throw new Failure(400, m.get("http.unknown-parameter", Route.shown(name), String.join(", ", known)));
        }
    }

    /**
     * {@code ?lang=}, else the best match of {@code Accept-Language} (an unreadable one is ignored),
     * else {@code fallback}.
     */
    static Language language(HttpExchange exchange, Map<String, String> query, Language fallback, Texts m) throws Failure {
        String asked = query.get("lang");
        if (asked != null) return Language.of(asked).orElseThrow(() -> new Failure(400, m.get("http.bad-value", "lang", Route.shown(asked), "de, en")));
        return accepted(exchange, fallback);
    }

    /**
     * The best match of {@code Accept-Language} (an unreadable one is ignored), else
     * {@code fallback}: the language to say what is wrong with {@code ?lang=} itself in.
     */
    static Language accepted(HttpExchange exchange, Language fallback) {
        return accepted(exchange.getRequestHeaders().getFirst("Accept-Language"), fallback);
    }

    /**
     * The best match of an {@code Accept-Language} header's value (an unreadable one is ignored),
     * else {@code fallback}, unless the header excludes it ({@code en;q=0}) and not the other
     * language: a client that says it does not take English is answered in German, even where the
     * server's own language is English and the header names no language we speak otherwise
     * ({@code en;q=0}, {@code *;q=0.5, en;q=0}; the lookup leaves {@code *} aside).
     */
    static Language accepted(String accepted, Language fallback) {
        if (accepted == null || accepted.isBlank()) return fallback;
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(accepted);
            String best = Locale.lookupTag(ranges, List.of("de", "en"));
            if (best != null) return Language.of(best).orElse(fallback);
            if (!excluded(ranges, fallback)) return fallback;
            for (Language other : Language.values()) {
                if (!excluded(ranges, other)) return other;
            }
            return fallback;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Whether a range of weight 0 names {@code language} ({@code en}; {@code en-GB;q=0} leaves English in general) or every language ({@code *}). */
    private static boolean excluded(List<Locale.LanguageRange> ranges, Language language) {
        for (Locale.LanguageRange r : ranges) {
            if (r.getWeight() != 0) continue;
            String range = r.getRange();
            if (range.equals("*") || range.equals(language.tag())) return true;
        }
        return false;
    }

    /** A flag parameter: absent is false; present, empty or {@code true} is true; {@code false} is false. */
    static boolean flag(Call call, String name) throws Failure {
        var value = call.parameter(name);
        if (value.isEmpty() || value.get().equals("true") || value.get().isEmpty()) return value.isPresent();
        if (value.get().equals("false")) return false;
        throw badValue(call, name, value.get(), "true, false");
    }

    /**
     * The {@code strategy} parameter, stripped. An empty one ({@code ?strategy=}, a client's unset
     * variable) is a value not allowed, naming the loaded strategies, where it was the
     * questionnaire's own strategy taken in silence; one not loaded is a 400 naming the loaded ones,
     * for a slip of the pen the one it was meant for, and why it is not loaded where that is known
     * (a refused plugin that had it, a loaded questionnaire offering it without its plugin's jar).
     */
    static java.util.Optional<String> strategy(Call call) throws Failure {
        java.util.Optional<String> value = call.parameter("strategy").map(String::strip);
        if (value.isPresent() && value.get().isEmpty()) {
            throw badValue(call, "strategy", call.query().get("strategy"), String.join(", ", call.engine().strategies().ids()));
        }
        // one that is not loaded at all is said so, naming those that are, on every route that takes it
        if (value.isPresent() && call.engine().strategies().find(value.get()).isEmpty()) {
            // as the CLI says it: with the loaded one a slip of the pen (?strategy=protoype) was meant for, and why it is not loaded
            throw new Failure(400, call.messages().get("http.strategy"),
                    call.messages().strategyNotLoaded(call.engine(), value.get(), Route.shown(value.get())));
        }
        return value;
    }

    /** Whether media {@code type} (as {@link #mediaType} gives it) is JSON: {@code application/json} or any {@code …+json}. */
    static boolean json(String type) {
        return type.equals("application/json") || type.endsWith("+json");
    }

    /** The parameter that names what a body is: Typwerk's own answers or rows, or another survey tool's responses. */
    static final String INPUT_FORMAT = "input-format";
    /** The parameter that names the questionnaire another tool's responses answer, where they do not name it. */
    static final String QUESTIONNAIRE = "questionnaire";

    /**
     * The {@value #INPUT_FORMAT} parameter: empty when not given, else the tool named, or empty
     * inside for {@code answers} (Typwerk's own answers or rows, whatever the content looks like);
     * any other value is 400.
     */
    static java.util.Optional<java.util.Optional<ResponseFormat>> inputFormat(Call call) throws Failure {
        java.util.Optional<String> value = call.parameter(INPUT_FORMAT).map(String::strip);
        if (value.isEmpty()) return java.util.Optional.empty();
        if (value.get().equalsIgnoreCase("answers")) return java.util.Optional.of(java.util.Optional.empty());
        java.util.Optional<ResponseFormat> tool = ResponseFormat.of(value.get());
        if (tool.isEmpty()) throw badValue(call, INPUT_FORMAT, call.query().get(INPUT_FORMAT), "answers, surveyjs, fhir, limesurvey");
        return java.util.Optional.of(tool);
    }

    /**
     * The {@value #QUESTIONNAIRE} parameter (id or id@version): the questionnaire another tool's
     * responses answer; 400 when it is not loaded.
     */
    static java.util.Optional<LoadedQuestionnaire> questionnaire(Call call) throws Failure {
        java.util.Optional<String> id = call.parameter(QUESTIONNAIRE).map(String::strip);
        if (id.isEmpty()) return java.util.Optional.empty();
        java.util.Optional<LoadedQuestionnaire> loaded = call.engine().questionnaire(id.get());
        if (loaded.isEmpty()) throw new Failure(400, call.messages().unknownQuestionnaire(call.engine(), Route.shown(id.get())));
        return loaded;
    }

    /** The 400 for a {@value #QUESTIONNAIRE} given with Typwerk's own answers, which name their questionnaire themselves. */
    static Failure questionnaireWithoutTool(Call call) {
        return badValue(call, QUESTIONNAIRE, call.query().get(QUESTIONNAIRE), call.messages().get("http.questionnaire-needs-tool"));
    }

    static Failure badValue(Call call, String name, String value, String allowed) {
        return new Failure(400, call.messages().get("http.bad-value", name, value == null ? null : Route.shown(value), allowed));
    }

    /**
     * The body's media type, in lower case, without parameters. A body without a type, with a
     * charset other than UTF-8, or compressed ({@code Content-Encoding}) is refused (415); which
     * types the route takes, its handler decides, naming {@link Route#consumes} when it refuses.
     */
    static String mediaType(Call call) throws Failure {
        String allowed = String.join(", ", call.route().consumes());
        String header = call.exchange().getRequestHeaders().getFirst("Content-Type");
        if (header == null || header.isBlank()) throw new Failure(415, call.messages().get("http.no-media-type", allowed));
        // two headers that say different things (one added by a proxy): which one the body is, nobody can tell
        List<String> types = call.exchange().getRequestHeaders().get("Content-Type");
        if (types.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).distinct().count() > 1) {
            throw new Failure(415, call.messages().get("http.media-type-twice", String.join(" | ", types)));
        }
        for (String encoding : call.exchange().getRequestHeaders().getOrDefault("Content-Encoding", List.of())) {
            if (!encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
                throw new Failure(415, call.messages().get("http.encoding", encoding.strip()));
            }
        }
        // a list in one header (Content-Type: application/yaml, application/json), as an Accept is written: two types as well;
        // the same type twice, as a proxy that joins two equal headers writes them, is the one type, as two equal headers are
        List<String> listed = java.util.Arrays.stream(header.split(",", -1)).map(String::strip).toList();
        if (listed.size() > 1) {
            if (listed.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().count() > 1) {
                throw new Failure(415, call.messages().get("http.media-type-twice", String.join(" | ", listed)));
            }
            header = listed.get(0);
        }
        String[] parts = header.split(";", -1);
        String name = parts[0].strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) throw new Failure(415, call.messages().get("http.no-media-type", allowed));
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw new Failure(415, call.messages().get("http.charset", charset));
                }
            }
        }
        return name;
    }

    /** 415 naming the types the route takes. */
    static Failure unsupported(Call call, String type) {
        return unsupported(call, type, call.route().consumes());
    }

    /** As {@link #unsupported(Call, String)}, naming {@code allowed}: the types taken for what the request says it sends. */
    static Failure unsupported(Call call, String type, List<String> allowed) {
        return new Failure(415, call.messages().get("http.media-type", type, String.join(", ", allowed)));
    }

    /**
     * The type of {@code offered} (media types without parameters, the route's default first) the
     * request's {@code Accept} prefers (RFC 9110, 12.5.1), or empty when it admits none. No
     * {@code Accept} (or none that reads) admits all, the default first. Each type gets the quality
     * of the most specific range that names it ({@code type/subtype}, then {@code application/json}
     * for a {@code +json} type, then {@code type/*}, then {@code *}{@code /*}); {@code q=0} excludes;
     * other parameters are ignored; of equal quality, the earlier offered wins.
     */
    static java.util.Optional<String> acceptable(HttpExchange exchange, List<String> offered) {
        List<String> headers = exchange.getRequestHeaders().getOrDefault("Accept", List.of());
        List<String[]> ranges = new java.util.ArrayList<>();
        List<Double> qualities = new java.util.ArrayList<>();
        for (String header : headers) {
            for (String element : header.split(",")) {
                String[] parts = element.split(";");
                String range = parts[0].strip().toLowerCase(Locale.ROOT);
                int slash = range.indexOf('/');
                if (slash <= 0 || slash == range.length() - 1) continue;
                double q = 1;
                for (int i = 1; i < parts.length; i++) {
                    String[] parameter = parts[i].split("=", 2);
                    if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("q")) {
                        try {
                            q = Double.parseDouble(parameter[1].strip());
                        } catch (NumberFormatException e) {
                            q = 1;
                        }
                    }
                }
                ranges.add(new String[] {range.substring(0, slash).strip(), range.substring(slash + 1).strip()});
                qualities.add(Math.max(0, Math.min(1, q)));
            }
        }
        if (ranges.isEmpty()) return offered.stream().findFirst();
        String best = null;
        double bestQuality = 0;
        for (String type : offered) {
            String name = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
            String main = name.substring(0, name.indexOf('/'));
            String sub = name.substring(name.indexOf('/') + 1);
            int specificity = -1;
            double quality = 0;
            for (int i = 0; i < ranges.size(); i++) {
                String[] r = ranges.get(i);
                int s;
                if (r[0].equals(main) && r[1].equals(sub)) s = 3;
                else if (r[0].equals("application") && r[1].equals("json") && main.equals("application") && sub.endsWith("+json")) s = 2;
                else if (r[0].equals(main) && r[1].equals("*")) s = 1;
                else if (r[0].equals("*") && r[1].equals("*")) s = 0;
                else continue;
                if (s > specificity) {
                    specificity = s;
                    quality = qualities.get(i);
                }
            }
            if (quality > bestQuality) {
                best = type;
                bestQuality = quality;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /**
     * Says that the answer depends on the request's {@code Accept} ({@code Vary: Accept}, once):
     * every answer of a {@code /v1/} route, whose success {@code Accept} may turn into a 406, and
     * every answer whose form (page or problem document) it chooses, so that no cache hands one
     * client's answer to another that asked for something else.
     */
    static void varyByAccept(HttpExchange exchange) {
        List<String> vary = exchange.getResponseHeaders().getOrDefault("Vary", List.of());
        if (vary.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).noneMatch(v -> v.strip().equalsIgnoreCase("Accept"))) {
            exchange.getResponseHeaders().add("Vary", "Accept");
        }
    }

    /** The request's {@code Accept}, as a message names it: its headers joined. */
    static String accept(HttpExchange exchange) {
        return Route.shown(String.join(", ", exchange.getRequestHeaders().getOrDefault("Accept", List.of())));
    }

    /** 406 naming the request's {@code Accept} and the types the route gives ({@code offered}). */
    static Failure notAcceptable(HttpExchange exchange, Texts m, List<String> offered) {
        return new Failure(406, m.get("http.not-acceptable", accept(exchange), String.join(", ", offered)));
    }

    /**
     * The type of a route that gives several ({@code offered}, by a {@code format} parameter, the
     * default first): the one {@code format} names, when given ({@code named}), provided
     * {@code Accept} admits it, else the one {@code Accept} prefers; 406 when it admits none.
     */
    static String chosen(Call call, List<String> offered, java.util.Optional<String> named) throws Failure {
        if (named.isPresent()) {
            if (acceptable(call.exchange(), List.of(named.get())).isPresent()) return named.get();
            throw new Failure(406, call.messages().get("http.not-acceptable.format", accept(call.exchange()), named.get(),
                    call.query().get("format")));
        }
        return acceptable(call.exchange(), offered).orElseThrow(() -> notAcceptable(call.exchange(), call.messages(), offered));
    }
}
