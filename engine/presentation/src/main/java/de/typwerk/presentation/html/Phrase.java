package de.typwerk.presentation.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A sentence of the report in its own language that may hold texts of the definition in another
 * one (a type's name from a questionnaire without the report's language): the template marks each
 * such part with its {@code lang}, so a screen reader reads it with the right voice (WCAG 3.1.2),
 * where a sentence held as one string could only be marked as a whole. The web self-test says its
 * problems in phrases too. Public because the compiled templates read it.
 *
 * @param parts the sentence's parts in order; a part's {@code lang} is {@code null} where it is in
 *              the report's language
 */
public record Phrase(List<Part> parts) {

    /** Where a text of another language stands in a label while it is formatted (private use characters). */
    private static final Pattern SLOT = Pattern.compile("\uE000(\\d+)\uE001");

    /**
     * A part of a sentence.
     *
     * @param text the text
     * @param lang its language where it is not the report's, else {@code null}
     */
    public record Part(String text, String lang) {
    }

    /**
     * A phrase of these parts, kept as a copy.
     *
     * @param parts its parts, in order
     */
    public Phrase {
        parts = List.copyOf(parts);
    }

    /** {@return the label {@code key} with {@code args} set in, each {@link Part} marked where it is in another language} */
    static Phrase of(Labels labels, String key, Object... args) {
        return of(values -> labels.get(key, values), args);
    }

    /**
     * A sentence made by {@code format} from {@code args}, where each argument that is a {@link Part}
     * or a {@code Phrase} keeps its parts' languages.
     *
     * @param format the label with the values set in ({@link java.text.MessageFormat}, as the texts' {@code get} does)
     * @param args   the values: plain ones as they are, parts and phrases keeping their marks
     * @return the sentence
     */
    public static Phrase of(Function<Object[], String> format, Object... args) {
        Object[] slots = args.clone();
        List<List<Part>> foreign = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            List<Part> marked = slots[i] instanceof Part part ? List.of(part) : slots[i] instanceof Phrase phrase ? phrase.parts() : null;
            if (marked == null) continue;
            if (marked.stream().allMatch(p -> p.lang() == null)) {
                slots[i] = marked.stream().map(Part::text).collect(Collectors.joining());
            } else {
                slots[i] = "\uE000" + foreign.size() + "\uE001";
                foreign.add(marked);
            }
        }
        String formatted = format.apply(slots);
        List<Part> parts = new ArrayList<>();
        Matcher slot = SLOT.matcher(formatted);
        int from = 0;
        while (slot.find()) {
            if (slot.start() > from) parts.add(new Part(formatted.substring(from, slot.start()), null));
            parts.addAll(foreign.get(Integer.parseInt(slot.group(1))));
            from = slot.end();
        }
        if (from < formatted.length()) parts.add(new Part(formatted.substring(from), null));
        return new Phrase(parts);
    }

    /**
     * {@return a sentence all in the page’s language}
     *
     * @param text the sentence; empty gives a phrase without parts
     */
    public static Phrase ofText(String text) {
        return new Phrase(text.isEmpty() ? List.of() : List.of(new Part(text, null)));
    }

    /**
     * {@return the phrases one after another, {@code separator} (in the page’s language) between them}
     *
     * @param separator what stands between two phrases, {@code ", "} say
     * @param phrases the phrases in order
     */
    public static Phrase join(String separator, List<Phrase> phrases) {
        List<Part> parts = new ArrayList<>();
        for (Phrase phrase : phrases) {
            if (!parts.isEmpty() && !separator.isEmpty()) parts.add(new Part(separator, null));
            parts.addAll(phrase.parts());
        }
        return new Phrase(parts);
    }

    /** {@return whether the sentence says nothing} */
    public boolean isEmpty() {
        return parts.stream().allMatch(p -> p.text().isEmpty());
    }

    /**
     * {@return the language of the whole phrase where it is one part in a language other than the page's, else
     * {@code null}: an element that holds the phrase alone takes it as its {@code lang} (a table's cell, a legend's
     * entry), where a phrase of several parts is marked part by part inside it ({@code report/inner.jte})}
     */
    public String lang() {
        return parts.size() == 1 ? parts.get(0).lang() : null;
    }

    /** {@return the sentence as plain text, for where no part can be marked (a document's title, an SVG description)} */
    public String plain() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    @Override
    public String toString() {
        return plain();
    }
}
