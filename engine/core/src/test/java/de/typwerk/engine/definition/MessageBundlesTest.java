package de.typwerk.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The German and English bundles say the same things, and every pattern can be used as written. */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Test
    void german_and_english_have_the_same_keys() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void patterns_with_arguments_parse_and_patterns_without_are_not_escaped() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = bundle(file);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (ARGUMENT.matcher(pattern).find()) {
                    assertThatCode(() -> new MessageFormat(pattern, Locale.ROOT))
                            .as(file + " " + key).doesNotThrowAnyException();
                } else {
                    // Messages hands a pattern without arguments out as it is, so '' would show twice
                    assertThat(pattern).as(file + " " + key).doesNotContain("''");
                }
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/de/typwerk/engine/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
