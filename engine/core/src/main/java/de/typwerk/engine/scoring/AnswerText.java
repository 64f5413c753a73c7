package de.typwerk.engine.scoring;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.ScaleQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.definition.IdentityMemo;
import de.typwerk.engine.definition.QuestionIndex;

/**
 * An answer as the respondent saw it, in every language of the questionnaire: option texts (a
 * ranking numbered), a scale point as {@code 4/5} with its label, a number with its unit.
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

    private final List<String> languages;
    private final String fallback;
    /** The questions the texts below are kept for, by position. */
    private final List<Question> questions;
    /** Per question position, the texts made so far, by answer (records compare by their values). */
    private final Map<Answer, LocalizedText>[] kept;

    @SuppressWarnings("unchecked")
    private AnswerText(List<String> languages, String fallback, List<Question> questions) {
        this.languages = languages.isEmpty() ? List.of(fallback) : List.copyOf(languages);
        this.fallback = fallback;
        this.questions = questions;
        this.kept = new Map[questions.size()];
        for (int i = 0; i < kept.length; i++) kept[i] = new ConcurrentHashMap<>();
    }

    /** The answer texts of {@code questionnaire}, made on first use and kept while it is in use. */
    static AnswerText of(Questionnaire questionnaire) {
        return MEMO.get(() -> new AnswerText(questionnaire.locales(), questionnaire.defaultLocale(),
                QuestionIndex.of(questionnaire).questions()), questionnaire);
    }

    /** As {@link #of(Question, Answer)}, for the question at {@code position} of the questionnaire's index. */
    LocalizedText of(int position, Question question, Answer answer) {
        boolean recurs = answer instanceof Answer.Choice || answer instanceof Answer.Choices || answer instanceof Answer.Ranking
                || answer instanceof Answer.Scale;
        if (!recurs || position < 0 || position >= kept.length || questions.get(position) != question) return of(question, answer);
        Map<Answer, LocalizedText> texts = kept[position];
        LocalizedText text = texts.get(answer);
        if (text != null) return text;
        text = of(question, answer);
        if (texts.size() < KEPT_PER_QUESTION) texts.putIfAbsent(answer, text);
        return text;
    }

    LocalizedText of(Question question, Answer answer) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : languages) texts.put(language, in(language, question, answer));
        return LocalizedText.of(texts);
    }

    private String in(String language, Question question, Answer answer) {
        if (answer instanceof Answer.Choice c) return option(language, question, c.option());
        if (answer instanceof Answer.Choices c) {
            List<String> parts = new ArrayList<>();
            for (String id : c.options()) parts.add(option(language, question, id));
            return String.join(", ", parts);
        }
        if (answer instanceof Answer.Ranking r) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < r.order().size(); i++) parts.add((i + 1) + ". " + option(language, question, r.order().get(i)));
            return String.join(", ", parts);
        }
        if (answer instanceof Answer.Scale s) {
            String text = s.value() + (question instanceof ScaleQuestion q ? "/" + q.max() : "");
            if (question instanceof ScaleQuestion q && q.labels().containsKey(s.value())) {
                text += " (" + q.labels().get(s.value()).get(language, fallback) + ")";
            }
            return text;
        }
        if (answer instanceof Answer.Number n) {
            String text = n.value().toPlainString();
            if (question instanceof NumberQuestion q && q.unit().isPresent()) text += " " + q.unit().get().get(language, fallback);
            return text;
        }
        if (answer instanceof Answer.Text t) return t.text();
        return "";
    }

    private String option(String language, Question question, String id) {
        return question.option(id).map(Option::text).map(t -> t.get(language, fallback)).orElse(id);
    }
}
