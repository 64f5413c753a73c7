package de.typwerk.engine.validation;

import de.typwerk.engine.definition.JsonPointers;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Severity;
import de.typwerk.engine.definition.SourceMap;
import de.typwerk.engine.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems one validation run has found so far, each located through the source map. */
final class Findings {

    private final SourceMap sourceMap;
    private final Messages messages;
    private final List<Problem> problems = new ArrayList<>();

    Findings(SourceMap sourceMap, Messages messages) {
        this.sourceMap = sourceMap;
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    SourceMap sourceMap() {
        return sourceMap;
    }

    void error(String code, String pointer, String messageKey, Object... args) {
        add(Severity.ERROR, code, pointer, messageKey, args);
    }

    void warning(String code, String pointer, String messageKey, Object... args) {
        add(Severity.WARNING, code, pointer, messageKey, args);
    }

    private void add(Severity severity, String code, String pointer, String messageKey, Object... args) {
        problems.add(new Problem(severity, code, messages.get(messageKey, args), sourceMap.locate(pointer)));
    }

    /** Adds a problem found elsewhere (e.g. by a strategy), whose pointer is relative to {@code base}. */
    void relocated(Problem problem, String base) {
        // Problem.inDefinition (code invalid-weight): the strategy's pointer starts at the definition's root
        String pointer = "invalid-weight".equals(problem.code()) ? problem.location().pointer() : base + problem.location().pointer();
        problems.add(problem.withLocation(sourceMap.locate(pointer)));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    /**
     * How a message names another place in the document: {@code line 12 (/types/0/id)}; with the
     * file's name when the place lies in another file than the one validated (a variant's base).
     */
    String place(String pointer) {
        Location l = sourceMap.origin(pointer);
        if (!l.source().isEmpty() && !l.source().equals(sourceMap.source())) {
            return l.line() > 0
                    ? messages.get("validation.place.in", l.source(), l.line(), l.pointer())
                    : messages.get("validation.place.pointer.in", l.source(), l.pointer());
        }
        return l.line() > 0
                ? messages.get("validation.place", l.line(), pointer)
                : messages.get("validation.place.pointer", pointer);
    }

    /** In document order; problems without a line keep the order they were found in. */
    List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.location().line()).thenComparingInt(p -> p.location().column()));
        return List.copyOf(sorted);
    }

    /** {@code base/name} with {@code name} escaped as RFC 6901 asks. */
    static String child(String base, String name) {
        return JsonPointers.append(base, name);
    }

    static String child(String base, int index) {
        return base + "/" + index;
    }
}
