package de.typwerk.server;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.presentation.Language;
import org.junit.jupiter.api.Test;

/** Which language an {@code Accept-Language} header gets, against the server's own ({@code --lang}). */
class AcceptLanguageTest {

    @Test
    void the_best_match_wins_and_a_header_without_our_languages_gets_the_servers() {
        assertThat(Negotiation.accepted("fr, en;q=0.8, de;q=0.5", Language.DE)).isEqualTo(Language.EN);
        assertThat(Negotiation.accepted("de-AT", Language.EN)).isEqualTo(Language.DE);
        assertThat(Negotiation.accepted("fr, it", Language.EN)).isEqualTo(Language.EN);
        assertThat(Negotiation.accepted((String) null, Language.DE)).isEqualTo(Language.DE);
        assertThat(Negotiation.accepted("en;q=x", Language.DE)).isEqualTo(Language.DE);
    }

    @Test
    void a_client_that_excludes_the_servers_language_gets_the_other_one() {
        // English refused with q=0: German, although the server speaks English unless asked
        assertThat(Negotiation.accepted("en;q=0", Language.EN)).isEqualTo(Language.DE);
        assertThat(Negotiation.accepted("*;q=0.5, en;q=0", Language.EN)).isEqualTo(Language.DE);
        assertThat(Negotiation.accepted("fr, de;q=0", Language.DE)).isEqualTo(Language.EN);
        // excluding one region's English leaves English; excluding everything leaves the server's
        assertThat(Negotiation.accepted("en-GB;q=0", Language.EN)).isEqualTo(Language.EN);
        assertThat(Negotiation.accepted("*;q=0", Language.EN)).isEqualTo(Language.EN);
        assertThat(Negotiation.accepted("de;q=0, en;q=0", Language.DE)).isEqualTo(Language.DE);
    }
}
