package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ÖFIT personas (answers files written the way each type's municipality would answer, kept
 * beside the questionnaire) through the real entry point: {@code typwerk score} in both strategies,
 * as text and as JSON, the JSON checked against the published schema in {@code docs/}.
 */
class OefitPersonaTest {

    /** A clear lead: far beyond the questionnaire's mixed margin (0.12). */
    private static final double CLEAR_LEAD = 0.3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    static Stream<Arguments> pureByStrategy() {
        List<String[]> personas = List.of(
                new String[] {"bedaechtig", "bedaechtig", "Der Bedächtige"},
                new String[] {"optimierer", "optimierer", "Der Optimierer"},
                new String[] {"serviceorientiert", "serviceorientiert", "Der Serviceorientierte"},
                new String[] {"community-manager", "community-manager", "Der Community Manager"},
                // held out: described by their goals alone, the rest answered as an average municipality would
                new String[] {"ziele-bedaechtig", "bedaechtig", "Der Bedächtige"},
                new String[] {"ziele-community-manager", "community-manager", "Der Community Manager"},
                // held out: capable and cautious, using their data and running their IT well
                new String[] {"faehig-bedaechtig-gemeinde", "bedaechtig", "Der Bedächtige"},
                new String[] {"faehig-bedaechtig-kreis", "bedaechtig", "Der Bedächtige"},
                // held out: a 2,000-inhabitant Gemeinde answering from its own situation, not knowing the types
                new String[] {"kleine-gemeinde", "bedaechtig", "Der Bedächtige"},
                // held out: a 3,000-inhabitant Gemeinde that does its mandatory tasks and has no local projects
                new String[] {"pflichtaufgaben-gemeinde", "bedaechtig", "Der Bedächtige"},
                // held out: a 4,500-inhabitant Gemeinde whose Hauptamt of three does IT beside everything else
                new String[] {"hauptamt-gemeinde", "bedaechtig", "Der Bedächtige"},
                // held out: an 800-inhabitant Ortsgemeinde whose IT a Zweckverband runs, no IT staff of its own
                new String[] {"amt-gemeinde", "bedaechtig", "Der Bedächtige"},
                // held out: a 2,000-inhabitant Ortsgemeinde whose Verbandsgemeinde runs its administration and IT
                new String[] {"vg-ortsgemeinde", "bedaechtig", "Der Bedächtige"},
                // held out: a Große Kreisstadt with an active participation platform and paper inside the town hall
                new String[] {"gks-beteiligung", "community-manager", "Der Community Manager"},
                // held out: a town of 12,000 with the Bedächtige's goals that drives local digitalisation itself
                new String[] {"treiber-bedaechtig", "bedaechtig", "Der Bedächtige"},
                // held out: a 900-inhabitant Gemeinde in a Verwaltungsgemeinschaft, answered by its honorary mayor
                new String[] {"vg-dorf", "bedaechtig", "Der Bedächtige"},
                // held out: a city of 600,000 whose smart city strategy a federal programme funds
                new String[] {"smart-city-grossstadt", "community-manager", "Der Community Manager"},
                // held out: an Amt that answers for its eleven member Gemeinden together, filled in with typwerk take
                new String[] {"amt-mitgliedsgemeinden", "bedaechtig", "Der Bedächtige"});
        return personas.stream().flatMap(p -> Stream.of("prototype", "points").map(s -> Arguments.of(p[0], p[1], p[2], s)));
    }

    private Cli.Result score(String persona, String strategy, String format) {
        return cli().run("score", Repository.persona(persona).toString(), "--strategy", strategy, "--format", format, "--lang", "de");
    }

    @ParameterizedTest(name = "{0} with {3}")
    @MethodSource("pureByStrategy")
    void each_pure_persona_comes_out_as_its_type_with_a_clear_lead(String persona, String type, String name, String strategy)
            throws IOException {
        Cli.Result json = score(persona, strategy, "json");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.err()).isEmpty();
        JsonNode result = JSON.readTree(json.out());
        assertThat(result.path("strategy").path("id").asText()).isEqualTo(strategy);
        assertThat(result.path("outcome").path("kind").asText()).isEqualTo("primary");
        assertThat(result.path("outcome").path("type").asText()).isEqualTo(type);
        assertThat(result.path("outcome").path("lead").asDouble()).isGreaterThanOrEqualTo(CLEAR_LEAD);
        assertThat(result.path("types").get(0).path("id").asText()).isEqualTo(type);

        Cli.Result text = score(persona, strategy, "text");

        assertThat(text.exitCode()).as(text.toString()).isZero();
        // a type's name is used only where it needs no declension: on its own, or quoted after "Typ"
        String flowing = text.out().replaceAll("\\s+", " "); // paragraphs are wrapped at 80 columns
        assertThat(flowing).contains("Ihr Typ: " + name + " – mit ", "Profil: " + name, "Warum „" + name + "“?",
                "Empfehlungen für den Typ „" + name + "“", "Kein Typ ist besser als ein anderer",
                "„D-Team“");
        assertThat(flowing).containsPattern("Prozentpunkte vor dem Typ „Der [A-Za-zä ]+“\\.")
                .containsPattern("\\d+,\\d %").doesNotContainPattern("\\d\\.\\d %")
                // an answer's weight is named, as in the HTML report, not a bare number in brackets
                .containsPattern("\\(Beitrag \\+\\d+,\\d{3}\\)")
                .doesNotContain("vor Der ", "für Der ", "von Der ");
        // a bar for every type; one under a thirtieth of the share is empty (░ only), as the Optimierer's of amt-gemeinde
        assertThat(text.out().lines().filter(l -> l.startsWith("  ") && (l.contains("█") || l.contains("░"))).count())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void the_answers_that_weighed_most_quote_the_goals_by_their_question_not_the_instructions_for_ranking_them() throws IOException {
        // "Why …?" reads the question back beside the answer: "Pick the three most important …" is for answering
        String german = score("gks-beteiligung", "prototype", "text").out().replaceAll("\\s+", " ");
        String english = cli().run("score", Repository.persona("gks-beteiligung").toString(), "--lang", "en").out()
                .replaceAll("\\s+", " ");
        Path html = temp.resolve("report.html");
        Cli.Result report = cli().run("report", Repository.persona("gks-beteiligung").toString(), "--format", "html", "--lang", "en",
                "--out", html.toString());

        assertThat(german).containsPattern("1\\. Welche Ziele verfolgt Ihre Kommune mit der Digitalisierung vorrangig\\? → Ihre Rangfolge \\(Beitrag \\+\\d,\\d{3}\\): 1\\. Bürger:innen")
                .doesNotContain("Wählen Sie die drei");
        assertThat(english).containsPattern("1\\. Which goals does your municipality pursue first and foremost with digitalisation\\? → Your ranking \\(contribution \\+\\d\\.\\d{3}\\): 1\\. Involving")
                .doesNotContain("Pick the three");
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(Files.readString(html)).contains("Which goals does your municipality pursue first and foremost with digitalisation?")
                .doesNotContain("Pick the three");
    }

    @Test
    void several_picks_among_the_answers_that_weighed_most_are_told_apart_where_an_option_holds_commas() {
        // the Ortsgemeinde whose outside support is IT companies and the providers it shares with its neighbours (with points
        // among the answers that weighed most; with prototype, answers beyond the Bedächtige's prototype weigh more)
        String german = score("vg-ortsgemeinde", "points", "text").out().replaceAll("\\s+", " ");

        // each pick in a line of its own, so that its capital reads as the start of an item, not as a typo after "; "
        assertThat(german).contains("→ Ihre Auswahl (Beitrag +5,000): · IT-Unternehmen für die technische Umsetzung · Kommunale"
                + " IT-Dienstleister, die wir mit anderen Kommunen tragen oder nutzen, Zweckverbände, der Kreis oder Landeseinrichtungen 3. ")
                .doesNotContain("; Kommunale");
        // a ranking's places are numbered, each on a line of its own with the type it counts for
        assertThat(german).contains("1. Fördermittel für Digitalisierungsvorhaben gewinnen – zählt für den Typ „Der Bedächtige“ 2. Mit anderen Kommunen");
    }

    @Test
    void a_weak_spot_is_recommended_only_where_the_answers_confirm_it() {
        // both Bedächtige; one hardly uses its data, the other plans staff, automates and steers with it
        String data = "Verwaltungsdaten bleiben weitgehend ungenutzt";
        String unused = cli().run("score", Repository.persona("ziele-bedaechtig").toString(), "--lang", "de").out()
                .replaceAll("\\s+", " ");
        String used = cli().run("score", Repository.persona("faehig-bedaechtig-gemeinde").toString(), "--lang", "de").out()
                .replaceAll("\\s+", " ");

        // for the data, the type whose strength is data; not a strength that does not speak of data
        assertThat(unused).contains(data, "Lernen Sie vom Typ „Der Optimierer“: Kommunale Daten kennen und nutzen")
                .doesNotContain("Lernen Sie vom Typ „Der Serviceorientierte“");
        assertThat(used).doesNotContain(data).contains("Glasfaserausbau", "Lernen Sie vom Typ „Der Community Manager“");
        // it drives the fibre roll-out with grants: not told it has little experience of its own, but
        // what the study's Bedächtige wants, others' experience, from those who build networks
        assertThat(used).contains("Für einen zukunftsfesten Glasfaserausbau bisher wenig Erfahrungsaustausch mit Kommunen, die selbst Netze bauen")
                .doesNotContain("Wenig eigene Erfahrung");
    }

    @Test
    void an_island_that_takes_over_what_the_land_provides_is_not_told_it_aligns_little_for_not_knowing_fim() throws IOException {
        // the island works closely with the other islands and the Kreis and switches on the Land's online
        // services, which rest on FIM; that FIM means nothing to it by name confirmed the Community Manager's
        // weak spot "little prior alignment with Bund, Land and neighbours" all the same
        String weakSpot = "Wenig vorherige Abstimmung mit Bund, Land und Nachbarn";
        String island = score("insel-gemeinde", "prototype", "text").out().replaceAll("\\s+", " ");
        assertThat(island).contains("Empfehlungen für den Typ „Der Community Manager“").doesNotContain(weakSpot);
        // the same island that builds its own solutions before the Land's come is told
        Path own = temp.resolve("eigene.yaml");
        Files.writeString(own, Files.readString(Repository.persona("insel-gemeinde"))
                .replace("  angebote-bund-land: uebernehmen\n", "  angebote-bund-land: pruefen\n")
                .replace("  ozg-umsetzung: nachnutzen\n", "  ozg-umsetzung: prozesse\n"));
        assertThat(cli().run("score", own.toString(), "--lang", "de").out().replaceAll("\\s+", " ")).contains(weakSpot);
    }

    @Test
    void a_gemeinde_whose_kreis_runs_the_fibre_roll_out_is_told_what_others_experience_is_for_not_to_take_the_roll_out_over()
            throws IOException {
        // the Gemeinde of 2,000 whose Kreis coordinates the roll-out for it (breitband: koordiniert) and
        // the Bedächtige that drives it with grants (hohe-prioritaet): the study's Bedächtige wants
        // others' fibre experience; the lesson says what for, where someone else builds
        String fibre = "Für einen zukunftsfesten Glasfaserausbau bisher wenig Erfahrungsaustausch mit Kommunen, die selbst Netze bauen"
                + " – deren Erfahrung hilft Ihnen, die Anforderungen vor Ort einzubringen, auch wo Kreis, Land oder Unternehmen bauen"
                + " oder Sie den Ausbau mit Fördermitteln vorantreiben → Lernen Sie vom Typ „Der Community Manager“:";
        for (String persona : List.of("kleine-gemeinde", "faehig-bedaechtig-gemeinde")) {
            assertThat(cli().run("score", Repository.persona(persona).toString(), "--lang", "de").out().replaceAll("\\s+", " "))
                    .as(persona).contains(fibre);
        }
        assertThat(cli().run("score", Repository.persona("kleine-gemeinde").toString(), "--lang", "en").out().replaceAll("\\s+", " "))
                .contains("little exchange so far with municipalities that build networks themselves – their experience helps you"
                        + " bring in local needs, also where the district, the Land or companies build, or where you drive the roll-out with grants");
    }

    @Test
    void a_bedaechtige_that_drives_local_digitalisation_itself_learns_about_fibre_from_network_builders_not_to_take_an_active_role() {
        // the town of 12,000 that drives local life's digitalisation itself (rolle-vor-ort: treiber, mobility and
        // education) and leaves fibre to the telecom companies: under the fibre weak spot it was told to take an
        // active role in local life and to act across sectors, from mobility to health, which it already does
        String fibre = "Für einen zukunftsfesten Glasfaserausbau bisher wenig Erfahrungsaustausch mit Kommunen, die selbst Netze bauen";
        String de = cli().run("score", Repository.persona("treiber-bedaechtig").toString(), "--lang", "de").out().replaceAll("\\s+", " ");
        String en = cli().run("score", Repository.persona("treiber-bedaechtig").toString(), "--lang", "en").out().replaceAll("\\s+", " ");

        assertThat(de).contains("Ihr Typ: Der Bedächtige", fibre + " – deren Erfahrung hilft Ihnen, die Anforderungen vor Ort einzubringen, auch wo"
                + " Kreis, Land oder Unternehmen bauen oder Sie den Ausbau mit Fördermitteln vorantreiben → Lernen Sie vom Typ „Der Community Manager“:"
                + " Erfahrung mit digitaler Infrastruktur in kommunaler Hand, vom Glasfasernetz eigener Unternehmen bis zum freien WLAN")
                .doesNotContain("Als Kommune eine aktive Rolle", "Sektorübergreifend und vernetzt handeln");
        assertThat(en).contains("→ Learn from the type “The Community Manager”: Experience with digital infrastructure run by the local"
                + " authority, from fibre networks of its own companies to free Wi-Fi")
                .doesNotContain("Taking an active role", "Acting across sectors");
    }

    @Test
    void a_gemeinde_whose_own_zweckverband_builds_the_network_finds_its_answer_and_is_not_told_it_lacks_network_builders()
            throws IOException {
        // the Gemeinde of 2,000 that coordinates the roll-out with the Kreis, and the same Gemeinde whose
        // Breitband-Zweckverband, run with its neighbours, builds the fibre network
        String fibre = "Für einen zukunftsfesten Glasfaserausbau bisher wenig Erfahrungsaustausch";
        Path zweckverband = temp.resolve("zweckverband.yaml");
        Files.writeString(zweckverband, Files.readString(Repository.persona("kleine-gemeinde"))
                .replace("breitband: koordiniert", "breitband: zweckverband"));

        Cli.Result coordinating = cli().run("score", Repository.persona("kleine-gemeinde").toString(), "--lang", "de");
        Cli.Result building = cli().run("score", zweckverband.toString(), "--lang", "de");

        assertThat(building.exitCode()).as(building.toString()).isZero();
        assertThat(coordinating.out().replaceAll("\\s+", " ")).contains(fibre);
        assertThat(building.out().replaceAll("\\s+", " ")).doesNotContain(fibre).contains("Ihr Typ: Der Bedächtige");
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
            // a Kurort of 3,200 with ten guests for every resident: its goals are one of each of three types
            "kurort-gaeste,              prototype, bedaechtig,        serviceorientiert",
            "kurort-gaeste,              points,    serviceorientiert, bedaechtig",
            // a kreisfreie Stadt of 250,000 with its own IT-Eigenbetrieb: services and efficiency first
            "eigenbetrieb-stadt,         prototype, serviceorientiert, optimierer",
            "eigenbetrieb-stadt,         points,    serviceorientiert, optimierer",
            // a Gemeinde merged from three villages two years ago: one administration of three its one project
            "fusion-gemeinde,            prototype, bedaechtig,        optimierer",
            "fusion-gemeinde,            points,    bedaechtig,        optimierer",
            // a Stadt whose council adopted a strategy after a citizens' participation process half a year ago
            "beteiligungsstrategie-stadt, prototype, serviceorientiert, community-manager",
            "beteiligungsstrategie-stadt, points,    serviceorientiert, community-manager"})
    void municipalities_answering_from_their_own_situation_come_out_mixed_between_the_types_of_their_goals(String persona, String strategy,
            String first, String second) throws IOException {
        Cli.Result json = score(persona, strategy, "json");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode outcome = JSON.readTree(json.out()).path("outcome");
        assertThat(outcome.path("kind").asText()).isEqualTo("mixed");
        assertThat(outcome.path("first").asText()).isEqualTo(first);
        assertThat(outcome.path("second").asText()).isEqualTo(second);
    }

    @Test
    void the_kurort_is_told_that_the_type_of_its_second_goal_is_close_behind_the_two_it_is_mixed_between() {
        String german = score("kurort-gaeste", "prototype", "text").out().replaceAll("\\s+", " ");
        String english = cli().run("score", Repository.persona("kurort-gaeste").toString(), "--lang", "en").out().replaceAll("\\s+", " ");

        assertThat(german).contains("Gemischt: „Der Bedächtige“ und „Der Serviceorientierte“ liegen zu nah beieinander",
                "Knapp dahinter liegt der Typ „Der Optimierer“ mit 24,8 % Anteil, nur 0,9 Prozentpunkte hinter dem Typ „Der Serviceorientierte“");
        assertThat(english).contains("Close behind comes the type “The Optimiser” with a share of 24.8%");
        // the city whose next two types are far behind its first two is not told it lies between all four
        assertThat(score("eigenbetrieb-stadt", "prototype", "text").out()).doesNotContain("Knapp dahinter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prototype", "points"})
    void the_mixed_persona_comes_out_mixed_naming_optimierer_and_serviceorientiert(String strategy) throws IOException {
        Cli.Result json = score("mixed-optimierer-serviceorientiert", strategy, "json");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode outcome = JSON.readTree(json.out()).path("outcome");
        assertThat(outcome.path("kind").asText()).isEqualTo("mixed");
        assertThat(Set.of(outcome.path("first").asText(), outcome.path("second").asText()))
                .containsExactlyInAnyOrder("optimierer", "serviceorientiert");

        Cli.Result text = score("mixed-optimierer-serviceorientiert", strategy, "text");

        // ten points apart with prototype are not "fast gleichauf" (almost level), as it said: too close for a clear type
        assertThat(text.out().replaceAll("\\s+", " "))
                .containsPattern("Gemischt: „Der (Optimierer|Serviceorientierte)“ und „Der (Optimierer|Serviceorientierte)“ liegen zu nah beieinander \\(")
                .contains("Profil: Der Optimierer", "Profil: Der Serviceorientierte").doesNotContain("gleichauf");
        Cli.Result english = cli().run("score", Repository.persona("mixed-optimierer-serviceorientiert").toString(), "--strategy", strategy,
                "--lang", "en");
        assertThat(english.out().replaceAll("\\s+", " ")).containsPattern("Mixed: “The \\S+” and “The \\S+” are too close together \\(")
                .doesNotContain("almost level");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prototype", "points"})
    void a_municipality_that_answers_mostly_weiss_nicht_gets_no_type_and_is_told_why(String strategy) throws IOException {
        Cli.Result json = score("viel-weiss-nicht", strategy, "json");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode outcome = JSON.readTree(json.out()).path("outcome");
        assertThat(outcome.path("kind").asText()).isEqualTo("insufficient");

        String german = score("viel-weiss-nicht", strategy, "text").out().replaceAll("\\s+", " ");
        // the head counts as the outcome does: "weiß nicht" is no answer there either, where it said 28 of 30 answered
        assertThat(german).contains("9 von 27 bewertbaren Fragen beantwortet („weiß nicht“ zählt nicht mit); 30 Fragen gestellt, 3 davon nicht bewertbar.",
                "Zu wenige Antworten für eine Einordnung: 9 von 27 bewertbaren Fragen beantwortet („weiß nicht“ zählt nicht mit), nötig sind mindestens 17.",
                "Vorläufig: Diese Werte beruhen auf zu wenigen Antworten.", "Ohne bewertbare Antwort (offen oder etwa mit „weiß nicht“ beantwortet):")
                .doesNotContain("Ihr Typ", "Gemischt", "Profil:", "Empfehlungen", "Warum");
        String english = cli().run("score", Repository.persona("viel-weiss-nicht").toString(), "--strategy", strategy, "--lang", "en").out()
                .replaceAll("\\s+", " ");
        assertThat(english).contains("Too few answers to classify: 9 of 27 scorable questions answered (“don’t know” does not count), at least 17 needed.",
                "Without an answer that counts (open, or answered “don’t know” or the like):").doesNotContain("Your type", "Recommendations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prototype", "points"})
    void too_few_answers_still_tell_what_the_goals_say_and_which_open_questions_would_make_a_type_readable(String strategy) {
        // the new head of a Hauptamt after three months: goals and a few facts, "weiß nicht" on 18 questions
        String german = score("viel-weiss-nicht", strategy, "text").out().replaceAll("\\s+", " ");

        assertThat(german).contains("Was sich schon sagen lässt",
                // the question quoted, not the instructions for answering it
                "Ihre Rangfolge bei „Welche Ziele verfolgt Ihre Kommune mit der Digitalisierung vorrangig?“:",
                "1. Gesetzliche Vorgaben wie OZG und E-Rechnung fristgerecht umsetzen – zählt für den Typ „Der Bedächtige“",
                "2. Die Zufriedenheit der Bürger:innen mit ihrer Verwaltung erhöhen – zählt für den Typ „Der Serviceorientierte“",
                "3. Verwaltungsabläufe effizienter machen – zählt für den Typ „Der Optimierer“",
                "Einen Typ ergibt das allein noch nicht",
                "Was für einen Typ noch fehlt", "Mit 8 weiteren Antworten (nicht „weiß nicht“) lässt sich ein Typ ablesen.",
                "[rolle-vor-ort]")
                .doesNotContain("Ihr Typ", "Profil:", "Empfehlungen", "Wählen Sie die drei");
        // as many questions as answers are missing, each an open one
        String missing = german.substring(german.indexOf("Was für einen Typ noch fehlt"), german.indexOf("Typen ----"));
        assertThat(missing.split(" - ", -1)).hasSize(1 + 8);
        String english = cli().run("score", Repository.persona("viel-weiss-nicht").toString(), "--strategy", strategy, "--lang", "en")
                .out().replaceAll("\\s+", " ");
        assertThat(english).contains("What your answers already tell",
                "Your order for “Which goals does your municipality pursue first and foremost with digitalisation?”:", "– counts towards the type “The Cautious One”",
                "8 more answers (not “don’t know”) would make a type readable.").doesNotContain("Your type");
        // typwerk report of the answers file says the same
        assertThat(cli().run("report", Repository.persona("viel-weiss-nicht").toString(), "--strategy", strategy, "--lang", "de")
                .out().replaceAll("\\s+", " ")).contains("zählt für den Typ „Der Bedächtige“", "Mit 8 weiteren Antworten");
    }

    @Test
    void an_english_profile_says_where_each_type_is_found_in_sentences_that_begin_with_what_is_found() {
        // "Where am I found?": "Somewhat more often than the other types a municipality (Gemeinde)." put the answer last
        String service = cli().run("score", Repository.persona("serviceorientiert").toString(), "--lang", "en").out().replaceAll("\\s+", " ");
        assertThat(service).contains("Where am I found? A municipality (Gemeinde) somewhat more often than the other types.");
        String optimierer = cli().run("score", Repository.persona("optimierer").toString(), "--lang", "en").out().replaceAll("\\s+", " ");
        assertThat(optimierer).contains("Your type: The Optimiser", "Where am I found? Strikingly often a district (Kreis).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "html"})
    void a_result_file_with_too_few_answers_shown_again_says_where_its_ranked_goals_are_since_it_keeps_no_answers(String format)
            throws IOException {
        Path result = temp.resolve("auental.json");
        Files.writeString(result, score("viel-weiss-nicht", "prototype", "json").out());
        for (String language : List.of("de", "en")) {
            String report = cli().run("report", result.toString(), "--format", format, "--lang", language).out().replaceAll("\\s+", " ");
            assertThat(report).contains(language.equals("de")
                    ? "Ihre Rangfolge bei „Welche Ziele verfolgt Ihre Kommune mit der Digitalisierung vorrangig?“ steht nicht in der Ergebnisdatei"
                    : "Your order for “Which goals does your municipality pursue first and foremost with digitalisation?” is not in the result file",
                    "typwerk report", language.equals("de") ? "Was für einen Typ noch fehlt" : "What a type still needs")
                    // the goals themselves are not in the file: nothing is made up
                    .doesNotContain("Gesetzliche Vorgaben wie OZG", "Implementing legal requirements");
        }
        // the answers file itself shows the order, and no such note
        String fromAnswers = cli().run("report", Repository.persona("viel-weiss-nicht").toString(), "--format", format, "--lang", "en").out();
        assertThat(fromAnswers).contains("Implementing legal requirements").doesNotContain("is not in the result file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prototype", "points"})
    void a_gemeinde_that_only_does_its_mandatory_tasks_answers_every_question_without_weiss_nicht(String strategy)
            throws IOException {
        JsonNode result = JSON.readTree(score("pflichtaufgaben-gemeinde", strategy, "json").out());

        // no budget beyond its duties, no one for local projects: answers of their own, not "weiß nicht"
        assertThat(result.path("coverage").path("unanswered")).isEmpty();
        assertThat(result.path("coverage").path("answeredScorable").asInt()).isEqualTo(result.path("coverage").path("scorable").asInt());
        assertThat(score("pflichtaufgaben-gemeinde", strategy, "text").out()).contains("Alle bewertbaren Fragen sind beantwortet.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prototype", "points"})
    void a_gemeinde_with_few_projects_for_lack_of_staff_leaves_fokus_open_and_still_gets_its_type(String strategy)
            throws IOException {
        // "wir konzentrieren uns bewusst auf wenige Vorhaben" is not true of it, nor "viele parallel"
        Cli.Result json = score("hauptamt-gemeinde", strategy, "json");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode result = JSON.readTree(json.out());
        assertThat(result.path("answered").asInt()).isEqualTo(result.path("total").asInt() - 1);
        assertThat(result.path("coverage").path("unanswered")).singleElement().satisfies(q -> assertThat(q.asText()).isEqualTo("fokus"));
        assertThat(result.path("outcome").path("type").asText()).isEqualTo("bedaechtig");
        assertThat(score("hauptamt-gemeinde", strategy, "text").out().replaceAll("\\s+", " "))
                .contains("Ohne bewertbare Antwort (offen oder etwa mit „weiß nicht“ beantwortet): - Wie sehr trifft auf Ihre Kommune zu: „Wir konzentrieren uns bewusst auf wenige Digitalisierungsvorhaben.“ [fokus]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prototype", "points"})
    void a_municipality_that_does_not_know_its_scale_answers_leaves_them_open_and_they_count_as_not_answered(String strategy)
            throws IOException {
        // a scale has no "weiß nicht" option: whoever does not know how proven, how clear or how close
        // leaves bewaehrtes, rollenklarheit and interkommunal open instead of guessing
        Path open = temp.resolve("weiss-nicht-skalen.yaml");
        Files.writeString(open, Files.readString(Repository.persona("bedaechtig"))
                .replace("  bewaehrtes: 5\n", "").replace("  rollenklarheit: 3\n", "").replace("  interkommunal: 5\n", ""));

        Cli.Result json = cli().run("score", open.toString(), "--strategy", strategy, "--format", "json", "--lang", "de");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode result = JSON.readTree(json.out());
        assertThat(result.path("coverage").path("unanswered")).extracting(JsonNode::asText)
                .containsExactly("bewaehrtes", "rollenklarheit", "interkommunal");
        assertThat(result.path("outcome").path("type").asText()).isEqualTo("bedaechtig");
        assertThat(cli().run("score", open.toString(), "--strategy", strategy, "--lang", "de").out().replaceAll("\\s+", " "))
                .contains("Ohne bewertbare Antwort (offen oder etwa mit „weiß nicht“ beantwortet):", "[bewaehrtes]", "[rollenklarheit]", "[interkommunal]");
        // and the help of each says so, in both languages
        Cli.Result shown = cli().run("show", "oefit-digitalisierungstypen", "--lang", "en");
        assertThat(shown.out().replaceAll("\\s+", " ")).contains("If you do not know, leave the question open: it then counts for no type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prototype", "points"})
    void a_town_that_has_done_next_to_nothing_yet_answers_without_weiss_nicht_and_its_goals_place_it(String strategy)
            throws IOException {
        // hardly a service online, no training, no federal or Land offers used, no outside help: answers of its own
        Cli.Result json = score("noch-nichts-stadt", strategy, "json");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode result = JSON.readTree(json.out());
        assertThat(result.path("coverage").path("unanswered")).singleElement().satisfies(q -> assertThat(q.asText()).isEqualTo("fokus"));
        // its goals are the Bedächtige's, the Optimierer's and the Serviceorientierte's: it leads with the first of them
        assertThat(result.path("types").get(0).path("id").asText()).isEqualTo("bedaechtig");
        String text = score("noch-nichts-stadt", strategy, "text").out().replaceAll("\\s+", " ");
        // not listed as unanswered (its answers of absence are answers) ...
        String unanswered = text.substring(text.indexOf("Ohne bewertbare Antwort"), text.indexOf("[fokus]"));
        assertThat(unanswered).doesNotContain("Wie gehen Sie bei der Umsetzung des Onlinezugangsgesetzes (OZG) vor allem vor? [ozg-umsetzung]",
                "[weiterbildung]", "[angebote-bund-land]", "[externe-unterstuetzung]");
        // ... but named where a dimension rests on few answers because of them, with what they were (prototype
        // reports dimensions; points has none, and so no thin ones)
        if (strategy.equals("prototype")) {
            assertThat(text).contains("Zu „Nutzerorientierung und integrierte Strategie“: 13 Ihrer Antworten auf Fragen dazu zählen für keinen Typ",
                    "[ozg-umsetzung] → Bisher haben wir kaum Leistungen nach dem OZG online gebracht");
        } else {
            assertThat(text).doesNotContain("Zu „");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prototype", "points"})
    void answers_that_contradict_each_other_come_out_mixed_not_as_a_confident_type(String strategy) throws IOException {
        JsonNode outcome = JSON.readTree(score("widerspruechlich", strategy, "json").out()).path("outcome");

        assertThat(outcome.path("kind").asText()).isEqualTo("mixed");
        assertThat(Set.of(outcome.path("first").asText(), outcome.path("second").asText()))
                .containsExactlyInAnyOrder("community-manager", "optimierer");
        assertThat(score("widerspruechlich", strategy, "text").out()).contains("Gemischt: „Der Community Manager“ und „Der Optimierer“")
                .doesNotContain("Ihr Typ:");
    }

    @Test
    void a_gemeinde_between_bedaechtig_and_serviceorientiert_comes_out_mixed_between_them_with_the_questionnaires_own_strategy()
            throws IOException {
        JsonNode outcome = JSON.readTree(score("zwischen-bedaechtig-serviceorientiert", "prototype", "json").out()).path("outcome");

        assertThat(outcome.path("kind").asText()).isEqualTo("mixed");
        assertThat(Set.of(outcome.path("first").asText(), outcome.path("second").asText()))
                .containsExactlyInAnyOrder("bedaechtig", "serviceorientiert");
        assertThat(score("zwischen-bedaechtig-serviceorientiert", "prototype", "text").out())
                .contains("Profil: Der Bedächtige", "Profil: Der Serviceorientierte");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prototype", "points"})
    void a_city_whose_it_its_own_company_runs_comes_out_as_the_type_of_its_goals_not_as_one_that_shares_its_it(String strategy)
            throws IOException {
        // a city of 580,000 whose IT a GmbH it owns alone runs: its own ISMS, what the company does it does itself
        JsonNode result = JSON.readTree(score("grossstadt-it-gesellschaft", strategy, "json").out());

        assertThat(result.path("outcome").path("kind").asText()).isEqualTo("primary");
        assertThat(result.path("outcome").path("type").asText()).isEqualTo("serviceorientiert");
        assertThat(result.path("outcome").path("lead").asDouble()).isGreaterThan(0.2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"prototype", "points"})
    void a_city_whose_smart_city_strategy_a_federal_programme_funds_finds_its_answer_and_it_counts_for_the_community_manager(
            String strategy) throws IOException {
        // "Fördermittel, die wir gezielt einwerben" was its only answer, the Bedächtige's grants
        Cli.Result json = score("smart-city-grossstadt", strategy, "json");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode result = JSON.readTree(json.out());
        assertThat(result.path("outcome").path("kind").asText()).isEqualTo("primary");
        assertThat(result.path("outcome").path("type").asText()).isEqualTo("community-manager");
        // the answer itself counts for the Community Manager and the Serviceorientierte, not for the Bedächtige
        Path granted = temp.resolve("foerdermittel.yaml");
        Files.writeString(granted, Files.readString(Repository.persona("smart-city-grossstadt"))
                .replace("  finanzierung: smart-city-programm\n", "  finanzierung: foerdermittel\n"));
        JsonNode before = JSON.readTree(cli().run("score", granted.toString(), "--strategy", strategy, "--format", "json").out());
        assertThat(share(result, "community-manager")).isGreaterThan(share(before, "community-manager"));
        assertThat(share(result, "bedaechtig")).isLessThan(share(before, "bedaechtig"));
        assertThat(cli().run("show", "oefit-digitalisierungstypen", "--lang", "en").out().replaceAll("\\s+", " "))
                .contains("Mainly through a funded smart city or smart region programme");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // a city of 60,000 whose IT a Zweckverband runs: its goals an Optimierer's, what the Zweckverband and the Land provide a Bedächtige's
            "stadt-zweckverband,    mixed,   optimierer, bedaechtig",
            // a shrinking kreisfreie Stadt under budget consolidation that digitalises to cope with fewer staff
            "ost-stadt-schrumpfend, primary, optimierer, bedaechtig",
            // a seaside resort with a guest card app and no written strategy, answered in English
            "kuestengemeinde,       primary, serviceorientiert, bedaechtig",
            // answered by the Hauptamtsleiter, who does not know the citizens' services: nine questions "weiß nicht"
            "hauptamtsleiter-stadt, mixed,   optimierer, bedaechtig",
            // a Gemeinde of 2,500 in a Verwaltungsgemeinschaft, its honorary mayor's goals one of each of three types
            "vg-dorfapp,            mixed,   bedaechtig, serviceorientiert",
            // a Große Kreisstadt of 40,000 in the Modellprojekte Smart Cities
            "gks-smart-city,        primary, community-manager, serviceorientiert",
            // a Stadt under a Haushaltssicherungskonzept that wants savings and takes what the Land and its provider offer
            "hsk-stadt,             mixed,   bedaechtig, optimierer",
            // a university town with a lively civic tech group and a slow administration
            "unistadt-civic-tech,   mixed,   serviceorientiert, bedaechtig",
            // answered alone by the first Digitalisierungsbeauftragte, three months in: ten questions open or "don't know"
            "neue-digitalisierungsbeauftragte, mixed, optimierer, bedaechtig",
            // a Verbandsgemeinde that answers for its 24 Ortsgemeinden, filled in with typwerk take
            "vg-verbandsgemeinde,   primary, bedaechtig, optimierer",
            // a Große Kreisstadt of 44,000 with a Bürgerbüro in each of its six Ortschaften: a close lead
            "gks-buergerbueros,     primary, serviceorientiert, optimierer",
            // a North Sea island of 1,700 with up to 14,000 guests a day, answered in English: goals of three types
            "insel-gemeinde,        mixed,   serviceorientiert, community-manager",
            // a shrinking small town in Saxony-Anhalt with an ageing administration: the e-file its one project
            "kleinstadt-schrumpfend, mixed,  bedaechtig, optimierer"})
    void municipalities_answering_from_their_own_situation_come_out_as_their_answers_say_with_prototype(String persona, String kind,
            String first, String second) throws IOException {
        JsonNode result = JSON.readTree(score(persona, "prototype", "json").out());

        assertThat(result.path("outcome").path("kind").asText()).isEqualTo(kind);
        List<String> byShare = new java.util.ArrayList<>();
        result.path("types").forEach(t -> byShare.add(t.path("id").asText()));
        byShare.sort(java.util.Comparator.comparingDouble((String t) -> share(result, t)).reversed());
        assertThat(byShare.subList(0, 2)).containsExactly(first, second);
    }

    @Test
    void a_town_whose_hauptamtsleiter_does_not_know_the_citizens_services_is_told_which_questions_others_could_answer() {
        String text = score("hauptamtsleiter-stadt", "prototype", "text").out().replaceAll("\\s+", " ");

        assertThat(text).contains("Gemischt (vorläufig):", "9 von 27 bewertbaren Fragen sind offen oder mit „weiß nicht“ beantwortet")
                .contains("[ozg-umsetzung]", "[fim]", "[beteiligung]", "[angebote-vor-ort]", "[zustaendigkeit-vor-ort]");
    }

    private static double share(JsonNode result, String type) {
        for (JsonNode t : result.path("types")) if (t.path("id").asText().equals(type)) return t.path("share").asDouble();
        throw new AssertionError("no type " + type + " in " + result);
    }

    @Test
    void a_town_that_answered_keine_throughout_reads_each_answer_that_counts_for_no_type_once_in_the_text_report() throws IOException {
        // the town that has done next to nothing, its scales left open and "weiß nicht" where its answer weighed: every one of
        // the six dimensions is thin, and most of its "Keine" answers bear on several of them, so one list per dimension
        // printed the same dozen answers six times (72 lines)
        String keine = Files.readString(Repository.persona("noch-nichts-stadt"))
                .replaceAll("(?m)^  (bewaehrtes|rollenklarheit|interkommunal): .*\n", "")
                .replaceAll("(?m)^  (federfuehrung|it-sicherheit|breitband): .*$", "  $1: weiss-nicht");
        Path answers = Files.writeString(temp.resolve("keine.yaml"), keine);
        for (String lang : List.of("de", "en")) {
            String out = cli().run("score", answers.toString(), "--lang", lang).out();
            String coverage = out.substring(out.indexOf(lang.equals("de") ? "Abdeckung" : "Coverage"));
            String flat = coverage.replaceAll("\\s+", " ");
            // the answers: each once, by its question's id in brackets
            List<String> ids = java.util.regex.Pattern.compile("\\[([a-z0-9-]+)\\] →").matcher(flat).results()
                    .map(m -> m.group(1)).toList();
            assertThat(ids).as(lang).hasSize(18).doesNotHaveDuplicates();
            assertThat(flat).as(lang).contains(lang.equals("de")
                    ? List.of("Je Dimension sind es:", "- zu „Nutzerorientierung und integrierte Strategie“: 13 Antworten",
                            "Diese Antworten sind es, jede einmal genannt:", "→ Nein (zu „Klare Steuerung und Fokus“)",
                            "Eine Antwort ohne Dimensionen in Klammern betrifft alle diese Dimensionen.")
                    : List.of("Per dimension:", "- on “User focus and integrated strategy”: 13 answers",
                            "These are the answers, each named once:", "→ No (on “Clear governance and focus”)",
                            "An answer without dimensions in brackets bears on all of these dimensions."));
        }
        // a result file keeps only the numbers: the counts per dimension, and no answer made up
        Path result = temp.resolve("keine.json");
        assertThat(cli().run("score", answers.toString(), "--format", "json", "--out", result.toString()).exitCode()).isZero();
        String fromFile = cli().run("report", result.toString(), "--lang", "de").out().replaceAll("\\s+", " ");
        assertThat(fromFile).contains("Je Dimension sind es:", "- zu „Nutzerorientierung und integrierte Strategie“: 13 Antworten")
                .doesNotContain("] →", "jede einmal genannt");
    }

    @Test
    void a_dimension_resting_on_few_answers_because_its_answers_count_for_no_type_is_explained_with_those_answers() throws IOException {
        // a Gemeinde of 900 with no strategy, no projects beyond the administration, no participation and only
        // its mayor and council for local projects: "Nutzerorientierung" rests on its goals alone, and its answers say why
        String de = score("vg-dorf", "prototype", "text").out().replaceAll("\\s+", " ");
        assertThat(de).contains("Auf wenigen Antworten beruhen: Nutzerorientierung und integrierte Strategie (weniger als 2 je Dimension).",
                "Zu „Nutzerorientierung und integrierte Strategie“: 6 Ihrer Antworten auf Fragen dazu zählen für keinen Typ und geben "
                        + "der Dimension keinen Wert, etwa weil sie sagen, dass es etwas (noch) nicht gibt:",
                "- Nutzen Sie das Föderale Informationsmanagement (FIM), um Leistungen, Formulare und Prozesse zu beschreiben? [fim] "
                        + "→ FIM ist uns nicht näher bekannt");
        String en = cli().run("score", Repository.persona("vg-dorf").toString(), "--lang", "en").out().replaceAll("\\s+", " ");
        assertThat(en).contains("On “User focus and integrated strategy”: 6 of your answers to questions on it count for no type and "
                + "give the dimension no value, for instance because they say that something does not exist (yet):");
        // the HTML report says the same, with the answers as a list (behind a disclosure, Antwort: as in its reasons)
        String html = cli().run("report", Repository.persona("vg-dorf").toString(), "--format", "html", "--lang", "de").out();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".tw-coverage p").eachText()).anyMatch(p -> p.startsWith("Zu „Nutzerorientierung und integrierte Strategie“: 6"));
        assertThat(page.select(".tw-coverage li").eachText()).anyMatch(li -> li.endsWith("Antwort: FIM ist uns nicht näher bekannt"));
        // a result file keeps no answers, only their number: the report of it says how many, lists none and
        // makes nothing up, in the text and the HTML report, German and English
        Path result = temp.resolve("vg-dorf.json");
        assertThat(cli().run("score", Repository.persona("vg-dorf").toString(), "--format", "json", "--out", result.toString())
                .exitCode()).isZero();
        assertThat(cli().run("report", result.toString(), "--lang", "de").out().replaceAll("\\s+", " "))
                .contains("Auf wenigen Antworten beruhen: Nutzerorientierung und integrierte Strategie",
                        "Zu „Nutzerorientierung und integrierte Strategie“: 6 Ihrer Antworten auf Fragen dazu zählen für keinen Typ und "
                                + "geben der Dimension keinen Wert, etwa weil sie sagen, dass es etwas (noch) nicht gibt.")
                .doesNotContain("[fim]", "gibt:");
        assertThat(cli().run("report", result.toString(), "--lang", "en").out().replaceAll("\\s+", " "))
                .contains("On “User focus and integrated strategy”: 6 of your answers to questions on it count for no type and "
                        + "give the dimension no value, for instance because they say that something does not exist (yet).");
        Document fromFile = Jsoup.parse(cli().run("report", result.toString(), "--format", "html", "--lang", "de").out());
        assertThat(fromFile.select(".tw-coverage p").eachText())
                .anyMatch(p -> p.startsWith("Zu „Nutzerorientierung und integrierte Strategie“: 6") && p.endsWith("nicht gibt."));
        assertThat(fromFile.select(".tw-coverage li").eachText()).noneMatch(li -> li.contains("→"));
        // ... but it keeps their number, for a page of its own that shows why a dimension is thin: the full
        // result and the compact batch row alike, on every dimension (the report lists the thin ones)
        JsonNode full = JSON.readTree(Files.readString(result));
        Path rows = temp.resolve("vg-dorf.jsonl");
        Files.writeString(rows, JSON.writeValueAsString(new de.typwerk.engine.definition.Mappers().yaml()
                .readTree(Files.readString(Repository.persona("vg-dorf")))) + "\n");
        Cli.Result batch = cli().run("batch", rows.toString(), "--strategy", "prototype");
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        JsonNode compact = JSON.readTree(batch.out());
        for (JsonNode r : List.of(full, compact)) {
            assertThat(r.path("dimensions").findValues("weightless")).hasSize(r.path("dimensions").size());
            JsonNode thin = null;
            for (JsonNode d : r.path("dimensions")) if (d.path("thin").asBoolean()) thin = d;
            assertThat(thin).isNotNull();
            assertThat(thin.path("id").asText()).isEqualTo("service");
            assertThat(thin.path("weightless").asInt()).isEqualTo(6);
        }
    }

    @Test
    void a_type_none_of_whose_weak_spots_the_answers_confirm_is_told_so_in_the_text_and_the_html_report()
            throws IOException {
        // a smart city that coordinates with its neighbours, builds Land and federal offers in and
        // uses FIM: the Community Manager's one weak spot, little alignment beforehand, does not show
        Path aligned = temp.resolve("abgestimmt.yaml");
        Files.writeString(aligned, Files.readString(Repository.persona("community-manager"))
                .replace("ozg-umsetzung: nebenbei", "ozg-umsetzung: prozesse").replace("fim: nein", "fim: vereinzelt")
                .replace("interkommunal: 2", "interkommunal: 4").replace("angebote-bund-land: eigene-loesungen", "angebote-bund-land: baustein"));
        Path html = temp.resolve("report.html");

        Cli.Result de = cli().run("score", aligned.toString(), "--lang", "de");
        Cli.Result en = cli().run("score", aligned.toString(), "--lang", "en");
        Cli.Result page = cli().run("report", aligned.toString(), "--format", "html", "--out", html.toString(), "--lang", "de");
        Cli.Result told = cli().run("score", Repository.persona("community-manager").toString(), "--lang", "de");

        assertThat(de.exitCode()).as(de.toString()).isZero();
        assertThat(de.out()).contains("Ihr Typ: Der Community Manager", "Empfehlungen für den Typ „Der Community Manager“")
                .doesNotContain("Ihre Schwachstellen");
        assertThat(de.out().replaceAll("\\s+", " "))
                .contains("Keine der typischen Schwachstellen dieses Typs zeigt sich in Ihren Antworten.");
        assertThat(en.out().replaceAll("\\s+", " ")).contains("None of this type’s typical weak spots shows up in your answers.");
        assertThat(page.exitCode()).as(page.toString()).isZero();
        assertThat(Files.readString(html)).contains("<p class=\"tw-no-weak-spots\">Keine der typischen Schwachstellen dieses Typs"
                + " zeigt sich in Ihren Antworten.</p>");
        // where a weak spot shows, the report names it and whom to learn from, and says nothing of the kind
        assertThat(told.out()).contains("Ihre Schwachstellen").doesNotContain("Keine der typischen Schwachstellen");
    }

    @Test
    void several_strengths_to_learn_from_one_type_are_listed_one_per_line() {
        // the Optimierer's weak spot "role in the local community": two strengths of the Community Manager
        String report = cli().run("score", Repository.persona("optimierer").toString(), "--lang", "de").out();

        assertThat(report).contains("""
                    → Lernen Sie vom Typ „Der Community Manager“:
                      · Als Kommune eine aktive Rolle bei der Digitalisierung vor Ort übernehmen
                      · Die örtliche Gemeinschaft aktiv einbinden und mitgestalten lassen
                """).doesNotContain("; Die ", "; Sektorübergreifend");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bedaechtig", "optimierer", "serviceorientiert", "community-manager",
            "mixed-optimierer-serviceorientiert", "ziele-bedaechtig", "ziele-community-manager",
            "faehig-bedaechtig-gemeinde", "faehig-bedaechtig-kreis", "kleine-gemeinde", "viel-weiss-nicht", "widerspruechlich",
            "zwischen-bedaechtig-serviceorientiert", "pflichtaufgaben-gemeinde", "hauptamt-gemeinde", "noch-nichts-stadt",
            "amt-gemeinde", "grossstadt-it-gesellschaft", "vg-ortsgemeinde", "gks-beteiligung", "treiber-bedaechtig", "vg-dorf",
            "smart-city-grossstadt"})
    void the_json_of_every_persona_in_both_strategies_satisfies_the_published_schema(String persona) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Repository.root().resolve("docs/result.schema.json")));
        for (String strategy : List.of("prototype", "points")) {
            Cli.Result json = score(persona, strategy, "json");

            assertThat(json.exitCode()).isZero();
            assertThat(schema.validate(JSON.readTree(json.out()))).as(persona + " " + strategy).isEmpty();
        }
    }

    @Test
    void the_default_strategy_is_the_questionnaires_own() throws IOException {
        Cli.Result json = cli().run("score", Repository.persona("optimierer").toString(), "--format", "json");

        assertThat(JSON.readTree(json.out()).path("strategy").path("id").asText()).isEqualTo("prototype");
    }

    @Test
    void output_is_byte_identical_across_runs_and_under_another_default_locale() {
        String persona = Repository.persona("community-manager").toString();
        for (String format : List.of("text", "json")) {
            for (String language : List.of("de", "en")) {
                String[] args = {"score", persona, "--format", format, "--lang", language};
                Cli.Result first = cli().run(args);
                Cli.Result second = cli().run(args);
                Locale before = Locale.getDefault();
                Cli.Result turkish;
                try {
                    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                    turkish = cli().locale(Locale.forLanguageTag("tr-TR")).run(args);
                } finally {
                    Locale.setDefault(before);
                }
                assertThat(first.exitCode()).isZero();
                assertThat(second.out()).isEqualTo(first.out());
                assertThat(turkish.out()).as(format + " " + language).isEqualTo(first.out());
            }
        }
    }

    @Test
    void the_english_report_speaks_english_with_the_questionnaires_english_texts() {
        Cli.Result r = cli().run("score", Repository.persona("serviceorientiert").toString(), "--lang", "en");

        assertThat(r.out().replaceAll("\\s+", " ")).contains("Your type: The Service-Minded – with a share of ", "Recommendations for the type “The Service-Minded”",
                "Learn from the type “", "Coverage", "No type is better than another", "“D-Team”", "Typology based on the study “Digitale Kommunen – Eine Typfrage?”");
        assertThat(r.out()).containsPattern("\\d+\\.\\d%").doesNotContainPattern("\\d,\\d%")
                .containsPattern("\\(contribution \\+\\d+\\.\\d{3}\\)");
        assertThat(r.out()).doesNotContain("Ihr Typ", "Lernen Sie");
    }
}
