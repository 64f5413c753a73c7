package de.typwerk.engine.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every engine message is written once per bundle (merges tend to double them; the later copy would win silently). */
class MessageKeysTest {

    @Test
    void no_key_is_written_twice() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            List<String> keys = new ArrayList<>();
            Properties counting = new Properties() {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized Object put(Object key, Object value) {
                    keys.add((String) key);
                    return super.put(key, value);
                }
            };
            try (InputStream in = stream(bundle)) {
                counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keys).as(bundle).doesNotHaveDuplicates();
        }
    }

    private static InputStream stream(String name) {
        return MessageKeysTest.class.getResourceAsStream("/de/typwerk/engine/i18n/" + name);
    }
}
