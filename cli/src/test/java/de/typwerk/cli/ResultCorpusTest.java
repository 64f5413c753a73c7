package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The results of a fixed corpus, byte for byte: for every bundled questionnaire, the answers rows
 * in {@code src/test/resources/corpus/<id>.jsonl} (made once with {@code typwerk generate}, kept so
 * that a change of the generator does not change them) scored by {@code typwerk batch} with every
 * strategy the questionnaire offers, as compact and as full rows; the SHA-256 of each output row is
 * compared with {@code corpus/<id>.expected}. The content hashes of the definitions the rows name
 * are recorded once, on a line of their own, and left out of each row's SHA-256, so that a text no
 * row shows (a question's help) changes that line alone. Work on speed must leave every line of those files
 * as it is (issue 18); a change that means to change results (a text, a weight, a rule) records
 * them again with {@code -Dtypwerk.corpus.record=true}, and the diff of the files shows which rows
 * of which strategy changed.
 */
class ResultCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final boolean RECORD = Boolean.getBoolean("typwerk.corpus.record");
    private static final int ROWS = 40;
    private static final String SEED = "18";
    private static final List<String> DETAILS = List.of("compact", "full");
    /** A definition's content hash as rows name it (the questionnaire's, its bases'). */
    private static final Pattern CONTENT_HASH = Pattern.compile("sha256:[0-9a-f]{64}");

    private static Typwerk engine;

    @TempDir
    static Path temp;

    @BeforeAll
    static void start() {
        engine = Typwerk.builder().build();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static Stream<String> questionnaires() {
        try (Typwerk bundled = Typwerk.builder().build()) {
            return bundled.questionnaires().stream()
                    .filter(q -> q.questionnaire().scoring().isPresent())
                    .map(q -> q.questionnaire().id())
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("questionnaires")
    void every_strategy_gives_the_recorded_rows_byte_for_byte(String id) throws IOException {
        LoadedQuestionnaire loaded = engine.questionnaire(id).orElseThrow();
        Path input = CORPUS.resolve(id + ".jsonl");
        Path expected = CORPUS.resolve(id + ".expected");
        Cli cli = new Cli(temp.resolve("home")).locale(Locale.GERMANY);
        if (RECORD && !Files.exists(input)) {
            Cli.Result made = cli.run("generate", id, "--count", String.valueOf(ROWS), "--seed", SEED, "--out", input.toString());
            assertThat(made.exitCode()).as(made.toString()).isZero();
        }
        assertThat(input).as("the corpus of " + id + " (record it with -Dtypwerk.corpus.record=true)").exists();

        List<String> lines = new ArrayList<>();
        lines.add("# typwerk batch " + input.getFileName() + " --strategy S --detail D: the SHA-256 of each output row");
        lines.add("# record again: mvn -pl cli -am test -Dtest=ResultCorpusTest -Dtypwerk.corpus.record=true"
                + " -Dsurefire.failIfNoSpecifiedTests=false");
        List<String> rowsOut = new ArrayList<>();
        java.util.Set<String> contentHashes = new java.util.LinkedHashSet<>();
        for (String strategy : engine.strategiesFor(loaded)) {
            for (String detail : DETAILS) {
                Path out = temp.resolve(id + "." + strategy + "." + detail + ".jsonl");
                Cli.Result run = cli.run("batch", input.toString(), "--strategy", strategy, "--detail", detail,
                        "--out", out.toString());
                assertThat(run.exitCode()).as(run.toString()).isZero();
                List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
                assertThat(rows).as("one output row per input row").hasSize(Files.readAllLines(input).size());
                for (int i = 0; i < rows.size(); i++) {
                    Matcher hashes = CONTENT_HASH.matcher(rows.get(i));
                    while (hashes.find()) contentHashes.add(hashes.group());
                    lines.add(strategy + " " + detail + " " + (i + 1) + " " + sha256(CONTENT_HASH.matcher(rows.get(i)).replaceAll("sha256:")));
                    rowsOut.add(rows.get(i));
                }
            }
        }
        lines.add(2, "content hashes " + String.join(" ", contentHashes));
        rowsOut.add(0, "");
        if (RECORD) {
            Files.write(expected, lines, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expected).as("the recorded rows of " + id + " (record them with -Dtypwerk.corpus.record=true)").exists();
        List<String> recorded = Files.readAllLines(expected, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(recorded.size(), lines.size()); i++) {
            // the rows start on the fourth line; the row that differs is shown whole
            String row = i >= 2 ? rowsOut.get(i - 2) : "";
            assertThat(lines.get(i)).as("line %d of %s; the row now: %s", i + 1, expected, row).isEqualTo(recorded.get(i));
        }
        assertThat(lines).as("rows of " + id).hasSameSizeAs(recorded);
    }

    private static String sha256(String row) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(row.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
