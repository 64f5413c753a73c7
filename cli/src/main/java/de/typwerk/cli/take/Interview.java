package de.typwerk.cli.take;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.text.Page;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.Section;
import de.typwerk.engine.answers.ConditionEvaluator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The question-and-answer loop of {@code typwerk take}: one question at a time, in questionnaire
 * order, only the questions that are asked given the answers so far, with progress counted over
 * those ("Frage 7 von 28"). Input is read line by line and checked as typed; a line that is not an
 * answer gets a sentence saying what is expected and the prompt again. Commands: back, skip (only
 * when the question is not required), help, quit. Going back keeps the answers given; Enter keeps
 * the current answer. Changing an answer drops the answers to questions that are no longer asked.
 *
 * <p>The state can be read at any time from another thread ({@link #snapshot()}), so a shutdown hook
 * can save it when the user presses Ctrl-C.
 */
public final class Interview {

    /** How the loop ended. */
    enum Ending { FINISHED, QUIT, END_OF_INPUT }

    /** The answers so far, and the questions seen and skipped on purpose. */
    record Snapshot(Map<String, Answer> answers, Set<String> skipped) {
        Snapshot {
            answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            skipped = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(skipped));
        }
    }

    private static final Set<String> BACK = Set.of("b", "back", "zurück", "zurueck");
    private static final Set<String> SKIP = Set.of("s", "skip", "überspringen", "ueberspringen");
    private static final Set<String> HELP = Set.of("?", "h", "help", "hilfe");
    private static final Set<String> QUIT = Set.of("q", "quit", "exit", "beenden");
    private static final String BOLD = "\u001b[1m";
    private static final String PLAIN = "\u001b[0m";

    private final Questionnaire questionnaire;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Texts m;
    private final boolean terminal;
    private final Function<Snapshot, Optional<String>> check;
    private final AnswerInput input;
    private final ConditionEvaluator conditions = new ConditionEvaluator();
    private final String lang;
    private final Map<String, Answer> answers;
    private final Set<String> skipped;

    /**
     * @param check the engine's verdict on a tentative state (the answers file it would give, read
     *              back as a partial answers file): empty when fine, else why not
     */
    Interview(Questionnaire questionnaire, Snapshot start, BufferedReader in, PrintWriter out, Texts messages,
              boolean terminal, Function<Snapshot, Optional<String>> check) {
        this.questionnaire = questionnaire;
        this.in = in;
        this.out = out;
        this.m = messages;
        this.terminal = terminal;
        this.check = check;
        this.input = new AnswerInput(messages);
        this.lang = messages.language().tag();
        this.answers = new LinkedHashMap<>(start.answers());
        this.skipped = new LinkedHashSet<>(start.skipped());
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(answers, skipped);
    }

    Ending run() throws IOException {
        Optional<Question> current = firstOpen();
        if (current.isPresent() && !snapshot().answers().isEmpty()) {
            out.println(m.get("take.resumed", count(snapshot().answers().size())));
        }
        while (current.isPresent()) {
            Question q = current.get();
            show(q);
            Optional<Question> next = Optional.empty();
            boolean moved = false;
            while (!moved) {
                prompt();
                String line = in.readLine();
                if (line == null) return Ending.END_OF_INPUT;
                String command = line.strip().toLowerCase(Locale.ROOT);
                if (QUIT.contains(command)) return Ending.QUIT;
                if (HELP.contains(command)) {
                    help(q);
                } else if (BACK.contains(command)) {
                    Optional<Question> previous = previous(q);
                    if (previous.isEmpty()) {
                        out.println(m.get("take.first"));
                        hint(q);
                    } else {
                        next = previous;
                        moved = true;
                    }
                } else if (SKIP.contains(command)) {
                    if (q.required()) {
                        out.println(m.get("take.required"));
                        hint(q);
                    } else {
                        changeAndSay(q, Optional.empty());
                        next = following(q);
                        moved = true;
                    }
                } else if (command.isEmpty()) {
                    if (answered(q)) {
                        next = following(q);
                        moved = true;
                    } else {
                        out.println(m.get("take.empty"));
                        hint(q);
                    }
                } else {
                    AnswerInput.Reading reading = input.read(q, line);
                    if (reading instanceof AnswerInput.Reading.Refused r) {
                        out.println(r.why());
                    } else {
                        Answer answer = ((AnswerInput.Reading.Read) reading).answer();
                        Optional<String> refused = check.apply(tentative(q, answer));
                        if (refused.isPresent()) {
                            out.println(refused.get());
                        } else {
                            changeAndSay(q, Optional.of(answer));
                            next = following(q);
                            moved = true;
                        }
                    }
                }
                out.flush();
            }
            current = next;
        }
        return Ending.FINISHED;
    }

    private boolean answered(Question q) {
        synchronized (this) {
            return answers.containsKey(q.id());
        }
    }

    /** The state with {@code answer} given to {@code q}, and answers to questions no longer asked dropped. */
    private Snapshot tentative(Question q, Answer answer) {
        Map<String, Answer> a = new LinkedHashMap<>(snapshot().answers());
        Set<String> s = new LinkedHashSet<>(snapshot().skipped());
        a.put(q.id(), answer);
        s.remove(q.id());
        prune(a, s);
        return new Snapshot(a, s);
    }

    /**
     * Gives {@code q} this answer (or none), and says so when it changes how many questions are asked:
     * the count "Frage 28 von 30" after "Frage 27 von 31" would otherwise read as a miscount.
     */
    private void changeAndSay(Question q, Optional<Answer> answer) {
        int before = asked().size();
        change(q, answer);
        int after = asked().size();
        if (after < before) {
            out.println(m.get("take.count.fewer", count(before - after), before - after, count(after), count(before)));
        } else if (after > before) {
            out.println(m.get("take.count.more", count(after - before), after - before, count(after), count(before)));
        }
    }

    /** Gives {@code q} this answer (or none: skipped), then drops what is no longer asked. */
    private synchronized void change(Question q, Optional<Answer> answer) {
        if (answer.isPresent()) {
            answers.put(q.id(), answer.get());
            skipped.remove(q.id());
        } else {
            answers.remove(q.id());
            skipped.add(q.id());
        }
        prune(answers, skipped);
    }

    private void prune(Map<String, Answer> a, Set<String> s) {
        Set<String> asked = conditions.askedQuestions(questionnaire, a).stream().map(Question::id).collect(Collectors.toSet());
        a.keySet().retainAll(asked);
        s.retainAll(asked);
        // keep the questionnaire's order, as the answers file writes it
        Map<String, Answer> ordered = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            if (a.containsKey(question.id())) ordered.put(question.id(), a.get(question.id()));
        }
        a.clear();
        a.putAll(ordered);
    }

    private List<Question> asked() {
        return conditions.askedQuestions(questionnaire, snapshot().answers());
    }

    /** The first question asked that is neither answered nor skipped: where a session (re)starts. */
    private Optional<Question> firstOpen() {
        Snapshot s = snapshot();
        return asked().stream().filter(q -> !s.answers().containsKey(q.id()) && !s.skipped().contains(q.id())).findFirst();
    }

    private Optional<Question> following(Question q) {
        List<Question> asked = asked();
        int i = indexOf(asked, q);
        return i >= 0 && i + 1 < asked.size() ? Optional.of(asked.get(i + 1)) : Optional.empty();
    }

    private Optional<Question> previous(Question q) {
        List<Question> asked = asked();
        int i = indexOf(asked, q);
        return i > 0 ? Optional.of(asked.get(i - 1)) : Optional.empty();
    }

    private static int indexOf(List<Question> questions, Question q) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(q.id())) return i;
        }
        return -1;
    }

    private void show(Question q) {
        List<Question> asked = asked();
        int position = indexOf(asked, q) + 1;
        out.println();
        String section = sectionOf(q).map(s -> " · " + text(s.title())).orElse("");
        out.println(m.get("take.progress", count(position), count(asked.size())) + section);
        Page question = new Page().hanging(0, "", text(q.text()) + (q.required() ? " *" : ""));
        for (String line : question.toString().split("\n")) out.println(terminal ? BOLD + line + PLAIN : line);
        Page page = new Page();
        q.help().ifPresent(h -> page.paragraph(2, text(h)));
        List<Option> options = q.choices();
        for (int i = 0; i < options.size(); i++) page.hanging(2, (i + 1) + ") ", text(options.get(i).text()));
        if (q instanceof ScaleQuestion scale) {
            new TreeMap<>(scale.labels()).forEach((point, label) -> page.hanging(2, point + " = ", text(label)));
        }
        if (q instanceof NumberQuestion number && number.unit().isPresent()) {
            page.paragraph(2, m.get("take.unit", text(number.unit().get())));
        }
        Optional<Answer> now = Optional.ofNullable(snapshot().answers().get(q.id()));
        now.ifPresent(a -> page.hanging(2, m.get("take.current") + " ", current(q, a)));
        out.print(page);
        hint(q);
    }

    private void hint(Question q) {
        String keep = answered(q) ? " " + m.get("take.hint.keep") : "";
        String skip = q.required() ? "" : " " + m.get("take.hint.skip");
        out.println(input.expectation(q) + "." + keep + skip + " " + m.get("take.hint.commands"));
    }

    private void prompt() {
        if (terminal) {
            out.print("> ");
        }
        out.flush();
    }

    private void help(Question q) {
        out.println(m.get("take.help"));
        hint(q);
    }

    /** The current answer as the options are numbered on screen. */
    private String current(Question q, Answer a) {
        if (a instanceof Answer.Choice c) return option(q, c.option());
        if (a instanceof Answer.Choices c) return c.options().stream().map(id -> option(q, id)).collect(Collectors.joining(", "));
        if (a instanceof Answer.Ranking r) return r.order().stream().map(id -> option(q, id)).collect(Collectors.joining(", "));
        if (a instanceof Answer.Scale s) return String.valueOf(s.value());
        if (a instanceof Answer.Number n) return n.value().toPlainString();
        if (a instanceof Answer.Text t) return m.get("take.quoted", t.text());
        return "";
    }

    private String option(Question q, String id) {
        List<Option> options = q.choices();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(id)) return (i + 1) + ") " + text(options.get(i).text());
        }
        return id;
    }

    private Optional<Section> sectionOf(Question q) {
        return questionnaire.sections().stream().filter(s -> s.questions().stream().anyMatch(x -> x.id().equals(q.id()))).findFirst();
    }

    private String text(LocalizedText t) {
        return t.get(lang, questionnaire.defaultLocale());
    }

    private static String count(int n) {
        return String.valueOf(n);
    }
}
