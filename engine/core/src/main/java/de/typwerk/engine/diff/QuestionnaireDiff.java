package de.typwerk.engine.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.ProfileTopic;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.Strength;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Weakness;
import de.typwerk.engine.diff.Change.Action;
import de.typwerk.engine.diff.Change.Subject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What differs between two questionnaires, by id: sections, questions, options, types,
 * dimensions and profile topics added, removed or changed; every text that changed; every scoring
 * setting and parameter that changed. Works between any two questionnaires; for a variant and its
 * base it lists what the variant changes. Order within a list (a question moved within its
 * section) is not a change; a question moved to another section is.
 *
 * @param from    {@code id@version} of the first questionnaire
 * @param to      {@code id@version} of the second
 * @param changes header, sections, questions, options, types, dimensions, profile topics, texts,
 *                scoring, each in the order of the second questionnaire (removed ones in the
 *                order of the first, before the others)
 */
@JsonPropertyOrder({"from", "to", "changes"})
public record QuestionnaireDiff(String from, String to, List<Change> changes) {

    public QuestionnaireDiff {
        changes = List.copyOf(changes);
    }

    public static QuestionnaireDiff between(Questionnaire a, Questionnaire b) {
        return new QuestionnaireDiff(a.coordinates(), b.coordinates(), new Walk(a, b).changes());
    }

    /** How many changes of each action, for a summary line. */
    public long count(Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** One comparison; texts are collected apart and follow the structural changes. */
    private static final class Walk {

        private final Questionnaire a;
        private final Questionnaire b;
        private final List<Change> structure = new ArrayList<>();
        private final List<Change> texts = new ArrayList<>();
        private final List<Change> scoring = new ArrayList<>();

        Walk(Questionnaire a, Questionnaire b) {
            this.a = a;
            this.b = b;
        }

        List<Change> changes() {
            header();
            sections();
            questions();
            keyed(Subject.TYPE, "types", a.types(), b.types(), TypeDefinition::id, TypeDefinition::name, this::type);
            keyed(Subject.DIMENSION, "dimensions", a.dimensions(), b.dimensions(), Dimension::id, Dimension::name,
                    (x, y, path) -> record(Subject.DIMENSION, x, y, path, Optional.empty(), Set.of("id")));
            keyed(Subject.PROFILE_TOPIC, "profileTopics", a.profileTopics(), b.profileTopics(), ProfileTopic::id,
                    ProfileTopic::title, (x, y, path) -> record(Subject.PROFILE_TOPIC, x, y, path, Optional.empty(), Set.of("id")));
            scoring();
            List<Change> all = new ArrayList<>(structure);
            all.addAll(texts);
            all.addAll(scoring);
            return all;
        }

        private void header() {
            value(Subject.HEADER, "id", a.id(), b.id());
            value(Subject.HEADER, "version", a.version(), b.version());
            value(Subject.HEADER, "extends", a.base().orElse(null), b.base().orElse(null));
            value(Subject.HEADER, "locales", a.locales(), b.locales());
            text("title", Optional.of(a.title()), Optional.of(b.title()));
            text("description", a.description(), b.description());
            text("source", a.source(), b.source());
        }

        private void sections() {
            keyed(Subject.SECTION, "sections", a.sections(), b.sections(), Section::id, Section::title,
                    (x, y, path) -> record(Subject.SECTION, x, y, path, Optional.empty(), Set.of("id", "questions")));
        }

        /** Questions by id across sections: one that changes section has moved, it is not new. */
        private void questions() {
            Map<String, String> sectionA = sectionsOf(a);
            Map<String, String> sectionB = sectionsOf(b);
            Map<String, Question> inA = byId(a.questions(), Question::id);
            Map<String, Question> inB = byId(b.questions(), Question::id);
            for (Question q : a.questions()) {
                if (!inB.containsKey(q.id())) {
                    structure.add(new Change(Action.REMOVED, Subject.QUESTION, "questions/" + q.id(),
                            Optional.of(sectionA.get(q.id())), List.of(), Optional.of(q.text()), Optional.empty()));
                }
            }
            for (Question q : b.questions()) {
                Question old = inA.get(q.id());
                String path = "questions/" + q.id();
                Optional<String> section = Optional.of(sectionB.get(q.id()));
                if (old == null) {
                    structure.add(new Change(Action.ADDED, Subject.QUESTION, path, section, List.of(), Optional.empty(),
                            Optional.of(q.text())));
                    continue;
                }
                Map<String, Object> before = new LinkedHashMap<>();
                Map<String, Object> after = new LinkedHashMap<>();
                if (!sectionA.get(q.id()).equals(sectionB.get(q.id()))) {
                    before.put("section", sectionA.get(q.id()));
                    after.put("section", sectionB.get(q.id()));
                }
                if (!old.getClass().equals(q.getClass())) {
                    // another kind: its properties do not compare one by one
                    before.put("kind", old.kind().id());
                    after.put("kind", q.kind().id());
                    changed(Subject.QUESTION, path, section, before, after);
                    continue;
                }
                properties(old, q, path, Set.of("id", "options"), before, after);
                changed(Subject.QUESTION, path, section, before, after);
                keyed(Subject.OPTION, path + "/options", old.choices(), q.choices(), Option::id, Option::text,
                        (x, y, p) -> record(Subject.OPTION, x, y, p, Optional.empty(), Set.of("id")));
            }
        }

        private void type(TypeDefinition x, TypeDefinition y, String path) {
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            properties(x, y, path, Set.of("id", "strengths", "weaknesses"), before, after);
            list(x.strengths(), y.strengths(), Strength::id, Strength::text, path + "/strengths", "strengths", before, after,
                    (s, t) -> true);
            list(x.weaknesses(), y.weaknesses(), Weakness::id, Weakness::text, path + "/weaknesses", "weaknesses", before,
                    after, (s, t) -> s.learnFrom().equals(t.learnFrom()) && s.strengths().equals(t.strengths()));
            changed(Subject.TYPE, path, Optional.empty(), before, after);
        }

        /**
         * Strengths or weak spots: texts by id are text changes; anything else (one added, removed
         * or reordered, another {@code learnFrom} or {@code strengths}) marks the list as a changed property.
         */
        private <T> void list(List<T> x, List<T> y, Function<T, String> id, Function<T, LocalizedText> textOf, String path,
                              String property, Map<String, Object> before, Map<String, Object> after,
                              java.util.function.BiPredicate<T, T> same) {
            Map<String, T> inY = byId(y, id);
            boolean differs = !x.stream().map(id).toList().equals(y.stream().map(id).toList());
            for (T item : x) {
                T other = inY.get(id.apply(item));
                if (other == null) continue;
                text(path + "/" + id.apply(item) + "/text", Optional.of(textOf.apply(item)), Optional.of(textOf.apply(other)));
                differs |= !same.test(item, other);
            }
            if (differs) {
                before.put(property, x.stream().map(id).toList());
                after.put(property, y.stream().map(id).toList());
            }
        }

        private interface Compare<T> {
            void apply(T first, T second, String path);
        }

        /** Things with ids: removed, added, and those on both sides compared by {@code compare}. */
        private <T> void keyed(Subject subject, String base, List<T> x, List<T> y, Function<T, String> id,
                               Function<T, LocalizedText> title, Compare<T> compare) {
            Map<String, T> inX = byId(x, id);
            Map<String, T> inY = byId(y, id);
            for (T item : x) {
                if (!inY.containsKey(id.apply(item))) {
                    structure.add(new Change(Action.REMOVED, subject, base + "/" + id.apply(item), Optional.empty(), List.of(),
                            Optional.of(title.apply(item)), Optional.empty()));
                }
            }
            for (T item : y) {
                T old = inX.get(id.apply(item));
                if (old == null) {
                    structure.add(new Change(Action.ADDED, subject, base + "/" + id.apply(item), Optional.empty(), List.of(),
                            Optional.empty(), Optional.of(title.apply(item))));
                } else {
                    compare.apply(old, item, base + "/" + id.apply(item));
                }
            }
        }

        private void record(Subject subject, Object x, Object y, String path, Optional<String> section, Set<String> skip) {
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            properties(x, y, path, skip, before, after);
            changed(subject, path, section, before, after);
        }

        /**
         * Compares two records of one class component by component, so that a property the model
         * gains later is compared without a change here. Texts (and mappings of texts, such as
         * scale labels and a type's profile) become text changes; anything else that differs goes
         * into {@code before}/{@code after} by name.
         */
        private void properties(Object x, Object y, String path, Set<String> skip, Map<String, Object> before,
                                Map<String, Object> after) {
            // the model's types are interfaces; the engine's records behind them hold the components
            for (RecordComponent rc : x.getClass().getRecordComponents()) {
                String name = nameOf(rc);
                if (skip.contains(name)) continue;
                Object vx = unwrap(read(rc, (Record) x));
                Object vy = unwrap(read(rc, (Record) y));
                if (same(vx, vy)) continue;
                if (vx instanceof LocalizedText || vy instanceof LocalizedText) {
                    text(path + "/" + name, Optional.ofNullable((LocalizedText) vx), Optional.ofNullable((LocalizedText) vy));
                } else if (textsByKey(vx) && textsByKey(vy)) {
                    Set<Object> keys = new LinkedHashSet<>(((Map<?, ?>) vx).keySet());
                    keys.addAll(((Map<?, ?>) vy).keySet());
                    for (Object key : keys) {
                        text(path + "/" + name + "/" + key, Optional.ofNullable((LocalizedText) ((Map<?, ?>) vx).get(key)),
                                Optional.ofNullable((LocalizedText) ((Map<?, ?>) vy).get(key)));
                    }
                } else {
                    before.put(name, vx);
                    after.put(name, vy);
                }
            }
        }

        /**
         * The property's name in the model: a component that holds a value as written, before its
         * default ({@code givenMinPicks}), is named by its key ({@code minPicks}).
         */
        private static String nameOf(RecordComponent rc) {
            JsonProperty key = rc.getAccessor().getAnnotation(JsonProperty.class);
            boolean given = rc.getName().startsWith("given") && key != null && !key.value().isEmpty();
            return given ? key.value() : rc.getName();
        }

        private static Object read(RecordComponent rc, Record r) {
            try {
                return rc.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + rc.getName() + " of " + r.getClass().getSimpleName(), e);
            }
        }

        private static Object unwrap(Object value) {
            return value instanceof Optional<?> o ? o.orElse(null) : value;
        }

        /** A mapping of texts (scale labels, a type's profile); an empty one counts as one. */
        private static boolean textsByKey(Object value) {
            return value instanceof Map<?, ?> m && m.values().stream().allMatch(LocalizedText.class::isInstance);
        }

        private void changed(Subject subject, String path, Optional<String> section, Map<String, Object> before,
                             Map<String, Object> after) {
            if (before.isEmpty()) return;
            structure.add(new Change(Action.CHANGED, subject, path, section, List.copyOf(before.keySet()),
                    Optional.of(before), Optional.of(after)));
        }

        private void text(String path, Optional<LocalizedText> x, Optional<LocalizedText> y) {
            if (x.equals(y)) return;
            Action action = x.isEmpty() ? Action.ADDED : y.isEmpty() ? Action.REMOVED : Action.CHANGED;
            texts.add(new Change(action, Subject.TEXT, path, Optional.empty(), List.of(), x.map(Object.class::cast),
                    y.map(Object.class::cast)));
        }

        private void value(Subject subject, String path, Object x, Object y) {
            if (same(x, y)) return;
            Action action = x == null ? Action.ADDED : y == null ? Action.REMOVED : Action.CHANGED;
            List<Change> into = subject == Subject.SCORING ? scoring : structure;
            into.add(new Change(action, subject, path, Optional.empty(), List.of(), Optional.ofNullable(x), Optional.ofNullable(y)));
        }

        private void scoring() {
            if (a.scoring().isEmpty() || b.scoring().isEmpty()) {
                value(Subject.SCORING, "scoring", a.scoring().map(ScoringSpec::strategy).orElse(null),
                        b.scoring().map(ScoringSpec::strategy).orElse(null));
                return;
            }
            ScoringSpec x = a.scoring().get();
            ScoringSpec y = b.scoring().get();
            value(Subject.SCORING, "scoring/strategy", x.strategy(), y.strategy());
            deep("scoring/parameters", x.parameters(), y.parameters());
            deep("scoring/alternatives", x.alternatives(), y.alternatives());
            value(Subject.SCORING, "scoring/mixedMargin", x.mixedMargin(), y.mixedMargin());
            value(Subject.SCORING, "scoring/minAnswered", x.minAnswered(), y.minAnswered());
            value(Subject.SCORING, "scoring/missing", x.missing().id(), y.missing().id());
        }

        /** Mappings key by key, down to the values that differ. */
        private void deep(String path, Object x, Object y) {
            if (x instanceof Map<?, ?> mx && y instanceof Map<?, ?> my) {
                Set<Object> keys = new LinkedHashSet<>(mx.keySet());
                keys.addAll(my.keySet());
                for (Object key : keys) {
                    deep(path + "/" + key, mx.get(key), my.get(key));
                }
                return;
            }
            value(Subject.SCORING, path, x, y);
        }

        /** Equal, counting 2 and 2.0 as the same number (YAML reads one as whole, the other not). */
        private static boolean same(Object x, Object y) {
            if (x instanceof Number nx && y instanceof Number ny) return nx.doubleValue() == ny.doubleValue();
            return Objects.equals(x, y);
        }

        private static Map<String, String> sectionsOf(Questionnaire q) {
            Map<String, String> sections = new LinkedHashMap<>();
            q.sections().forEach(s -> s.questions().forEach(question -> sections.putIfAbsent(question.id(), s.id())));
            return sections;
        }

        private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
            Map<String, T> map = new LinkedHashMap<>();
            items.forEach(i -> map.putIfAbsent(id.apply(i), i));
            return map;
        }
    }
}
