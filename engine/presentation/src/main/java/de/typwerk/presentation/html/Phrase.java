package de.typwerk.presentation.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A sentence of the report in its own language that may hold texts of the definition in another
 * one (a type's name from a questionnaire without the report's language): the template marks each
 * such part with its {@code lang}, so a screen reader reads it with the right voice (WCAG 3.1.2),
 * where a sentence held as one string could only be marked as a whole. Public because the compiled
 * templates read it.
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

    public Phrase {
        parts = List.copyOf(parts);
    }

    /** {@return the label {@code key} with {@code args} set in, each {@link Part} marked where it is in another language} */
    static Phrase of(Labels labels, String key, Object... args) {
        Object[] slots = args.clone();
        List<Part> foreign = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] instanceof Part part) {
                slots[i] = part.lang() == null ? part.text() : "\uE000" + foreign.size() + "\uE001";
                if (part.lang() != null) foreign.add(part);
            }
        }
        String formatted = labels.get(key, slots);
        List<Part> parts = new ArrayList<>();
        Matcher slot = SLOT.matcher(formatted);
        int from = 0;
        while (slot.find()) {
            if (slot.start() > from) parts.add(new Part(formatted.substring(from, slot.start()), null));
            parts.add(foreign.get(Integer.parseInt(slot.group(1))));
            from = slot.end();
        }
        if (from < formatted.length()) parts.add(new Part(formatted.substring(from), null));
        return new Phrase(parts);
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
