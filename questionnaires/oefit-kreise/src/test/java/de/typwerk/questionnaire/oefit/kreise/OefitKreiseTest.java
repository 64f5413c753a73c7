package de.typwerk.questionnaire.oefit.kreise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import de.typwerk.api.TypwerkApi;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ResolvedBase;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.answers.AnswersReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.diff.Change;
import de.typwerk.engine.diff.QuestionnaireDiff;
import de.typwerk.engine.plugin.Decision;
import de.typwerk.engine.plugin.PluginEntry;
import de.typwerk.engine.report.ResultJson;
import de.typwerk.engine.strategy.StrategyRunner;
import de.typwerk.engine.strategy.RunOutcome;
import de.typwerk.engine.scoring.ResultAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Kreis variant as the engine loads it from the class path, next to the ÖFIT plugin it
 * extends and the strategies they name: it resolves, validates as a whole, and scores Kreis
 * personas with results that name the variant and the base it was resolved against.
 */
class OefitKreiseTest {

    private static final Set<String> DIMENSIONS = Set.of("pflicht", "verwaltung", "service", "gemeinschaft",
            "kooperation", "steuerung");
    private static final Set<String> TYPES = Set.of("bedaechtig", "optimierer", "serviceorientiert", "community-manager");
    private static final List<String> ADDED = List.of("gemeinden-unterstuetzen", "gemeinsame-leistungen",
            "regionale-infrastruktur", "it-dienstleister");

    private static Typwerk typwerk;
    private static LoadedQuestionnaire kreise;
    private static LoadedQuestionnaire oefit;

    @BeforeAll
    static void load() {
        typwerk = Typwerk.builder().locale(Locale.ENGLISH).build();
        kreise = typwerk.questionnaire("oefit-kreise").orElseThrow(() -> new AssertionError(typwerk.plugins()));
        oefit = typwerk.questionnaire("oefit-digitalisierungstypen").orElseThrow();
    }

    @AfterAll
    static void close() {
        typwerk.close();
    }

    @Test
    void the_plugin_loads_without_problems_and_says_what_it_extends() {
        PluginEntry entry = typwerk.plugins().stream().filter(e -> e.id().equals("typwerk-oefit-kreise")).findFirst()
                .orElseThrow();

        assertThat(entry.decision()).isEqualTo(Decision.LOADED);
        assertThat(entry.problems()).isEmpty();
        assertThat(entry.provides()).containsExactly("questionnaire oefit-kreise@1.0.0 → oefit-digitalisierungstypen@1.0.0");
    }

    @Test
    void resolves_against_the_oefit_questionnaire_and_records_it_with_its_hash() {
        assertThat(kreise.isVariant()).isTrue();
        assertThat(kreise.questionnaire().base()).contains("oefit-digitalisierungstypen@[1.0,2.0)");
        assertThat(kreise.bases()).containsExactly(
                new ResolvedBase("oefit-digitalisierungstypen", "1.0.0", oefit.contentHash()));
    }

    @Test
    void the_definition_on_disk_validates_against_the_loaded_base() {
        Path definition = Path.of("src/main/resources/questionnaires/oefit-kreise.yaml");

        assertThat(typwerk.validate(definition)).isEmpty();
        // the plugin folder as a whole: its one finding is the warning every typwerk- id gets, which Typwerk's own plugins carry by right
        assertThat(typwerk.validate(Path.of("src/main/resources"))).extracting(Problem::code).containsExactly("reserved-id");
    }

    @Test
    void asks_no_kind_of_municipality_and_adds_a_section_on_what_districts_do_after_cooperation() {
        Questionnaire q = kreise.questionnaire();

        assertThat(q.question("art")).isEmpty();
        assertThat(q.sections()).extracting(Section::id).containsExactly("kommune", "ziele", "verwaltung",
                "organisation", "zusammenarbeit", "kreisaufgaben", "gemeinschaft");
        assertThat(q.sections().get(5).questions()).extracting(Question::id).containsExactlyElementsOf(ADDED);
        assertThat(q.questions()).hasSize(oefit.questionnaire().questions().size() - 1 + ADDED.size());
    }

    @Test
    void keeps_the_oefit_types_dimensions_and_scoring_so_results_stay_comparable() {
        Questionnaire q = kreise.questionnaire();
        Questionnaire base = oefit.questionnaire();

        // the same types, strengths, weak spots (with whom to learn from and what confirms them),
        // dimensions and profile topics; some of their words speak of a district (below)
        assertThat(q.types()).extracting(t -> t.id() + " " + t.name() + " " + t.strengths().stream().map(s -> s.id()).toList()
                        + " " + t.weaknesses().stream().map(w -> w.id() + w.learnFrom() + w.strengths() + w.confirmedWhen()).toList()
                        + " " + t.profile().keySet())
                .containsExactlyElementsOf(base.types().stream().map(t -> t.id() + " " + t.name() + " "
                        + t.strengths().stream().map(s -> s.id()).toList() + " "
                        + t.weaknesses().stream().map(w -> w.id() + w.learnFrom() + w.strengths() + w.confirmedWhen()).toList()
                        + " " + t.profile().keySet()).toList());
        assertThat(q.dimensions()).extracting(d -> d.id()).containsExactlyElementsOf(base.dimensions().stream().map(d -> d.id()).toList());
        assertThat(q.profileTopics()).extracting(t -> t.id()).containsExactlyElementsOf(base.profileTopics().stream().map(t -> t.id()).toList());
        assertThat(q.scoring()).isEqualTo(base.scoring());
    }

    @Test
    void every_new_option_places_the_district_on_a_dimension_and_gives_points_to_known_types_only() {
        for (String id : ADDED) {
            for (Option o : kreise.questionnaire().question(id).orElseThrow().choices()) {
                if (List.of("kaum", "keine", "weiss-nicht").contains(o.id())) {
                    // an absence says nothing about the type (no deficit coding, as in the base)
                    assertThat(o.weights()).as(id + "/" + o.id()).isEmpty();
                    continue;
                }
                assertThat(o.weights().keySet()).as(id + "/" + o.id()).containsAnyElementsOf(DIMENSIONS);
                o.weights().forEach((key, w) -> {
                    assertThat(DIMENSIONS.contains(key) || TYPES.contains(key)).as(key).isTrue();
                    assertThat(w).as(id + "/" + o.id() + "/" + key).isBetween(0.0, DIMENSIONS.contains(key) ? 1.0 : 3.0);
                });
            }
        }
    }

    @Test
    void a_district_can_answer_its_single_choice_questions_with_dont_know_as_in_the_base_and_it_counts_as_unanswered() {
        for (String id : List.of("gemeinden-unterstuetzen", "regionale-infrastruktur", "it-dienstleister")) {
            assertThat(kreise.questionnaire().question(id).orElseThrow().choices()).as(id).filteredOn(Option::noAnswer)
                    .singleElement().satisfies(o -> {
                        assertThat(o.id()).isEqualTo("weiss-nicht");
                        assertThat(o.weights()).isEmpty();
                    });
        }
        // the CDO of a Kreis whose IT is run by an association may not know who serves the municipalities
        Result result = score("bedaechtiger-kreis.yaml", "prototype",
                s -> s.replace("it-dienstleister: zweckverband", "it-dienstleister: weiss-nicht"));

        assertThat(result.coverage().unanswered()).containsExactly("it-dienstleister");
        assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Primary.class, p -> assertThat(p.type()).isEqualTo("bedaechtig"));
    }

    @Test
    void a_district_that_does_not_know_its_shared_services_can_say_so_and_it_counts_as_unanswered() {
        assertThat(kreise.questionnaire().question("gemeinsame-leistungen").orElseThrow().choices()).filteredOn(Option::noAnswer)
                .singleElement().satisfies(o -> {
                    assertThat(o.id()).isEqualTo("weiss-nicht");
                    assertThat(o.weights()).isEmpty();
                });
        // the CDO of a large Kreis may not know which services the municipalities share with it
        Result result = score("optimierer-kreis.yaml", "points",
                s -> s.replace("gemeinsame-leistungen: [daten, it-betrieb]", "gemeinsame-leistungen: [weiss-nicht]"));

        assertThat(result.coverage().unanswered()).containsExactly("gemeinsame-leistungen");
        assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Primary.class, p -> assertThat(p.type()).isEqualTo("optimierer"));
        // "weiß nicht" stands alone, as in every multiple choice of the base
        assertThat(read("optimierer-kreis.yaml",
                s -> s.replace("gemeinsame-leistungen: [daten, it-betrieb]", "gemeinsame-leistungen: [daten, weiss-nicht]")).problems())
                .singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("exclusive-option"));
    }

    @Test
    void a_district_cannot_say_it_shares_no_services_and_name_shared_services_in_the_same_answer() {
        // "Keine – jede Verwaltung arbeitet für sich" next to IT operations says both at once
        assertThat(read("bedaechtiger-kreis.yaml", s -> s.replace("gemeinsame-leistungen: [it-betrieb, informationssicherheit, beschaffung]",
                "gemeinsame-leistungen: [it-betrieb, keine]")).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo("exclusive-option");
                    assertThat(p.message()).contains("'keine'");
                    assertThat(p.location().line()).isEqualTo(33);
                });
        // alone it stays an answer: nothing shared, which counts for no type
        Result alone = score("bedaechtiger-kreis.yaml", "prototype", s -> s.replace(
                "gemeinsame-leistungen: [it-betrieb, informationssicherheit, beschaffung]", "gemeinsame-leistungen: [keine]"));
        assertThat(alone.coverage().unanswered()).isEmpty();
        assertThat(alone.outcome()).isInstanceOfSatisfying(Outcome.Primary.class, p -> assertThat(p.type()).isEqualTo("bedaechtig"));
    }

    @Test
    void a_district_that_goes_different_ways_in_broadband_dispatch_and_transport_is_told_which_to_answer() {
        // own fibre company, dispatch centre shared with the neighbouring district, transport association
        Question infrastruktur = kreise.questionnaire().question("regionale-infrastruktur").orElseThrow();

        assertThat(infrastruktur.kind()).isEqualTo(de.typwerk.api.model.QuestionKind.SINGLE);
        assertThat(infrastruktur.help()).hasValueSatisfying(help -> {
            assertThat(help.texts().get("de")).contains("verschiedene Wege", "am meisten");
            assertThat(help.texts().get("en")).contains("different ways", "relies on most");
        });
    }

    @Test
    void a_district_is_not_offered_the_mayor_and_council_of_a_gemeinde_whose_amt_runs_its_administration() {
        assertThat(oefit.questionnaire().question("zustaendigkeit-vor-ort").orElseThrow().choices())
                .extracting(Option::id).contains("buergermeister-rat");
        assertThat(kreise.questionnaire().question("zustaendigkeit-vor-ort").orElseThrow().choices())
                .extracting(Option::id).doesNotContain("buergermeister-rat").contains("keine-vorhaben", "spitze-und-cdo");
        // its help of handlungsfelder speaks of the district, as its question does
        assertThat(kreise.questionnaire().question("handlungsfelder").orElseThrow().help().orElseThrow().texts())
                .hasValueSatisfying(new org.assertj.core.api.Condition<>(t -> t.contains("your district"), "en: your district"))
                .hasValueSatisfying(new org.assertj.core.api.Condition<>(t -> t.contains("Ihr Kreis"), "de: Ihr Kreis"));
        // and, as the base's, where a district's Jobcenter and social benefits belong
        assertThat(kreise.questionnaire().question("handlungsfelder").orElseThrow().help().orElseThrow().texts().get("de"))
                .contains("Sozialleistungen wie Wohngeld, Sozialhilfe oder die des Jobcenters sind Leistungen der Verwaltung");
        assertThat(kreise.questionnaire().question("handlungsfelder").orElseThrow().help().orElseThrow().texts().get("en"))
                .contains("those of the Jobcenter are services of the administration");
    }

    @Test
    void a_district_is_not_offered_itself_as_the_one_that_does_things_for_it() {
        // the base offers a Gemeinde "beim Kreis, der das für uns übernimmt"; a district is not its own provider
        for (String[] at : new String[][] {{"federfuehrung", "extern"}, {"weiterbildung", "bei-bedarf"},
                {"externe-unterstuetzung", "kommunale-partner"}}) {
            Option kreis = kreise.questionnaire().question(at[0]).orElseThrow().choices().stream()
                    .filter(o -> o.id().equals(at[1])).findFirst().orElseThrow();
            Option base = oefit.questionnaire().question(at[0]).orElseThrow().choices().stream()
                    .filter(o -> o.id().equals(at[1])).findFirst().orElseThrow();

            assertThat(kreis.text().texts().get("de")).as(at[1]).doesNotContain("Kreis");
            assertThat(kreis.text().texts().get("en")).as(at[1]).doesNotContain("district");
            assertThat(kreis.weights()).as(at[1]).isEqualTo(base.weights());
        }
    }

    @Test
    void a_district_whose_head_leads_e_government_is_offered_its_landrat_not_a_mayor_or_the_head_of_an_amt() {
        Option kreis = kreise.questionnaire().question("federfuehrung").orElseThrow().choices().stream()
                .filter(o -> o.id().equals("verwaltungsspitze")).findFirst().orElseThrow();
        Option base = oefit.questionnaire().question("federfuehrung").orElseThrow().choices().stream()
                .filter(o -> o.id().equals("verwaltungsspitze")).findFirst().orElseThrow();

        assertThat(kreis.text().texts().get("de")).contains("Landrät:in").doesNotContain("Bürgermeister", "Amtsdirektor");
        assertThat(kreis.text().texts().get("en")).contains("district administrator (Landrat)").doesNotContain("mayor", "Amt ");
        assertThat(base.text().texts().get("de")).contains("Bürgermeister:in");
        assertThat(kreis.weights()).isEqualTo(base.weights());
    }

    @Test
    void a_district_whose_e_government_the_land_runs_finds_the_land_among_those_who_lead_it() {
        // as it-dienstleister:zweckverband names a Land provider, federfuehrung:extern names the Land
        Option extern = kreise.questionnaire().question("federfuehrung").orElseThrow().choices().stream()
                .filter(o -> o.id().equals("extern")).findFirst().orElseThrow();

        assertThat(extern.text().texts().get("de")).contains("beim Land");
        assertThat(extern.text().texts().get("en")).contains("the Land");
    }

    @Test
    void the_strengths_and_profiles_a_district_reads_in_english_fit_a_district_too() {
        // a Landkreis whose result is or sits near the Community Manager reads its strengths and what
        // to learn from it; its administration sits in a Kreishaus, not a town hall. The texts are the
        // base's (the types stay the same for comparable results), so they fit a Gemeinde and a Kreis
        // alike: "as a municipality" does not. The lesson under the Optimierer's weak spot, the role in
        // life in the district, takes it up as a district: "Als Kommune … vor Ort" read as the Gemeinden's part
        List<String> told = new java.util.ArrayList<>();
        List<String> profiles = new java.util.ArrayList<>();
        for (var type : kreise.questionnaire().types()) {
            type.strengths().forEach(s -> told.addAll(s.text().texts().values()));
            type.weaknesses().forEach(w -> told.addAll(w.text().texts().values()));
            type.profile().values().forEach(p -> profiles.addAll(p.texts().values()));
        }
        assertThat(told).isNotEmpty().noneMatch(t -> t.contains("as a municipality"));
        assertThat(profiles).isNotEmpty().noneMatch(t -> t.contains("town hall") || t.contains("Rathaus"));
        assertThat(kreise.questionnaire().types()).filteredOn(t -> t.id().equals("community-manager")).singleElement()
                .satisfies(t -> assertThat(t.strengths()).filteredOn(s -> s.id().equals("aktive-rolle")).singleElement()
                        .satisfies(s -> {
                            assertThat(s.text().texts().get("de")).isEqualTo("Als Kreis eine aktive Rolle bei der Digitalisierung des Lebens im Kreis übernehmen");
                            assertThat(s.text().texts().get("en")).isEqualTo("Taking an active role as a district in digitalising life in the district");
                        }));
    }

    @Test
    void asks_the_district_about_itself_as_a_district_not_as_your_municipality() {
        for (Question q : kreise.questionnaire().questions()) {
            List<String> texts = new java.util.ArrayList<>(q.text().texts().values());
            q.choices().forEach(o -> texts.addAll(o.text().texts().values()));
            assertThat(texts).as(q.id()).noneMatch(t -> t.contains("Ihre Kommune") || t.contains("Ihrer Kommune")
                    || t.contains("ihre Kommune") || t.contains("Aufgabe der Kommune") || t.contains("als Kommune")
                    || t.contains("municipality") || t.contains("municipal strategy") || t.contains("kommunale Gesamtstrategie"));
        }
        assertThat(kreise.questionnaire().question("ziele-prioritaet").orElseThrow().text().texts().get("en"))
                .startsWith("Which goals does your district pursue");
    }

    @Test
    void a_district_that_lives_on_tourism_finds_its_guests_in_the_goal_of_an_attractive_district() {
        // a district on the coast or in the mountains wants to be attractive to its guests as much as to its
        // residents and businesses; "als Wohn- und Arbeitsort" left the guests out (texts only, the base's weights)
        LocalizedText goal = kreise.questionnaire().question("ziele-prioritaet").orElseThrow().choices().stream()
                .filter(o -> o.id().equals("attraktivitaet")).findFirst().orElseThrow().text();
        assertThat(goal.texts().get("de")).isEqualTo("Den Kreis für Einwohner:innen, Unternehmen und Gäste attraktiver machen");
        assertThat(goal.texts().get("en")).isEqualTo("Making the district more attractive to residents, businesses and visitors");
    }

    @Test
    void a_district_whose_it_serves_its_gemeinden_is_told_that_those_posts_count() {
        // the base counts an own company's posts "soweit sie für Ihre Verwaltung arbeiten": a district IT that
        // also serves its Gemeinden could not tell whether those posts count
        var help = kreise.questionnaire().question("it-personal").orElseThrow().help().orElseThrow().texts();
        assertThat(help.get("de")).contains("Kreis-IT", "auch soweit sie für Ihre kreisangehörigen Gemeinden arbeiten",
                "Stellen der Gemeinden selbst");
        assertThat(help.get("en")).contains("district’s IT", "also as far as they work for the municipalities in your district");
    }

    @Test
    void no_help_a_district_reads_speaks_to_a_city_state_or_a_borough() {
        // the base tells a city-state and a borough of Berlin or Hamburg what "Land" means in some questions;
        // neither answers this version, and a district reading it would wonder whom it addresses
        for (Question q : kreise.questionnaire().questions()) {
            q.help().ifPresent(h -> assertThat(h.texts().values()).as(q.id()).noneMatch(t -> t.contains("Stadtstaat")
                    || t.contains("city-state") || t.contains("Bezirk in Berlin") || t.contains("borough")));
        }
        assertThat(kreise.questionnaire().question("breitband").orElseThrow().help().orElseThrow().texts().get("de"))
                .contains("Ihres Kreises selbst");
        // nor to a Gemeinde whose Amt or Verbandsgemeinde runs its administration (interkommunal)
        for (Question q : kreise.questionnaire().questions()) {
            q.help().ifPresent(h -> assertThat(h.texts().values()).as(q.id()).noneMatch(t -> t.contains("Verbandsgemeinde")));
        }
        assertThat(kreise.questionnaire().question("interkommunal").orElseThrow().help().orElseThrow().texts().get("de"))
                .startsWith("Wissen Sie es nicht, lassen Sie die Frage offen");
        assertThat(kreise.questionnaire().question("federfuehrung").orElseThrow().help().orElseThrow().texts().get("de"))
                .contains("Kreisverwaltung");
        // nor to a small Gemeinde without IT, organisation or specialist departments of its own (rollenklarheit)
        assertThat(kreise.questionnaire().question("rollenklarheit").orElseThrow().help().orElseThrow().texts().values())
                .noneMatch(t -> t.contains("keine Fachämter") || t.contains("no specialist departments"))
                .allMatch(t -> t.startsWith("Wissen Sie es nicht") || t.startsWith("If you do not know"));
    }

    @Test
    void a_district_is_asked_about_life_in_the_district_not_about_the_oertliche_gemeinschaft_of_a_gemeinde() {
        // "Angelegenheiten der örtlichen Gemeinschaft" are the Gemeinden's (Art. 28 GG); a Landrat's
        // office reading "Wer ist für … in der örtlichen Gemeinschaft zuständig?" points at its Gemeinden
        for (var section : kreise.questionnaire().sections()) {
            List<String> texts = new java.util.ArrayList<>(section.title().texts().values());
            for (Question q : section.questions()) {
                texts.addAll(q.text().texts().values());
                q.help().ifPresent(h -> texts.addAll(h.texts().values()));
                q.choices().forEach(o -> texts.addAll(o.text().texts().values()));
            }
            assertThat(texts).as(section.id()).noneMatch(t -> t.contains("örtliche Gemeinschaft") || t.contains("örtlichen Gemeinschaft")
                    || t.contains("Örtliche Gemeinschaft") || t.contains("local community") || t.contains("Local community"));
        }
        Question zustaendig = kreise.questionnaire().question("zustaendigkeit-vor-ort").orElseThrow();
        assertThat(zustaendig.text().texts().get("de"))
                .isEqualTo("Wer ist in Ihrer Kreisverwaltung für Digitalisierungsvorhaben für Bürgerschaft, Vereine und Wirtschaft im Kreis zuständig?");
        // the words only: the options, their weights and the dimension stay the base's (but for the
        // mayor and council of a Gemeinde whose Amt runs its administration, which a district is not)
        assertThat(zustaendig.choices()).extracting(Option::weights).containsExactlyElementsOf(
                oefit.questionnaire().question("zustaendigkeit-vor-ort").orElseThrow().choices().stream()
                        .filter(o -> !o.id().equals("buergermeister-rat")).map(Option::weights).toList());
    }

    @Test
    void a_districts_result_speaks_of_life_in_the_district_where_the_base_says_oertliche_gemeinschaft() {
        // the dimension, the profile topic, the types' profiles, strengths and weak spots: what a
        // district reads in its report, in both languages
        Questionnaire q = kreise.questionnaire();
        List<String> texts = new java.util.ArrayList<>();
        q.profileTopics().forEach(t -> texts.addAll(t.title().texts().values()));
        for (var d : q.dimensions()) {
            texts.addAll(d.name().texts().values());
            d.description().ifPresent(t -> texts.addAll(t.texts().values()));
            d.low().ifPresent(t -> texts.addAll(t.texts().values()));
            d.high().ifPresent(t -> texts.addAll(t.texts().values()));
        }
        for (var t : q.types()) {
            t.summary().ifPresent(s -> texts.addAll(s.texts().values()));
            t.profile().values().forEach(p -> texts.addAll(p.texts().values()));
            t.strengths().forEach(s -> texts.addAll(s.text().texts().values()));
            t.weaknesses().forEach(w -> texts.addAll(w.text().texts().values()));
        }
        assertThat(texts).noneMatch(t -> t.contains("örtliche Gemeinschaft") || t.contains("örtlichen Gemeinschaft")
                || t.contains("Örtliche Gemeinschaft") || t.contains("local community") || t.contains("Local community")
                || t.contains("ihre Stadt") || t.contains("their town"));
        assertThat(q.dimensions()).filteredOn(d -> d.id().equals("gemeinschaft")).singleElement()
                .satisfies(d -> assertThat(d.name().texts()).containsEntry("de", "Leben im Kreis und Beteiligung")
                        .containsEntry("en", "Life in the district and participation"));
        assertThat(q.types()).filteredOn(t -> t.id().equals("optimierer")).singleElement()
                .satisfies(t -> assertThat(t.weaknesses().get(0).text().texts().get("de"))
                        .isEqualTo("Die eigene Rolle bei der Digitalisierung des Lebens im Kreis – für Bürgerschaft, Vereine und Wirtschaft – ist noch nicht gefunden"));
        // the words only: the base still speaks to Gemeinden of their örtliche Gemeinschaft
        assertThat(oefit.questionnaire().dimensions()).filteredOn(d -> d.id().equals("gemeinschaft")).singleElement()
                .satisfies(d -> assertThat(d.name().texts().get("de")).isEqualTo("Örtliche Gemeinschaft und Beteiligung"));
    }

    @Test
    void a_districts_result_does_not_tell_it_to_work_with_or_take_its_bearings_from_the_district_itself() {
        Questionnaire q = kreise.questionnaire();
        assertThat(q.dimensions()).filteredOn(d -> d.id().equals("kooperation")).singleElement()
                .satisfies(d -> {
                    assertThat(d.description().orElseThrow().texts().get("de"))
                            .startsWith("Wie eng der Kreis mit seinen kreisangehörigen Gemeinden, Nachbarkreisen, Land und Bund");
                    assertThat(d.description().orElseThrow().texts().get("en")).doesNotContain("the district,", "municipality works");
                });
        assertThat(q.types()).filteredOn(t -> t.id().equals("bedaechtig")).singleElement()
                .satisfies(t -> {
                    assertThat(t.profile().get("strategie").texts().get("de")).contains("bei Bund und Land;")
                            .doesNotContain("oder Kreis", "Nachbarkommunen");
                    assertThat(t.profile().get("strategie").texts().get("en")).contains("the federal government and the Land are doing")
                            .doesNotContain("or the district");
                });
    }

    @Test
    void an_optimierer_district_reads_of_the_districts_strategy_and_an_attractive_district() {
        // the type the study finds most often in a Kreis; in English "municipal" does not name a district
        TypeDefinition optimierer = kreise.questionnaire().types().stream().filter(t -> t.id().equals("optimierer"))
                .findFirst().orElseThrow();
        assertThat(optimierer.profile().get("strategie").texts().get("en")).contains("Besides the district’s overall strategy")
                .doesNotContain("municipal");
        assertThat(optimierer.profile().get("strategie").texts().get("de")).contains("Neben der Gesamtstrategie des Kreises");
        assertThat(optimierer.profile().get("charakter").texts().get("en")).contains("an attractive district").doesNotContain("municipality");
        assertThat(optimierer.profile().get("charakter").texts().get("de")).contains("Ein attraktiver Kreis");
    }

    @Test
    void a_district_is_not_called_a_municipality_in_the_types_and_dimensions_it_reads() {
        // "municipality" / "municipal" name a Gemeinde in English; "municipalities" (others, with
        // districts) may stay, and the profile verbreitung names where the study found the type
        java.util.List<String> english = new java.util.ArrayList<>();
        for (TypeDefinition t : kreise.questionnaire().types()) {
            t.summary().ifPresent(x -> english.add(t.id() + " summary: " + x.texts().get("en")));
            t.motto().ifPresent(x -> english.add(t.id() + " motto: " + x.texts().get("en")));
            t.profile().forEach((k, x) -> { if (!k.equals("verbreitung")) english.add(t.id() + " " + k + ": " + x.texts().get("en")); });
            t.strengths().forEach(x -> english.add(t.id() + " strength: " + x.text().texts().get("en")));
            t.weaknesses().forEach(x -> english.add(t.id() + " weak spot: " + x.text().texts().get("en")));
        }
        kreise.questionnaire().dimensions().forEach(d -> d.description()
                .ifPresent(x -> english.add(d.id() + " description: " + x.texts().get("en"))));
        assertThat(english).noneMatch(x -> x.matches("(?s).*[Mm]unicipal(ity|\\s).*"));

        TypeDefinition bedaechtig = kreise.questionnaire().types().stream().filter(t -> t.id().equals("bedaechtig"))
                .findFirst().orElseThrow();
        assertThat(bedaechtig.summary().orElseThrow().texts().get("en")).startsWith("A dutiful district");
        assertThat(bedaechtig.summary().orElseThrow().texts().get("de")).startsWith("Ein pflichtbewusster Kreis");
        assertThat(bedaechtig.weaknesses()).filteredOn(w -> w.id().equals("glasfaser")).singleElement()
                .satisfies(w -> assertThat(w.text().texts().get("en")).contains("with districts and municipalities that build networks",
                        "their experience helps you bring in the district’s needs, also where you coordinate the roll-out or drive it with grants, or where companies build"))
                .satisfies(w -> assertThat(w.text().texts().get("de")).contains(
                        "deren Erfahrung hilft Ihnen, die Anforderungen des Kreises einzubringen, auch wo Sie den Ausbau koordinieren oder mit Fördermitteln"
                                + " vorantreiben oder wo Unternehmen bauen"));
        TypeDefinition optimierer = kreise.questionnaire().types().stream().filter(t -> t.id().equals("optimierer"))
                .findFirst().orElseThrow();
        assertThat(optimierer.strengths()).filteredOn(s -> s.id().equals("daten")).singleElement()
                .satisfies(s -> assertThat(s.text().texts()).containsEntry("en", "Knowing and using the district’s data – for staffing, for automation and as open data")
                        .containsEntry("de", "Die Daten des Kreises kennen und nutzen – für den Personaleinsatz, zur Automatisierung und als Open Data"));
        // the base keeps its words for a Gemeinde
        assertThat(oefit.questionnaire().types().stream().filter(t -> t.id().equals("bedaechtig")).findFirst().orElseThrow()
                .summary().orElseThrow().texts().get("en")).startsWith("A dutiful municipality");
    }

    @Test
    void the_english_texts_write_the_apostrophe_as_the_report_does() {
        // the report writes “don’t know”, as the base's texts do
        List<JsonNode> texts = new java.util.ArrayList<>();
        new Mappers().json().valueToTree(kreise.questionnaire()).findParents("en").forEach(n -> {
            if (n.path("en").isTextual()) texts.add(n);
        });
        assertThat(texts).isNotEmpty().noneMatch(t -> t.path("en").asText().contains("'"));
    }

    @Test
    void the_district_reads_each_german_term_under_the_english_term_the_base_gives_it() {
        // the base's glossary (OefitDefinitionTest), for the terms the variant's own texts use
        java.util.Map<String, String> glossary = java.util.Map.of(
                "Zweckverb", "joint (IT )?associations?",
                "Einer[- ]für[- ]Alle", "One for All",
                "Daseinsvorsorge", "services? of general interest",
                "Fachverfahren", "specialist applications?",
                "Fördermittel|Förderprogramm", "grants?|funding programmes?");
        List<JsonNode> texts = new java.util.ArrayList<>();
        new Mappers().json().valueToTree(kreise.questionnaire()).findParents("de").forEach(n -> {
            if (n.path("de").isTextual() && n.path("en").isTextual()) texts.add(n);
        });
        glossary.forEach((german, english) -> assertThat(texts)
                .filteredOn(t -> java.util.regex.Pattern.compile(german).matcher(t.path("de").asText()).find())
                .as("texts with %s", german).isNotEmpty()
                .allSatisfy(t -> assertThat(t.path("en").asText()).as(german).containsPattern(english)));
        // the added section says in one sentence what a district does and its municipalities do not
        assertThat(kreise.questionnaire().sections()).filteredOn(x -> x.id().equals("kreisaufgaben")).singleElement()
                .satisfies(x -> assertThat(x.description().orElseThrow().texts().get("en"))
                        .isEqualTo("What a district does, and municipalities do not, for the municipalities within it and for the region."));
        assertThat(kreise.questionnaire().question("it-dienstleister").orElseThrow().choices())
                .filteredOn(o -> o.id().equals("zweckverband")).singleElement()
                .satisfies(o -> assertThat(o.text().texts().get("en")).contains("a joint IT association of local authorities"));
    }

    @Test
    void the_diff_against_the_base_lists_the_removed_question_the_new_section_and_the_reworded_texts() {
        QuestionnaireDiff diff = QuestionnaireDiff.between(oefit.questionnaire(), kreise.questionnaire());

        assertThat(diff.changes()).filteredOn(c -> c.subject() == Change.Subject.QUESTION)
                .extracting(c -> c.action().id() + " " + c.path())
                .containsExactly("removed questions/art", "added questions/gemeinden-unterstuetzen",
                        "added questions/gemeinsame-leistungen", "added questions/regionale-infrastruktur",
                        "added questions/it-dienstleister");
        assertThat(diff.changes()).filteredOn(c -> c.subject() == Change.Subject.SECTION)
                .extracting(Change::path).containsExactly("sections/kreisaufgaben");
        assertThat(diff.changes()).filteredOn(c -> c.subject() == Change.Subject.TEXT).extracting(Change::path)
                .contains("sections/kommune/title", "questions/einwohner/text", "questions/interkommunal/text",
                        "questions/breitband/options/koordiniert/text", "questions/strategie-verankerung/options/vorgaben/text");
        // a Kreis is not asked whether it aligns with "Bund, Land oder Kreis"
        assertThat(kreise.questionnaire().question("strategie-verankerung").orElseThrow().choices().stream()
                .filter(o -> o.id().equals("vorgaben")).findFirst().orElseThrow().text().texts().get("de"))
                .isEqualTo("Auf Programme und Strategien von Bund oder Land, an denen wir uns ausrichten");
        assertThat(diff.changes()).noneMatch(c -> c.subject() == Change.Subject.SCORING || c.subject() == Change.Subject.TYPE);
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({
            "bedaechtiger-kreis.yaml, prototype, bedaechtig",
            "bedaechtiger-kreis.yaml, points,    bedaechtig",
            "optimierer-kreis.yaml,   prototype, optimierer",
            "optimierer-kreis.yaml,   points,    optimierer",
            // held out: a district that runs services for its Gemeinden, answered from its own situation
            "dienstleister-kreis.yaml, prototype, bedaechtig",
            "dienstleister-kreis.yaml, points,    bedaechtig"})
    void a_district_persona_scores_as_its_type_and_the_result_names_variant_and_base(String persona, String strategy,
                                                                                     String type) {
        Result result = score(persona, strategy);

        assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Primary.class, p -> assertThat(p.type()).isEqualTo(type));
        assertThat(result.questionnaire().id()).isEqualTo("oefit-kreise");
        assertThat(result.questionnaire().version()).isEqualTo("1.0.0");
        assertThat(result.questionnaire().contentHash()).isEqualTo(kreise.contentHash());
        assertThat(result.questionnaire().base()).contains("oefit-digitalisierungstypen@[1.0,2.0)");
        assertThat(result.questionnaire().bases()).containsExactly(
                new ResolvedBase("oefit-digitalisierungstypen", "1.0.0", oefit.contentHash()));
        assertThat(result.respondent().kind()).contains("kreis");
    }

    @Test
    void a_district_whose_digitalisation_is_its_fibre_roll_out_comes_out_as_the_types_of_its_goals() {
        // it builds the network itself (breitband:aktiv, regionale-infrastruktur:daseinsvorsorge, the Community
        // Manager's); its goals, with no goal for fibre in the list, are the Serviceorientierte's and the Bedächtige's
        assertThat(score("breitband-kreis.yaml", "prototype").outcome()).isInstanceOfSatisfying(Outcome.Mixed.class, m -> {
            assertThat(m.first()).isEqualTo("bedaechtig");
            assertThat(m.second()).isEqualTo("serviceorientiert");
        });
        assertThat(score("breitband-kreis.yaml", "points").outcome())
                .isInstanceOfSatisfying(Outcome.Primary.class, p -> assertThat(p.type()).isEqualTo("bedaechtig"));
    }

    @Test
    void a_sparse_district_whose_digitalisation_is_the_ozg_and_online_vehicle_registration_comes_out_as_its_answers_say() {
        // the online services of the Land and the Kraftfahrt-Bundesamt switched on, grants, few projects on purpose:
        // its goals are the Serviceorientierte's first, the Bedächtige's and the Optimierer's after it; a clear
        // Bedächtige by a close lead with prototype, and mixed with the Serviceorientierte with points
        Result prototype = score("kreis-kfz-zulassung.yaml", "prototype");
        assertThat(prototype.outcome()).isInstanceOfSatisfying(Outcome.Primary.class, p -> {
            assertThat(p.type()).isEqualTo("bedaechtig");
            assertThat(p.lead()).isBetween(0.12, 0.18);
        });
        assertThat(score("kreis-kfz-zulassung.yaml", "points").outcome()).isInstanceOfSatisfying(Outcome.Mixed.class, m -> {
            assertThat(m.first()).isEqualTo("bedaechtig");
            assertThat(m.second()).isEqualTo("serviceorientiert");
        });
    }

    @Test
    void a_district_whose_kreistag_adopted_a_smart_region_strategy_comes_out_as_the_community_manager_it_answers_as() {
        // a strategy worked out with Gemeinden, businesses and residents, a funded programme, a smart region office
        // and twelve measures in parallel; goals of the Community Manager, the Serviceorientierte and the Bedächtige
        assertThat(score("smart-region-kreis.yaml", "prototype").outcome()).isInstanceOfSatisfying(Outcome.Mixed.class, m -> {
            assertThat(m.first()).isEqualTo("community-manager");
            assertThat(m.second()).isEqualTo("serviceorientiert");
        });
        assertThat(score("smart-region-kreis.yaml", "points").outcome())
                .isInstanceOfSatisfying(Outcome.Primary.class, p -> assertThat(p.type()).isEqualTo("community-manager"));
    }

    @Test
    void a_district_whose_digitalisation_is_its_jobcenter_and_social_administration_comes_out_as_its_answers_say() {
        // its own Jobcenter and Sozialamt online, a strategy for the administration's processes, data for key figures:
        // its goals are the Serviceorientierte's first, the Optimierer's and the Bedächtige's after it
        assertThat(score("kreis-jobcenter.yaml", "prototype").outcome()).isInstanceOfSatisfying(Outcome.Mixed.class, m -> {
            assertThat(m.first()).isEqualTo("optimierer");
            assertThat(m.second()).isEqualTo("bedaechtig");
        });
        assertThat(score("kreis-jobcenter.yaml", "points").outcome()).isInstanceOfSatisfying(Outcome.Mixed.class, m -> {
            assertThat(m.first()).isEqualTo("optimierer");
            assertThat(m.second()).isEqualTo("serviceorientiert");
        });
    }

    @Test
    void the_result_as_json_names_variant_and_base_and_fits_the_published_result_schema() throws IOException {
        Result result = score("bedaechtiger-kreis.yaml", "prototype");
        String json = new ResultJson().write(result);
        JsonSchema schema;
        try (InputStream in = ResultJson.class.getClassLoader().getResourceAsStream(ResultJson.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        JsonNode questionnaire = new Mappers().json().readTree(json).path("questionnaire");

        assertThat(schema.validate(new Mappers().json().readTree(json))).isEmpty();
        assertThat(questionnaire.path("id").asText()).isEqualTo("oefit-kreise");
        assertThat(questionnaire.path("extends").asText()).isEqualTo("oefit-digitalisierungstypen@[1.0,2.0)");
        assertThat(questionnaire.path("bases").get(0).path("id").asText()).isEqualTo("oefit-digitalisierungstypen");
        assertThat(questionnaire.path("bases").get(0).path("version").asText()).isEqualTo("1.0.0");
        assertThat(questionnaire.path("bases").get(0).path("contentHash").asText()).isEqualTo(oefit.contentHash());
        assertThat(new ResultJson().read(json).questionnaire()).isEqualTo(result.questionnaire());
    }

    @Test
    void the_variant_example_in_the_definition_format_docs_resolves_against_the_oefit_questionnaire(@TempDir Path temp)
            throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("docs/definition-format.md"))) {
            root = root.getParent();
            assertThat(root).as("repository root").isNotNull();
        }
        String doc = Files.readString(root.resolve("docs/definition-format.md"));
        int start = doc.indexOf("```yaml\n", doc.indexOf("## Variants")) + "```yaml\n".length();
        Path example = Files.writeString(temp.resolve("example.yaml"), doc.substring(start, doc.indexOf("```", start)));

        assertThat(typwerk.validate(example)).isEmpty();
    }

    @Test
    void the_descriptor_binds_strictly_and_lists_the_definition() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PluginDescriptor.RESOURCE)) {
            PluginDescriptor d = new Mappers().yaml().readValue(in, PluginDescriptor.class);

            assertThat(d.id()).isEqualTo("typwerk-oefit-kreise");
            assertThat(d.api().contains(TypwerkApi.VERSION)).isTrue();
            assertThat(d.questionnaires()).containsExactly("questionnaires/oefit-kreise.yaml");
        }
    }

    private Result score(String persona, String strategyId) {
        return score(persona, strategyId, s -> s);
    }

    /** A persona scored with {@code edit} applied to its text first. */
    private Result score(String persona, String strategyId, java.util.function.UnaryOperator<String> edit) {
        AnswersRead read = read(persona, edit);
        assertThat(read.problems()).as(persona).isEmpty();
        Response response = read.response().orElseThrow();
        ScoringStrategy<?> strategy = typwerk.strategies().find(strategyId).orElseThrow();
        try (StrategyRunner scorer = new StrategyRunner(new Mappers(), typwerk.messages())) {
            RunOutcome outcome = scorer.score(strategy, kreise.questionnaire(), response);
            assertThat(outcome.problems()).as(persona).isEmpty();
            return new ResultAssembler().assemble(read.questionnaire().orElseThrow(), response, outcome.scored().orElseThrow());
        }
    }

    /** A persona read as an answers file, with {@code edit} applied to its text first. */
    private AnswersRead read(String persona, java.util.function.UnaryOperator<String> edit) {
        try (InputStream in = getClass().getResourceAsStream("/personas/" + persona)) {
            byte[] answers = edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            return new AnswersReader(new Mappers(), typwerk.messages()).read(persona, answers, typwerk.questionnaires());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
