package de.typwerk.presentation.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * German words of public administration that a text in another language keeps as they are (an
 * English question's "Gemeinde", "Amt" or "the Land"): the HTML report and the web self-test mark
 * each as German, so a screen reader reads it with a German voice (WCAG 3.1.2), where it read an
 * English text's "Amt" or "Landkreis" as English letters. The words are listed in
 * {@value #TERMS} beside this class, each form a text uses; a word counts where it stands on its
 * own, not inside a longer word, and with its case ("Land", not "land"). A text in German keeps
 * its words unmarked. Public because the compiled templates read it.
 */
public final class GermanTerms {

    static final String TERMS = "german-terms.txt";

    /** The terms, the longest first, so that "Landkreis" is one word and not "Land" with a rest. */
    private static final Pattern WORDS = load();

    private GermanTerms() {
    }

    /**
     * A text of the definition as it stands in a page, its German terms marked as German where the
     * text is in another language.
     *
     * @param text the text
     * @param lang the language it is in: the {@code lang} of the element that holds it where that
     *             has one, else {@code null}
     * @param page the page's language, which a text without a {@code lang} of its own is in
     * @return the text, each German term a part of its own with {@code lang} {@code de}; the text as
     *         one part where it is German
     */
    public static Phrase in(String text, String lang, String page) {
        return split(text, lang == null ? page : lang, null);
    }

    /**
     * A text of the definition as a part of a sentence of the page, with its language where it is
     * not the page's, and its German terms marked as German where it is in another language.
     *
     * @param text the text
     * @param lang the language it is in where that is not the page's, else {@code null}
     * @param page the page's language
     * @return the text, each German term a part of its own with {@code lang} {@code de}, the rest
     *         with {@code lang}
     */
    static Phrase marked(String text, String lang, String page) {
        return split(text, lang == null ? page : lang, lang);
    }

    /** The text in {@code language}, its German terms parts of their own, the rest with {@code restLang}. */
    private static Phrase split(String text, String language, String restLang) {
        if ("de".equals(language) || text.isEmpty()) return new Phrase(text.isEmpty() ? List.of() : List.of(new Phrase.Part(text, restLang)));
        List<Phrase.Part> parts = new ArrayList<>();
        Matcher word = WORDS.matcher(text);
        int from = 0;
        while (word.find()) {
            if (word.start() > from) parts.add(new Phrase.Part(text.substring(from, word.start()), restLang));
            parts.add(new Phrase.Part(word.group(), "de"));
            from = word.end();
        }
        if (from < text.length()) parts.add(new Phrase.Part(text.substring(from), restLang));
        return new Phrase(parts);
    }

    private static Pattern load() {
        List<String> terms = new ArrayList<>();
        try (InputStream in = GermanTerms.class.getResourceAsStream(TERMS)) {
            if (in == null) throw new IllegalStateException("missing resource " + TERMS + " beside " + GermanTerms.class.getName());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String term = line.strip();
                    if (!term.isEmpty() && !term.startsWith("#")) terms.add(term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String alternatives = terms.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        // a word of its own: no letter or digit of a longer word on either side
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])");
    }
}
