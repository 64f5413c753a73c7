package de.typwerk.applications.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Splitting an input into lines: bounds, line ends and buffer edges, against a plain reference. */
class LinesTest {

    /** Hands out at most {@code step} bytes per read, so lines straddle every kind of edge. */
    private static InputStream trickle(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static List<Lines.Line> all(InputStream in, int max) throws IOException {
        Lines lines = new Lines(in, max);
        List<Lines.Line> out = new ArrayList<>();
        for (Optional<Lines.Line> l = lines.next(); l.isPresent(); l = lines.next()) out.add(l.get());
        return out;
    }

    private static String text(Lines.Line line) {
        return new String(line.content(), StandardCharsets.UTF_8);
    }

    @Test
    void endsAtNewlineDropsCarriageReturnAndMarksACutLastLine() throws IOException {
        byte[] in = "\uFEFFa\r\n\nbb\nlast".getBytes(StandardCharsets.UTF_8);
        List<Lines.Line> lines = all(trickle(in, 2), 100);
        assertThat(lines).extracting(LinesTest::text).containsExactly("a", "", "bb", "last");
        assertThat(lines).extracting(Lines.Line::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines).extracting(Lines.Line::complete).containsExactly(true, true, true, false);
    }

    /**
     * The bytes of {@code parts} as a pipe delivers them, a part per read at most; {@code null}
     * between two parts is a pause of the writer: {@code available()} counts the bytes up to it.
     */
    private static InputStream pipe(List<String> parts) {
        return new InputStream() {
            private int next;
            private byte[] current = new byte[0];
            private int at;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                while (at == current.length) {
                    if (next == parts.size()) return -1;
                    String part = parts.get(next++);
                    current = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                int n = Math.min(len, current.length - at);
                System.arraycopy(current, at, b, off, n);
                at += n;
                return n;
            }

            @Override
            public int available() {
                int n = current.length - at;
                for (int i = next; i < parts.size() && parts.get(i) != null; i++) n += parts.get(i).getBytes(StandardCharsets.UTF_8).length;
                return n;
            }
        };
    }

    @Test
    void aLineStillOnItsWayIsNotReadyAWholeOneIsAndReadingOnGivesEveryLineWhole() throws IOException {
        // two rows and the start of a third, then (a client that stalls) nothing until the rest comes
        Lines lines = new Lines(pipe(java.util.Arrays.asList("one\ntwo\nthr", null, "ee\nfour\n")), 100);

        assertThat(lines.next().map(LinesTest::text)).contains("one");
        assertThat(lines.lineReady()).as("'two' is buffered whole").isTrue();
        assertThat(lines.next().map(LinesTest::text)).contains("two");
        assertThat(lines.lineReady()).as("'thr' waits for its end").isFalse();
        assertThat(lines.ready()).as("bytes of it are there").isTrue();
        assertThat(lines.next().map(LinesTest::text)).contains("three");
        assertThat(lines.lineReady()).isTrue();
        assertThat(lines.next().map(LinesTest::text)).contains("four");
        assertThat(lines.next()).isEmpty();
        assertThat(lines.bytesRead()).isEqualTo("one\ntwo\nthree\nfour\n".length());
    }

    @Test
    void whatTheStreamHasAtHandIsReadToFindTheEndOfTheNextLine() throws IOException {
        // the end of 'two' is in the stream but not yet in the buffer: ready, without blocking
        Lines lines = new Lines(pipe(java.util.Arrays.asList("one\ntw", "o\n", null, "three")), 100);

        assertThat(lines.next().map(LinesTest::text)).contains("one");
        assertThat(lines.lineReady()).isTrue();
        assertThat(lines.next().map(LinesTest::text)).contains("two");
        assertThat(lines.lineReady()).as("the writer pauses").isFalse();
        assertThat(lines.next().map(LinesTest::text)).contains("three");
        assertThat(lines.next()).isEmpty();
    }

    @Test
    void blankLinesAfterARowAreNoLineReadyTheRowAfterThePauseDecides() throws IOException {
        // a row, blank lines (one of spaces and a tab, ended by CR LF), then a pause: reading on would wait for
        // 'two', so the batch must write what it has first
        Lines lines = new Lines(pipe(java.util.Arrays.asList("one\n\n \t\r\n", null, "two\n")), 100);

        assertThat(lines.next().map(LinesTest::text)).contains("one");
        assertThat(lines.lineReady()).as("only blank lines are buffered").isFalse();
        assertThat(lines.next().map(Lines.Line::blank)).contains(true);
        assertThat(lines.next().map(Lines.Line::blank)).contains(true);
        assertThat(lines.next().map(LinesTest::text)).contains("two");
        assertThat(lines.next()).isEmpty();
    }

    @Test
    void aBlankLineBeforeAWholeRowIsPassedOverAndTheRowIsReady() throws IOException {
        Lines lines = new Lines(pipe(java.util.Arrays.asList("one\n\ntwo\n", null, "three\n")), 100);

        assertThat(lines.next().map(LinesTest::text)).contains("one");
        assertThat(lines.lineReady()).as("'two' is buffered whole behind the blank line").isTrue();
    }

    @Test
    void aLineOfExactlyTheBoundIsKeptOneByteMoreIsTooLongAndTheNextLineIsIntact() throws IOException {
        byte[] in = ("x".repeat(10) + "\n" + "y".repeat(11) + "\nz\n").getBytes(StandardCharsets.UTF_8);
        List<Lines.Line> lines = all(trickle(in, 3), 10);
        assertThat(lines).extracting(Lines.Line::tooLong).containsExactly(false, true, false);
        assertThat(lines).extracting(LinesTest::text).containsExactly("x".repeat(10), "", "z");
    }

    @Test
    void linesLongerThanTheReadBufferAreWhole() throws IOException {
        String big = "b".repeat(200_000);
        byte[] in = ("a\n" + big + "\nc").getBytes(StandardCharsets.UTF_8);
        Lines lines = new Lines(new ByteArrayInputStream(in), 1 << 20);
        assertThat(text(lines.next().orElseThrow())).isEqualTo("a");
        assertThat(text(lines.next().orElseThrow())).isEqualTo(big);
        assertThat(text(lines.next().orElseThrow())).isEqualTo("c");
        assertThat(lines.next()).isEmpty();
        assertThat(lines.bytesRead()).isEqualTo(in.length);
    }

    @Property(tries = 300)
    void agreesWithSplittingOnNewline(@ForAll @Size(max = 40) List<@Size(max = 30) String> parts,
                                      @ForAll @IntRange(min = 1, max = 17) int step) throws IOException {
        String joined = String.join("\n", parts).replace("\uFEFF", "");
        byte[] bytes = joined.getBytes(StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>(List.of(joined.split("\n", -1)));
        // a final newline ends the last line; it does not start an empty one; no input, no line
        if (joined.endsWith("\n") || joined.isEmpty()) expected.remove(expected.size() - 1);
        expected.replaceAll(s -> s.endsWith("\r") ? s.substring(0, s.length() - 1) : s);
        List<Lines.Line> lines = all(trickle(bytes, step), 1 << 16);
        assertThat(lines).extracting(LinesTest::text).containsExactlyElementsOf(expected);
        assertThat(new Lines(trickle(bytes, step), 1 << 16)).satisfies(l -> {
            while (l.next().isPresent()) {
                // drain
            }
            assertThat(l.bytesRead()).isEqualTo(bytes.length);
        });
    }
}
