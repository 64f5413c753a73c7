package de.typwerk.engine.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A valid file with one to five edits, as a hand in an editor, a cut-off download or a tool that
 * writes the format its own way leaves it: a byte replaced, inserted or deleted, or the rest cut
 * off. The bytes put in are those that mean something in YAML or JSON, a control character, the
 * first byte of a two-byte UTF-8 sequence and a byte no UTF-8 has. For properties that hold a
 * reader to giving a result or problems, never an exception.
 */
public final class Mutations {

    private Mutations() {
    }

    /** One to five edits of {@code original} (not empty). */
    public static Arbitrary<byte[]> of(byte[] original) {
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.of(Kind.values()),
                        Arbitraries.integers().between(0, original.length - 1),
                        Arbitraries.of(interesting()))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(5).map(edits -> apply(original, edits));
    }

    private static List<Byte> interesting() {
        String chars = "{}[]:,-&*!|>'\"#\n\t ?%@`\\0aZ9~";
        List<Byte> bytes = new ArrayList<>();
        for (byte b : chars.getBytes(StandardCharsets.UTF_8)) bytes.add(b);
        bytes.add((byte) 0x00);
        bytes.add((byte) 0xC3);
        bytes.add((byte) 0xFF);
        return bytes;
    }

    private enum Kind { REPLACE, INSERT, DELETE, TRUNCATE }

    private record Edit(Kind kind, int at, byte value) {
    }

    private static byte[] apply(byte[] original, List<Edit> edits) {
        byte[] current = original;
        for (Edit e : edits) {
            int at = Math.min(e.at(), Math.max(0, current.length - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (e.kind()) {
                case REPLACE -> {
                    out.write(current, 0, at);
                    out.write(e.value());
                    out.write(current, Math.min(at + 1, current.length), Math.max(0, current.length - at - 1));
                }
                case INSERT -> {
                    out.write(current, 0, at);
                    out.write(e.value());
                    out.write(current, at, current.length - at);
                }
                case DELETE -> {
                    out.write(current, 0, at);
                    out.write(current, Math.min(at + 1, current.length), Math.max(0, current.length - at - 1));
                }
                case TRUNCATE -> out.write(current, 0, at);
            }
            current = out.toByteArray();
        }
        return current;
    }
}
