package de.typwerk.engine.answers;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Version;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The quick way through clean JSON documents against the full reader: whatever the document, the
 * quick way either gives up or gives exactly what the full reader gives, and the full reader finds
 * nothing to report; and it gives up only where the full reader has something to report (or the
 * answers come before the questionnaire is named, which it leaves to the full reader).
 */
class CleanJsonReaderTest {

    private static final List<LoadedQuestionnaire> LOADED = List.of(Fixtures.loaded(Fixtures.TEAMS));

    private final Mappers mappers = new Mappers();
    private final AnswersReader reader = new AnswersReader(mappers, new Messages(Locale.ENGLISH));
    private final CleanJsonReader clean = new CleanJsonReader(mappers.json().getFactory(),
            text -> Version.isValid(text) ? Optional.of(Version.parse(text)) : Optional.empty());

    @Property(tries = 3000, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void givesWhatTheFullReaderGivesOrGivesUp(@ForAll("documents") Document document, @ForAll boolean complete) {
        byte[] bytes = document.json().getBytes(StandardCharsets.UTF_8);
        Optional<CleanJsonReader.Clean> quick = clean.read(bytes, LOADED, complete);
        AnswersRead full = reader.readFully("row.json", bytes, LOADED, complete);
        Statistics.label("read cleanly").collect(quick.isPresent());
        // the generator must give the quick way work: a good share of the documents are clean
        Statistics.label("read cleanly").coverage(c -> c.check(true).percentage(p -> p > 15));

        if (quick.isPresent()) {
            assertThat(full.problems()).as(document.json()).isEmpty();
            assertThat(quick.get().response()).as(document.json()).isEqualTo(full.response().orElseThrow());
            assertThat(List.copyOf(quick.get().response().answers().keySet()))
                    .containsExactlyElementsOf(full.response().orElseThrow().answers().keySet());
            assertThat(full.questionnaire()).contains(quick.get().questionnaire());
        } else {
            assertThat(!full.problems().isEmpty() || document.fullReadersOnly())
                    .as("gave up on a document the full reader finds nothing in: %s", document.json()).isTrue();
        }
        // and the reader as the engine calls it agrees with the full reading
        AnswersRead read = complete ? reader.read("row.json", bytes, LOADED) : reader.readPartial("row.json", bytes, LOADED);
        assertThat(read).isEqualTo(full);
    }

    /**
     * The scan over bytes decides nothing on its own: on any document, written in any of the ways
     * JSON allows, it gives what the pass over Jackson's parser gives, or leaves the document to
     * it; and it does read every clean document written plainly, as Typwerk writes rows.
     */
    @Property(tries = 3000, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void theScanGivesWhatTheParserGivesOrLeavesItToTheParser(@ForAll("documents") Document document,
                                                            @ForAll("writings") Writing writing, @ForAll boolean complete) {
        String json = writing.apply(document.json());
        byte[] bytes = writing.bytes(json);
        CleanJsonReader.Clean scanned = clean.scanned(bytes, LOADED, complete);
        Optional<CleanJsonReader.Clean> parsed = clean.parsed(bytes, LOADED, complete);
        Statistics.label("scanned").collect(scanned != null);
        Statistics.label("scanned").coverage(c -> c.check(true).percentage(p -> p > 5));

        if (scanned != null) {
            assertThat(parsed).as(json).isPresent();
            assertThat(scanned.response()).as(json).isEqualTo(parsed.get().response());
            assertThat(List.copyOf(scanned.response().answers().keySet())).as(json)
                    .containsExactlyElementsOf(parsed.get().response().answers().keySet());
            assertThat(scanned.questionnaire()).isSameAs(parsed.get().questionnaire());
        } else if (writing == Writing.AS_WRITTEN && parsed.isPresent()) {
            assertThat(plain(json)).as("left a plain clean document to the parser: %s", json).isFalse();
        }
        assertThat(clean.read(bytes, LOADED, complete)).isEqualTo(parsed);
    }

    /** Without escapes, exponents or numbers of ten digits and more: what the scan reads itself. */
    private static boolean plain(String json) {
        return !json.contains("\\") && !json.matches("(?s).*[0-9][eE].*") && !json.matches("(?s).*[0-9]{10}.*");
    }

    /** Ways of writing the same document (or breaking it) that a reader of JSON must take as JSON says. */
    enum Writing {
        AS_WRITTEN,
        /** White space of every kind JSON allows around every comma, colon and bracket. */
        SPACED {
            @Override
            String apply(String json) {
                return " \t" + json.replaceAll("([,:\\[\\]{}])(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", "\r\n $1\t ") + "\n ";
            }
        },
        /** Letters of texts written as escapes. */
        ESCAPED_TEXTS {
            @Override
            String apply(String json) {
                return json.replace("Hallo", "H\\u0061llo").replace("Muster", "M\\u0075ster");
            }
        },
        /** Letters of keys and option ids written as escapes. */
        ESCAPED_IDS {
            @Override
            String apply(String json) {
                return json.replace("\"o-", "\"\\u006f-").replace("\"q-", "\"\\u0071-");
            }
        },
        /** Numbers written with an exponent. */
        EXPONENT {
            @Override
            String apply(String json) {
                return json.replaceAll("(?<=[:,\\[])(-?[0-9]+)(?=[,}\\]])", "$1e0");
            }
        },
        /** Cut short in the middle. */
        CUT {
            @Override
            String apply(String json) {
                return json.substring(0, json.length() / 2);
            }
        },
        /** Something after the document. */
        TRAILING {
            @Override
            String apply(String json) {
                return json + " {}";
            }
        },
        /** A byte order mark before it. */
        BYTE_ORDER_MARK {
            @Override
            byte[] bytes(String json) {
                byte[] text = json.getBytes(StandardCharsets.UTF_8);
                byte[] marked = new byte[text.length + 3];
                marked[0] = (byte) 0xEF;
                marked[1] = (byte) 0xBB;
                marked[2] = (byte) 0xBF;
                System.arraycopy(text, 0, marked, 3, text.length);
                return marked;
            }
        },
        /** A byte that is no UTF-8 in place of the first "ö" (or the first "e"). */
        BROKEN_UTF8 {
            @Override
            byte[] bytes(String json) {
                byte[] text = json.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < text.length; i++) {
                    if (text[i] == (byte) 0xC3 || text[i] == 'e') {
                        text[i] = (byte) 0xFF;
                        break;
                    }
                }
                return text;
            }
        };

        String apply(String json) {
            return json;
        }

        byte[] bytes(String json) {
            return json.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Provide
    Arbitrary<Writing> writings() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, Arbitraries.just(Writing.AS_WRITTEN)),
                net.jqwik.api.Tuple.of(8, Arbitraries.of(Writing.class)));
    }

    @Test
    void the_scan_reads_a_row_as_typwerk_writes_it_and_leaves_other_ways_of_writing_it_to_the_parser() {
        String row = new String(Fixtures.bytes("answers/good.json"), StandardCharsets.UTF_8).replaceAll("\\s*\n\\s*", "");
        assertThat(clean.scanned(row.getBytes(StandardCharsets.UTF_8), LOADED, true)).isNotNull();
        for (String other : List.of(row.replace("\"questionnaire\"", "\"q\\u0075estionnaire\""), "\uFEFF" + row,
                row + "\u0000", row.replace("}", "}}"))) {
            byte[] bytes = other.getBytes(StandardCharsets.UTF_8);
            assertThat(clean.scanned(bytes, LOADED, true)).as(other).isNull();
            assertThat(clean.read(bytes, LOADED, true)).isEqualTo(clean.parsed(bytes, LOADED, true));
        }
    }

    @Test
    void reads_a_clean_row_and_leaves_yaml_and_rows_with_findings_to_the_full_reader() {
        byte[] good = Fixtures.bytes("answers/good.json");
        assertThat(clean.read(good, LOADED, true)).isPresent();
        assertThat(clean.read(Fixtures.bytes("answers/duplicate-answer.json"), LOADED, true)).isEmpty();
        assertThat(clean.read(Fixtures.bytes("answers/truncated.json"), LOADED, true)).isEmpty();
        assertThat(clean.read(Fixtures.bytes("answers/number-not-whole.json"), LOADED, true)).isEmpty();
        // the full reader still says where a problem is
        AnswersRead duplicate = reader.read("answers/duplicate-answer.json", Fixtures.bytes("answers/duplicate-answer.json"), LOADED);
        assertThat(duplicate.problems()).singleElement().satisfies(p -> assertThat(p.location().line()).isPositive());
    }

    /**
     * A JSON answers document, and whether the quick way leaves it to the full reader even if it is
     * clean: its answers come before the questionnaire or version is named, or the version is a number.
     */
    record Document(String json, boolean fullReadersOnly) {
    }

    private record Entry(String key, String value) {
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<List<Entry>> answers = Combinators.combine(
                value("q-anchor", valid("\"o-data\"", "\"o-craft\"", "\"o-people\""),
                        "\"o-dat\"", "null", "\"\"", "1", "[\"o-data\"]", "{}", "true"),
                value("q-tools", valid("[]", "[\"t-data\"]", "[\"t-forum\",\"t-data\"]", "[\"t-none\"]"),
                        "[\"t-data\",\"t-build\",\"t-forum\"]", "[\"t-data\",\"t-data\"]", "[\"x\"]", "\"t-data\"", "[1]",
                        "null", "\"\"", "[\"t-data\""),
                value("q-goals", valid("[\"g-service\",\"g-efficiency\"]", "[\"g-community\",\"g-service\"]"),
                        "[\"g-service\"]", "[\"g-service\",\"g-service\"]", "[\"g-a\",\"g-service\"]",
                        "[\"g-service\",\"g-efficiency\",\"g-community\"]", "null", "\"g-service\""),
                value("q-numbers", valid("1", "3", "5"), "0", "6", "3.0", "2.5", "\"3\"", "null", "99999999999", "-1"),
                value("q-meetups", valid("2", "4"), "0", "3.5", "null", "\"\""),
                value("q-size", valid("0", "12", "12.0", "1e3", "123456789012345678901234567890", "-0"),
                        "12.5", "-1", "1.5e-3", "\"12\"", "null", "NaN"),
                value("q-note", valid("\"Hallo\"", "\"ü€😀 \\\" \\n\"", "\" \"", "\"Grüße aus Köln 😀\""), "\"\"", "1", "null", "[\"a\"]",
                        "\"" + "x".repeat(2001) + "\""),
                Arbitraries.just(new Entry("q-unknown", "\"x\"")).optional(0.1)
        ).as((a, b, c, d, e, f, g, h) -> {
            List<Entry> all = new ArrayList<>();
            for (Optional<Entry> o : List.of(a, b, c, d, e, f, g, h)) o.ifPresent(all::add);
            return all;
        });
        Arbitrary<String> answersValue = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, answers.flatMap(list -> shuffledWithDuplicates(list)).map(CleanJsonReaderTest::object)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("null", "\"\"", "[]", "{}")));
        Arbitrary<Optional<Entry>> questionnaire = value("questionnaire", valid("\"fixture-teams\"", "\" fixture-teams \""),
                "\"fixture-team\"", "\"\"", "1", "null");
        Arbitrary<Optional<Entry>> version = value("version", valid("\"1.2.0\""), "\"1.1.0\"", "\"1.3.0\"", "\"2.0.0\"",
                "\"x\"", "1.2", "null");
        Arbitrary<Optional<Entry>> respondent = value("respondent", respondents(), "null", "\"\"", "[]", "\"Musterhausen\"");
        Arbitrary<Optional<Entry>> extra = Arbitraries.just(new Entry("extra", "1")).optional(0.1);
        return Combinators.combine(questionnaire, version, respondent, answersValue.map(v -> new Entry("answers", v)), extra)
                .as((q, v, r, a, x) -> {
                    List<Entry> top = new ArrayList<>();
                    q.ifPresent(top::add);
                    v.ifPresent(top::add);
                    r.ifPresent(top::add);
                    top.add(a);
                    x.ifPresent(top::add);
                    return top;
                })
                .flatMap(top -> Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(10, Arbitraries.just(top)),
                        net.jqwik.api.Tuple.of(1, shuffledWithDuplicates(top))))
                .map(top -> {
                    int answersAt = indexOf(top, "answers");
                    int versionAt = indexOf(top, "version");
                    boolean first = indexOf(top, "questionnaire") > answersAt || versionAt > answersAt;
                    // a version written as a number (1.2) is the full reader's too: files Typwerk writes quote it
                    boolean number = versionAt >= 0 && !top.get(versionAt).value().startsWith("\"");
                    return new Document(object(top), first || number);
                });
    }

    private Arbitrary<String> respondents() {
        Arbitrary<Optional<Entry>> name = value("name", valid("\"Gemeinde Musterhausen\"", "\"\"", "null"), "1");
        Arbitrary<Optional<Entry>> ags = value("ags", valid("\"09162000\"", "\" 09162000 \"", "null", "\"\""),
                "\"99162000\"", "\"0916200\"", "9162000", "\"0916200x\"");
        Arbitrary<Optional<Entry>> kind = value("kind", valid("\"gemeinde\""), "[]");
        Arbitrary<Optional<Entry>> state = value("state", valid("\"Bayern\""), "true");
        Arbitrary<Optional<Entry>> unknown = Arbitraries.just(new Entry("nme", "\"x\"")).optional(0.1);
        return Combinators.combine(name, ags, kind, state, unknown).as((a, b, c, d, e) -> {
            List<Entry> all = new ArrayList<>();
            for (Optional<Entry> o : List.of(a, b, c, d, e)) o.ifPresent(all::add);
            return all;
        }).flatMap(CleanJsonReaderTest::shuffledWithDuplicates).map(CleanJsonReaderTest::object);
    }

    /** A key with a value drawn mostly from {@code good}, sometimes from {@code bad}, or left out. */
    private static Arbitrary<Optional<Entry>> value(String key, Arbitrary<String> good, String... bad) {
        Arbitrary<String> values = bad.length == 0 ? good
                : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(30, good), net.jqwik.api.Tuple.of(1, Arbitraries.of(bad)));
        return values.map(v -> new Entry(key, v)).optional(0.9);
    }

    private static Arbitrary<String> valid(String... values) {
        return Arbitraries.of(values);
    }

    /** The entries, now and then in another order, and now and then with one written twice. */
    private static Arbitrary<List<Entry>> shuffledWithDuplicates(List<Entry> entries) {
        if (entries.isEmpty()) return Arbitraries.just(entries);
        Arbitrary<List<Entry>> shuffled = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(entries)),
                net.jqwik.api.Tuple.of(1, Arbitraries.shuffle(entries)));
        return shuffled.flatMap(list -> Arbitraries.integers().between(0, list.size() * 20).map(i -> {
            if (i >= list.size()) return list;
            List<Entry> twice = new ArrayList<>(list);
            twice.add(list.get(i));
            return twice;
        }));
    }

    private static int indexOf(List<Entry> entries, String key) {
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).key().equals(key)) return i;
        return -1;
    }

    private static String object(List<Entry> entries) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) json.append(',');
            json.append('"').append(entries.get(i).key()).append("\":").append(entries.get(i).value());
        }
        return json.append('}').toString();
    }
}
