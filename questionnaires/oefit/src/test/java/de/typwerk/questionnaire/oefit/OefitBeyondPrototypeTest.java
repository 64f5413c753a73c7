package de.typwerk.questionnaire.oefit;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.result.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Kommune whose goals are all of one type is more clearly that type than the same Kommune with
 * one of its goals another type's: answers more pronounced than the typical member of a type
 * (beyond its prototype, where it is the outermost of all) make the type no less clear
 * ({@code beyondPrototype: typical}, docs/oefit-scoring.md, "Beyond a prototype"). With every
 * difference counting, the small Gemeinde of three Bedächtige goals had 0.59 of the Bedächtige,
 * the same Gemeinde with a Bedächtige goal, an Optimierer's and a Serviceorientierte's 0.62; six of
 * the nine cases below went that way.
 *
 * <p>Not every swap of a goal must lower the share: another type's goal can also bring a respondent
 * nearer to the type's prototype on a dimension where that prototype stands in the middle (the
 * Bedächtige's persona with efficiency third instead of IT security gains 0.003 on {@code steuerung}).
 */
class OefitBeyondPrototypeTest {

    private static final Path PERSONAS = Path.of("src/test/resources/personas");

    private static Typwerk typwerk;

    @BeforeAll
    static void start() {
        typwerk = Typwerk.builder().locale(Locale.GERMAN).build();
    }

    @AfterAll
    static void stop() {
        typwerk.close();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
            "kleine-gemeinde; bedaechtig; [rechtliche-vorgaben, effizienz, nutzerfreundliche-services]",
            "kleine-gemeinde; bedaechtig; [rechtliche-vorgaben, lebensqualitaet, gemeinsame-loesungen]",
            "bedaechtig; bedaechtig; [rechtliche-vorgaben, effizienz, it-sicherheit]",
            "optimierer; optimierer; [effizienz, mitgestaltung, nutzerfreundliche-services]",
            "optimierer; optimierer; [effizienz, datennutzung, mitgestaltung]",
            "serviceorientiert; serviceorientiert; [nutzerfreundliche-services, effizienz, attraktivitaet]",
            "serviceorientiert; serviceorientiert; [nutzerfreundliche-services, buergerzufriedenheit, effizienz]",
            "community-manager; community-manager; [mitgestaltung, rechtliche-vorgaben, initiativen-vor-ort]",
            "community-manager; community-manager; [mitgestaltung, lebensqualitaet, rechtliche-vorgaben]"})
    void goals_all_of_the_type_give_it_a_larger_share_than_goals_of_which_one_is_another_types(String persona, String type,
                                                                                                String mixedGoals) throws IOException {
        String answers = Files.readString(PERSONAS.resolve(persona + ".yaml"), StandardCharsets.UTF_8);
        String mixed = answers.replaceFirst("(?m)^  ziele-prioritaet: .*$", "  ziele-prioritaet: " + mixedGoals);
        assertThat(mixed).isNotEqualTo(answers);

        double pure = share(answers, type);
        double diluted = share(mixed, type);

        assertThat(pure).as("%s with its own goals against %s", persona, mixedGoals).isGreaterThan(diluted);
    }

    private static double share(String answers, String type) {
        ScoreRun run = typwerk.score("antworten.yaml", answers.getBytes(StandardCharsets.UTF_8), Optional.of("prototype"));
        assertThat(run).isInstanceOf(ScoreRun.Done.class);
        Result result = ((ScoreRun.Done) run).result();
        return result.types().stream().filter(t -> t.id().equals(type)).findFirst().orElseThrow().share();
    }
}
