package de.typwerk.engine.scoring;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.engine.report.Decimals;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.engine.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.definition.IdentityMemo;
import de.typwerk.engine.definition.QuestionIndex;

/**
 * An answer as the respondent saw it, in every language of the questionnaire: option texts (a
 * ranking numbered), a scale point out of its scale with its label or the labels around it
 * ({@code 4 von 5, zwischen „teilweise geregelt“ und „eindeutig geregelt“}), a number with its unit.
 *
 * <p>Made once per questionnaire ({@link #of(Questionnaire)}), it keeps the texts it made for the
 * answers that recur (options, picks, rankings and scale points; not numbers or free text), up to
 * {@value #KEPT_PER_QUESTION} per question, and hands them out again: a batch names the same few
 * hundred answers in every row. What is handed out is equal to what would be made anew (texts
 * are immutable), so results are the same bytes.
 */
final class AnswerText {

    private static final IdentityMemo<AnswerText> MEMO = new IdentityMemo<>(16);
    /** Texts kept per question; past that (a hand-built response with odd answers), made per call. */
    static final int KEPT_PER_QUESTION = 256;
    /**
     * Texts of several picks and rankings kept per question by {@link #listKey}: a question with
     * eight options has 255 sets of picks and 40,320 rankings, and a batch meets many of them.
     * A kept text costs some 300 bytes and its place in the table 24, so at most about 1.3 MB
     * per such question.
     */
    static final int LISTS_KEPT_PER_QUESTION = 4096;
    /** {@link #listKey} of a list it cannot put in one number. */
    private static final long NO_KEY = -1;
    /** Options a {@link #listKey} holds: six bits each. */
    private static final int KEY_ITEMS = 10;
    /**
     * Between several picks: a semicolon, since an option's text may hold commas ("Kommunale
     * IT-Dienstleister, die wir mit anderen Kommunen tragen oder nutzen, Zweckverbände, …"), and
     * with commas between picks too a reader could not tell where one ends. A ranking's places are
     * numbered, so commas part them.
     */
    private static final String PICKS = "; ";

    private final List<String> languages;
    private final String fallback;
    /** The questions the texts below are kept for, by position, and where their options stand. */
    private final List<Question> questions;
    private final QuestionIndex index;
    /** Per question position, the texts made so far, by answer (records compare by their values). */
    private final Map<Answer, LocalizedText>[] kept;
    /** Per question position, the texts of several picks and rankings made so far, by {@link #listKey}. */
    private final KeptTexts[] listsKept;
    /** Per question position and option, the option's text in each language ([o][language]). */
    private final String[][][] optionTexts;
    /** Per question position and option, the text of picking that option alone (a single choice): made beforehand. */
    private final LocalizedText[][] picked;
    /** Typwerk's words for a scale point, by language of the questionnaire: German and English, where it has them. */
    private final Map<String, Messages> words = new HashMap<>();

    @SuppressWarnings("unchecked")
    private AnswerText(List<String> languages, String fallback, QuestionIndex index) {
        this.languages = languages.isEmpty() ? List.of(fallback) : List.copyOf(languages);
        this.fallback = fallback;
        for (String language : this.languages) {
            if (language.equals("de") || language.equals("en")) words.put(language, new Messages(Locale.forLanguageTag(language)));
        }
        this.index = index;
        this.questions = index.questions();
        this.kept = new Map[questions.size()];
        for (int i = 0; i < kept.length; i++) kept[i] = new ConcurrentHashMap<>();
        this.listsKept = new KeptTexts[questions.size()];
        for (int i = 0; i < listsKept.length; i++) listsKept[i] = new KeptTexts(LISTS_KEPT_PER_QUESTION);
        this.optionTexts = new String[questions.size()][][];
        this.picked = new LocalizedText[questions.size()][];
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            List<Option> options = question.choices();
            optionTexts[q] = new String[options.size()][];
            picked[q] = new LocalizedText[options.size()];
            for (int o = 0; o < options.size(); o++) {
                String id = options.get(o).id();
                optionTexts[q][o] = new String[this.languages.size()];
                for (int l = 0; l < this.languages.size(); l++) optionTexts[q][o][l] = option(this.languages.get(l), question, id);
                picked[q][o] = of(question, new Answer.Choice(id));
            }
        }
    }

    /** The answer texts of {@code questionnaire}, made on first use and kept while it is in use. */
    static AnswerText of(Questionnaire questionnaire) {
        return MEMO.get(() -> new AnswerText(questionnaire.locales(), questionnaire.defaultLocale(),
                QuestionIndex.of(questionnaire)), questionnaire);
    }

    /** As {@link #of(Question, Answer)}, for the question at {@code position} of the questionnaire's index. */
    LocalizedText of(int position, Question question, Answer answer) {
        boolean recurs = answer instanceof Answer.Choice || answer instanceof Answer.Choices || answer instanceof Answer.Ranking
                || answer instanceof Answer.Scale;
        if (!recurs || position < 0 || position >= kept.length || questions.get(position) != question) return of(question, answer);
        if (answer instanceof Answer.Choice c) {
            int o = index.optionAt(position, c.option());
            if (o >= 0) return picked[position][o];
        } else if (answer instanceof Answer.Choices || answer instanceof Answer.Ranking) {
            long key = listKey(position, answer);
            if (key != NO_KEY) {
                KeptTexts lists = listsKept[position];
                LocalizedText text = lists.get(key);
                if (text != null) return text;
                text = listed(position, answer);
                lists.keep(key, text);
                return text;
            }
        }
        Map<Answer, LocalizedText> texts = kept[position];
        LocalizedText text = texts.get(answer);
        if (text != null) return text;
        text = answer instanceof Answer.Choices || answer instanceof Answer.Ranking ? listed(position, answer) : of(question, answer);
        if (texts.size() < KEPT_PER_QUESTION) texts.putIfAbsent(answer, text);
        return text;
    }

    LocalizedText of(Question question, Answer answer) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : languages) texts.put(language, in(language, question, answer));
        return LocalizedText.of(texts);
    }

    /**
     * Several picks or a ranking of the question at {@code position} as one number, which its
     * text depends on alone: the place of each option named (the first option with the id, as
     * {@link #listed} finds it) plus one, six bits each, the first named the highest, and bit 62
     * set for a ranking. {@link #NO_KEY} when an option is not the question's, stands at place
     * 63 or later, or more than {@value #KEY_ITEMS} are named.
     */
    private long listKey(int position, Answer answer) {
        List<String> ids = answer instanceof Answer.Choices c ? c.options() : ((Answer.Ranking) answer).order();
        int count = ids.size();
        if (count > KEY_ITEMS) return NO_KEY;
        long key = 0;
        for (int i = 0; i < count; i++) {
            int o = index.optionAt(position, ids.get(i));
            if (o < 0 || o >= 63) return NO_KEY;
            key = key << 6 | (o + 1);
        }
        return answer instanceof Answer.Ranking ? key | 1L << 62 : key;
    }

    /**
     * The text of several picks or a ranking of the question at {@code position}, from the option
     * texts made beforehand: the same text {@link #of(Question, Answer)} makes.
     */
    private LocalizedText listed(int position, Answer answer) {
        List<String> ids = answer instanceof Answer.Choices c ? c.options() : ((Answer.Ranking) answer).order();
        boolean numbered = answer instanceof Answer.Ranking;
        Map<String, String> texts = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < languages.size(); l++) {
            text.setLength(0);
            for (int i = 0; i < ids.size(); i++) {
                if (i > 0) text.append(numbered ? ", " : PICKS);
                if (numbered) text.append(i + 1).append(". ");
                int o = index.optionAt(position, ids.get(i));
                text.append(o >= 0 ? optionTexts[position][o][l] : ids.get(i));
            }
            texts.put(languages.get(l), text.toString());
        }
        return LocalizedText.of(texts);
    }

    private String in(String language, Question question, Answer answer) {
        if (answer instanceof Answer.Choice c) return option(language, question, c.option());
        if (answer instanceof Answer.Choices c) {
            List<String> parts = new ArrayList<>();
            for (String id : c.options()) parts.add(option(language, question, id));
            return String.join(PICKS, parts);
        }
        if (answer instanceof Answer.Ranking r) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < r.order().size(); i++) parts.add((i + 1) + ". " + option(language, question, r.order().get(i)));
            return String.join(", ", parts);
        }
        if (answer instanceof Answer.Scale s) return scale(language, question, s.value());
        if (answer instanceof Answer.Number n) {
            String text = Decimals.written(n.value());
            if (question instanceof NumberQuestion q && q.unit().isPresent()) text += " " + q.unit().get().get(language, fallback);
            return text;
        }
        if (answer instanceof Answer.Text t) return t.text();
        return "";
    }

    /**
     * A scale point as a reader of the report takes it in, in German and English: "4 von 5,
     * zwischen „teilweise geregelt“ und „eindeutig geregelt“", "5 von 5: „trifft voll zu“" ("4 of
     * 5, between …"), where "4/5" read as a fraction or a mark; a scale that does not start at 1
     * names its range ("2 auf der Skala von 0 bis 4"). In a language Typwerk has no words for, the
     * point as {@code 4/5} with its label in brackets, as before.
     */
    private String scale(String language, Question question, int value) {
        if (!(question instanceof ScaleQuestion q)) return String.valueOf(value);
        Messages say = words.get(language);
        String label = q.labels().containsKey(value) ? q.labels().get(value).get(language, fallback) : null;
        if (say == null) return value + "/" + q.max() + (label == null ? "" : " (" + label + ")");
        String point = q.min() == 1 ? say.get("answer.scale.of", String.valueOf(value), String.valueOf(q.max()))
                : say.get("answer.scale.range", String.valueOf(value), String.valueOf(q.min()), String.valueOf(q.max()));
        if (label != null) return say.get("answer.scale.label", point, label);
        Integer below = null;
        Integer above = null;
        for (int at : q.labels().keySet()) {
            if (at < value && (below == null || at > below)) below = at;
            if (at > value && (above == null || at < above)) above = at;
        }
        if (below == null || above == null) return point;
        return say.get("answer.scale.between", point, q.labels().get(below).get(language, fallback),
                q.labels().get(above).get(language, fallback));
    }

    private String option(String language, Question question, String id) {
        return question.option(id).map(Option::text).map(t -> t.get(language, fallback)).orElse(id);
    }
}
