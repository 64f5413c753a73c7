package de.typwerk.applications.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** UTF-8 bytes written in pieces of any size come out as the same text. */
class DecodingOutputStreamTest {

    @Property(tries = 300)
    void textSurvivesAnySplitOfItsBytes(@ForAll String text, @ForAll @IntRange(min = 1, max = 9000) int piece) throws IOException {
        String sample = text + "Ä ö ü ß – „Gemeinde“ 🏛 " + text;
        byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        try (DecodingOutputStream stream = new DecodingOutputStream(out)) {
            for (int at = 0; at < bytes.length; at += piece) {
                int n = Math.min(piece, bytes.length - at);
                if (n == 1) {
                    stream.write(bytes[at]);
                } else {
                    stream.write(bytes, at, n);
                }
            }
        }
        // lone surrogates in the drawn text have no UTF-8 form: compare with what UTF-8 makes of them
        assertThat(out.toString()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }
}
