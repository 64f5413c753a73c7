package de.typwerk.engine.variant;

import static org.apiguardian.api.API.Status.INTERNAL;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.api.model.VersionRange;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.NearMiss;
import de.typwerk.engine.i18n.Messages;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Links variants to their bases and resolves them, bases first. For each variant, its
 * {@code extends: id@range} chooses the highest version of {@code id} in range among the
 * complete questionnaires and the other variants; a variant may extend a variant. Reports a base
 * that is not loaded (with the nearest id), a range no loaded version meets (with the versions
 * there are), a cycle of extends (with the chain), and two variants of one base that share an id
 * but come from different plugins (with both).
 */
public final class VariantLinker {

    private final VariantResolver resolver;
    private final Messages messages;

    @Inject
    public VariantLinker(VariantResolver resolver, Messages messages) {
        this.resolver = resolver;
        this.messages = messages;
    }

    /**
     * A variant waiting to be resolved.
     *
     * @param read  read without errors, with {@code extends}
     * @param owner who ships it, for messages that name two (a plugin's source, a file)
     * @param validatedOn whether its plugin's build validated it, resolved on this base, without a
     *                    problem (then it is not validated again)
     * @param validator   the validator of its plugin's definitions (for a jar from a plugins folder, one
     *                    that says where the jar of a strategy it lacks goes), or {@code null} for the
     *                    linker's own
     */
    public record Pending(DefinitionRead read, String owner, java.util.function.Predicate<ResolvedDefinition> validatedOn,
            de.typwerk.engine.validation.Validator validator) {

        /** A variant to be validated whatever its base. */
        public Pending(DefinitionRead read, String owner) {
            this(read, owner, base -> false);
        }

        /** A variant validated by the linker's own validator. */
        public Pending(DefinitionRead read, String owner, java.util.function.Predicate<ResolvedDefinition> validatedOn) {
            this(read, owner, validatedOn, null);
        }

        Questionnaire written() {
            return read.questionnaire().orElseThrow();
        }
    }

    /** What became of one variant. */
    @API(status = INTERNAL, since = "1.0")
    public sealed interface Linked {

        /** Resolved and valid. */
        record Resolved(ResolvedDefinition definition) implements Linked {
        }

        /**
         * Not usable.
         *
         * @param becauseOfBase the variant itself may be fine: its base failed (and will be
         *                      reported on its own), so with another base it might resolve
         */
        record Failed(List<Problem> problems, boolean becauseOfBase) implements Linked {

            public Failed {
                problems = List.copyOf(problems);
            }
        }

        /** Every problem: a resolved variant's warnings, a failed one's errors and warnings. */
        default List<Problem> problems() {
            return this instanceof Resolved r ? r.definition().warnings() : ((Failed) this).problems();
        }
    }

    /**
     * Resolves every variant in {@code pending} against {@code ready} (complete questionnaires) and
     * against each other. The result has one entry per pending variant, in the same order.
     */
    public List<Linked> link(List<ResolvedDefinition> ready, List<Pending> pending) {
        return new Run(ready, pending).all();
    }

    /** One linking run: the candidates by id, and what has been decided so far. */
    private final class Run {

        /** A questionnaire a variant could extend: complete already, or a variant still pending. */
        private record Candidate(Questionnaire questionnaire, Optional<ResolvedDefinition> ready, Optional<Pending> pending) {
        }

        private final List<Pending> pending;
        private final Map<String, List<Candidate>> byId = new LinkedHashMap<>();
        private final Map<Pending, Linked> decided = new IdentityHashMap<>();
        private final List<Pending> stack = new ArrayList<>();

        Run(List<ResolvedDefinition> ready, List<Pending> pending) {
            this.pending = pending;
            ready.forEach(r -> add(new Candidate(r.questionnaire(), Optional.of(r), Optional.empty())));
            pending.forEach(p -> add(new Candidate(p.written(), Optional.empty(), Optional.of(p))));
        }

        private void add(Candidate c) {
            byId.computeIfAbsent(c.questionnaire().id(), id -> new ArrayList<>()).add(c);
        }

        List<Linked> all() {
            duplicates();
            pending.forEach(this::resolve);
            return pending.stream().map(decided::get).toList();
        }

        /** Of two variants of one base with one id from different owners, the later one is refused. */
        private void duplicates() {
            Map<String, Pending> first = new HashMap<>();
            for (Pending p : pending) {
                Optional<String> base = baseId(p.written());
                if (base.isEmpty()) continue;
                String key = base.get() + "\u0000" + p.written().id();
                Pending earlier = first.putIfAbsent(key, p);
                if (earlier != null && !earlier.owner().equals(p.owner())) {
                    fail(p, false, Problem.error("duplicate-variant", messages.get("variant.duplicateId", base.get(),
                            p.written().id(), describe(earlier), describe(p)), p.read().sourceMap().locate("/id")));
                }
            }
        }

        private String describe(Pending p) {
            return messages.get("variant.owner", p.read().source(), p.owner());
        }

        private Linked resolve(Pending p) {
            Linked known = decided.get(p);
            if (known != null) return known;
            Questionnaire variant = p.written();
            String extendsText = variant.base().orElseThrow();
            Optional<Ask> ask = Ask.parse(extendsText);
            if (ask.isEmpty()) {
                return fail(p, false, Problem.error("invalid-extends", messages.get("validation.invalidExtends", extendsText),
                        p.read().sourceMap().locate("/extends")));
            }
            List<Candidate> sameId = byId.getOrDefault(ask.get().id(), List.of());
            if (sameId.isEmpty()) {
                Set<String> ids = new TreeSet<>(byId.keySet());
                ids.remove(variant.id());
                String hint = NearMiss.among(ask.get().id(), ids).map(s -> messages.get("validation.didYouMean", s))
                        .orElseGet(() -> ids.isEmpty() ? messages.get("variant.noneLoaded")
                                : messages.get("variant.loaded", String.join(", ", ids)));
                return fail(p, false, Problem.error("unknown-base", messages.get("variant.baseNotLoaded", variant.id(),
                        ask.get().id(), hint), p.read().sourceMap().locate("/extends")));
            }
            Optional<Candidate> chosen = sameId.stream()
                    .filter(c -> Version.isValid(c.questionnaire().version()))
                    .filter(c -> ask.get().range().contains(Version.parse(c.questionnaire().version())))
                    .max(Comparator.comparing(c -> Version.parse(c.questionnaire().version())));
            if (chosen.isEmpty()) {
                String versions = sameId.stream().map(c -> c.questionnaire().version()).distinct()
                        .sorted(Comparator.comparing((String v) -> !Version.isValid(v))
                                .thenComparing(v -> Version.isValid(v) ? Version.parse(v) : Version.parse("0"))
                                .thenComparing(Comparator.naturalOrder()))
                        .collect(Collectors.joining(", "));
                return fail(p, false, Problem.error("no-version-in-range", messages.get("variant.noVersionInRange",
                        variant.id(), ask.get().id(), ask.get().range().toString(), versions),
                        p.read().sourceMap().locate("/extends")));
            }
            Candidate base = chosen.get();
            if (base.ready().isPresent()) {
                return decide(p, base.ready().get());
            }
            Pending basePending = base.pending().orElseThrow();
            int onStack = indexOnStack(basePending);
            if (onStack >= 0 || basePending == p) {
                return cycle(onStack >= 0 ? onStack : stack.size(), p);
            }
            stack.add(p);
            Linked baseOutcome = resolve(basePending);
            stack.remove(stack.size() - 1);
            if (decided.containsKey(p)) return decided.get(p); // a member of a cycle found further down
            if (baseOutcome instanceof Linked.Resolved r) {
                return decide(p, r.definition());
            }
            return fail(p, true, Problem.error("base-failed", messages.get("variant.baseFailed", variant.id(),
                    basePending.written().coordinates(), basePending.read().source()), p.read().sourceMap().locate("/extends")));
        }

        private int indexOnStack(Pending p) {
            for (int i = 0; i < stack.size(); i++) {
                if (stack.get(i) == p) return i;
            }
            return -1;
        }

        /** Every variant from {@code from} on the stack up to {@code last} extends the next: a cycle. */
        private Linked cycle(int from, Pending last) {
            List<Pending> members = new ArrayList<>(stack.subList(from, stack.size()));
            members.add(last);
            for (int i = 0; i < members.size(); i++) {
                List<String> chain = new ArrayList<>();
                for (int k = 0; k <= members.size(); k++) {
                    chain.add(members.get((i + k) % members.size()).written().coordinates());
                }
                Pending m = members.get(i);
                // a circle of one is a variant with its base's id whose range takes in its own version: say that
                String message = members.size() == 1
                        ? messages.get("variant.cycle-self", m.written().coordinates(), m.written().base().orElseThrow(),
                                m.written().version())
                        : messages.get("variant.cycle", String.join(" → ", chain));
                if (!decided.containsKey(m)) {
                    fail(m, false, Problem.error("extends-cycle", message, m.read().sourceMap().locate("/extends")));
                }
            }
            return decided.get(last);
        }

        private Linked decide(Pending p, ResolvedDefinition base) {
            VariantResolver.Resolution resolution;
            try {
                resolution = (p.validator() == null ? resolver : resolver.with(p.validator()))
                        .resolve(p.read(), base, p.validatedOn().test(base));
            } catch (RuntimeException | LinkageError e) {
                // a bug, or plugin code run by the validator: this variant fails, the others go on
                return fail(p, false, Problem.error("validation-failed", messages.get("variant.failed",
                        de.typwerk.engine.i18n.Failures.describe(e, messages)),
                        p.read().sourceMap().locate("")));
            }
            Linked linked = resolution.resolved().<Linked>map(Linked.Resolved::new)
                    .orElseGet(() -> new Linked.Failed(resolution.problems(), false));
            decided.put(p, linked);
            return linked;
        }

        private Linked fail(Pending p, boolean becauseOfBase, Problem problem) {
            List<Problem> problems = new ArrayList<>(p.read().problems());
            problems.add(problem);
            Linked failed = new Linked.Failed(problems, becauseOfBase);
            decided.putIfAbsent(p, failed);
            return decided.get(p);
        }
    }

    /** The base id of a variant, if its {@code extends} has one. */
    private static Optional<String> baseId(Questionnaire q) {
        return q.base().flatMap(Ask::parse).map(Ask::id);
    }

    /** {@code extends: id@range}, parsed. */
    private record Ask(String id, VersionRange range) {

        static Optional<Ask> parse(String text) {
            int at = text.indexOf('@');
            if (at <= 0) return Optional.empty();
            try {
                return Optional.of(new Ask(text.substring(0, at), VersionRange.parse(text.substring(at + 1))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
