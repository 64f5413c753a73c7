package de.typwerk.presentation.text;

import de.typwerk.presentation.Texts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.diff.Change;
import de.typwerk.engine.diff.QuestionnaireDiff;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@link QuestionnaireDiff} as {@code typwerk diff} and {@code typwerk show} (of a variant)
 * print it: a summary, then one block per kind of thing, one line per change: {@code +} added,
 * {@code -} removed, {@code ~} changed, with the values before and after where they are short
 * enough to read. Texts in the chosen language.
 */
public final class DiffView {

    private static final int INDENT = 2;

    private final Texts m;
    private final String lang;
    private final ObjectWriter compact;

    /**
     * A view in the language of {@code messages}.
     *
     * @param messages the CLI’s words in the reader’s language
     * @param mappers the project’s JSON settings, for values shown as JSON
     */
    public DiffView(Texts messages, Mappers mappers) {
        this.m = messages;
        this.lang = messages.language().tag();
        this.compact = mappers.json().copy()
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.NON_EMPTY))
                .writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * Adds the summary line and the changes, grouped, to {@code page}.
     *
     * @param diff the changes between two questionnaires
     * @param page the page written to
     */
    public void render(QuestionnaireDiff diff, Page page) {
        if (diff.isEmpty()) {
            page.line(0, m.get("diff.none"));
            return;
        }
        page.line(0, m.get("diff.summary", count(diff, Change.Action.ADDED), count(diff, Change.Action.REMOVED),
                count(diff, Change.Action.CHANGED)));
        for (Change.Subject subject : Change.Subject.values()) {
            List<Change> changes = diff.changes().stream().filter(c -> c.subject() == subject).toList();
            if (changes.isEmpty()) continue;
            page.blank().heading(m.get("diff.subject." + subject.id()), '-');
            changes.forEach(c -> line(page, c));
        }
    }

    private static String count(QuestionnaireDiff diff, Change.Action action) {
        return String.valueOf(diff.count(action));
    }

    private void line(Page page, Change c) {
        String sign = switch (c.action()) {
            case ADDED -> "+ ";
            case REMOVED -> "- ";
            case CHANGED -> "~ ";
        };
        String where = c.path() + c.section().map(s -> " " + m.get("diff.in", s)).orElse("");
        String what = switch (c.action()) {
            case ADDED -> c.after().map(this::value).orElse("");
            case REMOVED -> c.before().map(this::value).orElse("");
            case CHANGED -> c.properties().isEmpty() ? changed(c.before().orElse(""), c.after().orElse("")) : properties(c);
        };
        page.hanging(INDENT, sign, what.isEmpty() ? where : where + ": " + what);
    }

    /**
     * A value before and after. A text that reads the same in the chosen language changed in
     * another: the reader is told so, and shown that language's texts, where "„A“ → „A“" read
     * as no change at all (a variant for Landkreise keeps a German text and words its English anew).
     */
    private String changed(Object before, Object after) {
        if (before instanceof LocalizedText b && after instanceof LocalizedText a && b.get(lang, "de").equals(a.get(lang, "de"))) {
            java.util.Set<String> languages = new java.util.TreeSet<>(b.texts().keySet());
            languages.addAll(a.texts().keySet());
            List<String> elsewhere = languages.stream().filter(l -> !b.in(l).equals(a.in(l)))
                    .map(l -> m.get("diff.text.in", language(l), quoted(b.in(l)), quoted(a.in(l)))).toList();
            if (!elsewhere.isEmpty()) return m.get("diff.text.same-here", value(b), language(lang), String.join("; ", elsewhere));
        }
        return value(before) + " → " + value(after);
    }

    /** A language by its name where the texts have one (German, English), else by its tag. */
    private String language(String tag) {
        return tag.equals("de") || tag.equals("en") ? m.get("diff.language." + tag) : tag;
    }

    private String quoted(Optional<String> text) {
        return text.map(t -> m.get("diff.quoted", t)).orElse("–");
    }

    /** {@code weights {…} → {…}; when} – values shown where they are short, names otherwise. */
    private String properties(Change c) {
        Map<?, ?> before = c.before().filter(Map.class::isInstance).map(Map.class::cast).orElse(Map.of());
        Map<?, ?> after = c.after().filter(Map.class::isInstance).map(Map.class::cast).orElse(Map.of());
        return c.properties().stream().map(p -> {
            String x = value(before.get(p));
            String y = value(after.get(p));
            return x.length() + y.length() <= 60 ? p + " " + x + " → " + y : p;
        }).collect(Collectors.joining("; "));
    }

    /** A text in the chosen language, quoted; anything else as compact JSON; nothing as "–". */
    private String value(Object v) {
        if (v == null || (v instanceof Optional<?> o && o.isEmpty())) return "–";
        if (v instanceof LocalizedText t) return m.get("diff.quoted", t.get(lang, "de"));
        if (v instanceof String s) return s;
        try {
            return compact.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            return String.valueOf(v);
        }
    }
}
