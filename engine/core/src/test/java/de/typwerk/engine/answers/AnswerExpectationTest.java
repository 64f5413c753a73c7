package de.typwerk.engine.answers;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Option;
import de.typwerk.engine.definition.document.MultipleChoiceDocument;
import de.typwerk.engine.definition.document.OptionDocument;
import de.typwerk.engine.definition.document.RankingDocument;
import de.typwerk.engine.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a message about an answer says the question expects, where one pick or an exact number is all there is. */
class AnswerExpectationTest {

    private static final LocalizedText T = LocalizedText.of("en", "?");

    private static Option option(String id, boolean exclusive, boolean noAnswer) {
        return new OptionDocument(id, LocalizedText.of("en", id), Map.of(), exclusive, noAnswer);
    }

    private static final List<Option> FIELD_NONE_DONT_KNOW = List.of(option("mobilitaet", false, false),
            option("keine", true, false), option("weiss-nicht", false, true));
    private static final List<Option> AB = List.of(option("a", false, false), option("b", false, false), option("c", false, false));

    @Test
    void one_pick_or_an_exact_number_is_said_so_not_as_1_to_1() {
        AnswerConverter english = new AnswerConverter(new Messages(Locale.ENGLISH));
        AnswerConverter german = new AnswerConverter(new Messages(Locale.GERMAN));
        var onePick = new MultipleChoiceDocument("felder", T, Optional.empty(), true, Optional.empty(), FIELD_NONE_DONT_KNOW, 1, 3);
        var exactlyTwo = new MultipleChoiceDocument("zwei", T, Optional.empty(), true, Optional.empty(), AB, 2, 2);
        var topOne = new RankingDocument("ziel", T, Optional.empty(), true, Optional.empty(), AB, 1);

        assertThat(english.expectation(onePick)).isEqualTo("a list of exactly one option id from mobilitaet, keine, weiss-nicht");
        assertThat(german.expectation(onePick)).isEqualTo("eine Liste mit genau einer Options-ID aus mobilitaet, keine, weiss-nicht");
        assertThat(english.expectation(exactlyTwo)).isEqualTo("a list of exactly 2 option ids from a, b, c");
        assertThat(english.expectation(topOne)).isEqualTo("a list of exactly one option id from a, b, c, the most important");
        assertThat(german.expectation(topOne)).isEqualTo("eine Liste mit genau einer Options-ID aus a, b, c, der wichtigsten");
    }
}
