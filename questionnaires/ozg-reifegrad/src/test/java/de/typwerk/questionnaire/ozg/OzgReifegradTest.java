package de.typwerk.questionnaire.ozg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import de.typwerk.api.TypwerkApi;
import de.typwerk.api.model.AnswerCondition;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.QuestionKind;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.Response;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Lesson;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.RoleModel;
import de.typwerk.engine.result.TypeResult;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.answers.AnswersReader;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.scoring.NoAnswers;
import de.typwerk.engine.scoring.ResultAssembler;
import de.typwerk.engine.strategy.StrategyRunner;
import de.typwerk.engine.strategy.RunOutcome;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.definition.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OzgReifegradTest {

    private static final String DEFINITION = "questionnaires/ozg-reifegrad.yaml";
    private final Mappers mappers = new Mappers();
    private final Messages messages = new Messages(Locale.GERMAN);
    private final ObjectMapper yaml = mappers.yaml();
    private final Questionnaire questionnaire = read(DEFINITION, Questionnaire.class);

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new AssertionError(resource + " does not bind: " + e.getMessage(), e);
        }
    }

    @Test
    void the_definition_binds_to_the_model_records_with_the_engines_strict_mapper() {
        assertThat(questionnaire.id()).isEqualTo("ozg-reifegrad");
        assertThat(questionnaire.version()).isEqualTo("1.0.0");
        assertThat(questionnaire.locales()).containsExactly("de", "en");
        assertThat(questionnaire.types()).extracting(TypeDefinition::id)
                .containsExactly("stufe-0", "stufe-1", "stufe-2", "stufe-3", "stufe-4");
        assertThat(questionnaire.questions()).hasSizeBetween(12, 20);
        assertThat(questionnaire.questions()).extracting(Question::kind)
                .contains(QuestionKind.SINGLE, QuestionKind.MULTI, QuestionKind.SCALE, QuestionKind.NUMBER, QuestionKind.TEXT);
        assertThat(questionnaire.questions()).filteredOn(q -> q.when().isPresent()).isNotEmpty();
        assertThat(questionnaire.scoring()).map(ScoringSpec::strategy).hasValue("levels");
    }

    @Test
    void every_text_is_given_in_german_and_english() {
        List<String> missing = new ArrayList<>();
        texts().forEach(t -> {
            for (String lang : questionnaire.locales()) {
                if (t.in(lang).filter(s -> !s.isBlank()).isEmpty()) missing.add(lang + ": " + t.texts());
            }
        });

        assertThat(missing).isEmpty();
    }

    @Test
    void every_level_answers_every_profile_topic_and_learns_only_from_higher_levels() {
        List<String> topics = questionnaire.profileTopics().stream().map(t -> t.id()).toList();
        List<String> levels = questionnaire.types().stream().map(TypeDefinition::id).toList();

        for (TypeDefinition level : questionnaire.types()) {
            assertThat(level.profile().keySet()).as(level.id()).containsExactlyElementsOf(topics);
            assertThat(level.strengths()).as(level.id()).isNotEmpty();
            level.weaknesses().forEach(w -> assertThat(w.learnFrom()).as(level.id() + "/" + w.id())
                    .isNotEmpty()
                    .allSatisfy(other -> assertThat(levels.indexOf(other)).isGreaterThan(levels.indexOf(level.id()))));
        }
        assertThat(questionnaire.types().subList(0, 4)).allSatisfy(t -> assertThat(t.weaknesses()).isNotEmpty());
        // a stage's weak spot is typical of the stage, not of every Amt at it: each waits for the answers
        assertThat(questionnaire.types().subList(0, 4)).flatExtracting(TypeDefinition::weaknesses)
                .allSatisfy(w -> assertThat(w.confirmedWhen()).as(w.id()).isPresent());
    }

    @Test
    void ids_are_unique_and_conditions_look_back_at_existing_options() {
        List<String> seen = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            assertThat(seen).as("question ids").doesNotContain(q.id());
            assertThat(q.choices().stream().map(Option::id).distinct().count()).as(q.id()).isEqualTo(q.choices().size());
            q.when().ifPresent(c -> {
                AnswerCondition test = (AnswerCondition) c;
                assertThat(seen).as(q.id() + " looks back").contains(test.question());
                Question earlier = questionnaire.question(test.question()).orElseThrow();
                assertThat(test.anyOf()).allSatisfy(o -> assertThat(earlier.option(o)).as(q.id() + " -> " + o).isPresent());
            });
            seen.add(q.id());
        }
    }

    @Test
    void the_parameters_pass_the_strategys_schema_and_check() {
        ScoringStrategy<Object> levels = levels();
        JsonNode parameters = yaml.valueToTree(questionnaire.scoring().orElseThrow().parameters());

        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(levels.parametersSchema().orElseThrow()).validate(parameters)).isEmpty();
        assertThat(levels.check(questionnaire, yaml.convertValue(parameters, levels.parametersType()))).isEmpty();
    }

    @ParameterizedTest(name = "{0} stands at {1}")
    @CsvSource({
            "stufe-1-gemeinde.yaml, stufe-1",
            "stufe-1-amt.yaml, stufe-1",
            "stufe-2-kreisstadt.yaml, stufe-2",
            "stufe-3-stadt.yaml, stufe-3",
            "stufe-4-grossstadt.yaml, stufe-4"})
    void a_persona_read_and_scored_by_the_engine_stands_at_its_level(String file, String level) {
        Result result = result(file);

        assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Primary.class, p -> {
            assertThat(p.type()).isEqualTo(level);
            assertThat(p.lead()).isGreaterThanOrEqualTo(questionnaire.scoring().orElseThrow().mixedMargin());
        });
        assertThat(result.types().get(0).id()).isEqualTo(level);
        assertThat(result.types().stream().mapToDouble(TypeResult::share).sum()).isCloseTo(1.0, within(1e-6));
        assertThat(result.coverage().thinDimensions()).isEmpty();
        assertThat(result.reasons()).singleElement().satisfies(r -> assertThat(r.answers()).isNotEmpty());
    }

    @Test
    void the_stage_one_persona_is_on_its_way_to_stage_two_because_one_form_can_be_downloaded() {
        Result result = result("stufe-1-gemeinde.yaml");

        // one of three services stands at stage 2: progress 1/3, half of it shows as stage 2
        assertThat(result.types()).extracting(TypeResult::id, TypeResult::share)
                .startsWith(tuple("stufe-1", 0.833333), tuple("stufe-2", 0.166667));
        // vehicle registration and building permits are not this Gemeinde's business: no value
        assertThat(result.dimensions()).extracting(DimensionResult::id)
                .doesNotContain("kfz", "bauen").contains("meldewesen", "gewerbe", "kita");
        // the recommendation for stage 1 points up the ladder
        assertThat(result.recommendations()).singleElement().satisfies(r -> assertThat(r.learnFrom())
                .flatExtracting(Lesson::from).extracting(RoleModel::type).containsOnly("stufe-2", "stufe-3"));
    }

    @Test
    void a_stage_three_amt_with_notices_to_the_inbox_and_payment_in_the_application_is_not_told_they_run_on_paper() {
        String amt = """
                questionnaire: ozg-reifegrad
                version: 1.0.0
                answers:
                  q-zulassungsstelle: nein
                  q-bauaufsicht: nein
                  q-meldewesen: ende-zu-ende
                  q-gewerbe: ende-zu-ende
                  q-kita: online-antrag
                  q-nachweise: [upload, abruf]
                  q-nutzerkonto: postfach
                  q-identifizierung: [eid]
                  q-bezahlung: [online]
                  q-epaybl: integriert
                  q-eingang: fachverfahren
                  q-medienbruch: 3
                  q-bescheid: postfach
                  q-once-only: intern
                """;
        Result result = result("amt.yaml", amt);

        assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Primary.class, p -> assertThat(p.type()).isEqualTo("stufe-3"));
        assertThat(weakSpots(result)).containsExactly("abtippen", "nachweise-erneut");

        String onPaper = amt.replace("q-bescheid: postfach", "q-bescheid: papier");
        Result paper = result("paper.yaml", onPaper);
        assertThat(weakSpots(paper)).contains("rueckweg-papier");
        // its fees are paid within the application: the weak spot does not claim payment runs apart too
        assertThat(paper.recommendations().get(0).learnFrom()).extracting(l -> l.reason().get("de", "de"))
                .contains("Bescheid oder Bezahlung läuft noch getrennt vom Antrag, oft auf Papier.")
                .noneMatch(text -> text.contains("Bescheid und Bezahlung"));
        assertThat(paper.recommendations().get(0).learnFrom()).extracting(l -> l.reason().get("en", "de"))
                .contains("The notice or the payment still runs apart from the application, often on paper.");
    }

    @Test
    void a_stage_three_amt_that_fetches_evidence_through_connected_registers_is_not_told_it_is_uploaded_again() {
        String amt = """
                questionnaire: ozg-reifegrad
                version: 1.0.0
                answers:
                  q-zulassungsstelle: nein
                  q-bauaufsicht: nein
                  q-meldewesen: online-antrag
                  q-gewerbe: online-antrag
                  q-kita: online-antrag
                  q-nachweise: [upload, abruf]
                  q-nutzerkonto: servicekonto
                  q-identifizierung: [eid]
                  q-bezahlung: [online]
                  q-epaybl: integriert
                  q-eingang: fachverfahren
                  q-medienbruch: 4
                  q-bescheid: postfach
                  q-once-only: register
                """;
        Result result = result("amt.yaml", amt);

        assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Primary.class, p -> assertThat(p.type()).isEqualTo("stufe-3"));
        assertThat(weakSpots(result)).isEmpty();

        // fetched within its own administration only, or not at all: evidence other authorities hold is uploaded again
        for (String once : List.of("intern", "nein")) {
            String within = amt.replace("q-once-only: register", "q-once-only: " + once);
            assertThat(weakSpots(result("within.yaml", within))).as(once).containsExactly("nachweise-erneut");
        }
    }

    @Test
    void an_amt_whose_kita_places_others_allocate_says_so_and_is_measured_on_its_own_services() {
        Result result = result("stufe-1-amt.yaml");

        // residence registration and business registration, both described online: stage 1; the Kita
        // places the providers allocate count as little as the services it was not asked about
        assertThat(result.dimensions()).extracting(DimensionResult::id)
                .doesNotContain("kfz", "bauen", "kita").contains("meldewesen", "gewerbe");
        assertThat(result.types().get(0)).extracting(TypeResult::id, TypeResult::share).containsExactly("stufe-1", 1.0);
        // neither of its services has a form to download: it is not told that "some" have none
        assertThat(weakSpots(result)).containsExactly("keine-formulare", "kein-online-antrag");
        Option notOurs = questionnaire.question("q-kita").orElseThrow().option("nicht-zustaendig").orElseThrow();
        assertThat(notOurs.noAnswer()).isTrue();
        assertThat(notOurs.text().texts().get("de")).startsWith("Nicht bei uns").contains("Jugendamt des Kreises");
        // appended, so that the codes of the options before it (LimeSurvey's A01 to A05) stay
        assertThat(questionnaire.question("q-kita").orElseThrow().choices()).extracting(Option::id)
                .containsExactly("offline", "information", "formular", "online-antrag", "ende-zu-ende", "nicht-zustaendig");
    }

    @Test
    void a_stage_one_amt_is_shown_only_the_weak_spots_its_answers_confirm() {
        String amt = """
                questionnaire: ozg-reifegrad
                version: 1.0.0
                answers:
                  q-zulassungsstelle: nein
                  q-bauaufsicht: nein
                  q-meldewesen: online-antrag
                  q-gewerbe: formular
                  q-kita: information
                  q-nachweise: [papier, email]
                  q-nutzerkonto: servicekonto
                  q-identifizierung: [eid]
                  q-bezahlung: [rechnung]
                  q-eingang: datei
                  q-medienbruch: 0
                  q-bescheid: papier
                  q-once-only: intern
                """;
        Result result = result("amt.yaml", amt);

        assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Primary.class, p -> assertThat(p.type()).isEqualTo("stufe-1"));
        // the Kita form is only at the centre: that weak spot shows; residence registration takes
        // online applications, so "no application can be filed online" does not
        assertThat(weakSpots(result)).containsExactly("formulare-nur-im-amt");

        String allOnPaper = amt.replace("q-meldewesen: online-antrag", "q-meldewesen: information")
                .replace("q-gewerbe: formular", "q-gewerbe: offline").replace("q-kita: information", "q-kita: offline");
        assertThat(weakSpots(result("paper.yaml", allOnPaper))).containsExactly("unauffindbar", "nur-vor-ort");
        // no service described online at all: it is not told that "some" are not
        String allOffline = allOnPaper.replace("q-meldewesen: information", "q-meldewesen: offline");
        Result offline = result("offline.yaml", allOffline);
        assertThat(weakSpots(offline)).containsExactly("nichts-beschrieben", "nur-vor-ort");
        assertThat(questionnaire.type("stufe-0").orElseThrow().weaknesses().stream().filter(w -> w.id().equals("nichts-beschrieben"))
                .findFirst().orElseThrow().text().texts()).containsEntry("de",
                        "Keine Leistung ist online beschrieben: Was nötig ist, erfährt man erst im Amt oder am Telefon.");
    }

    @Test
    void a_stage_two_amt_is_told_of_a_media_break_only_where_its_answers_show_one() {
        String amt = """
                questionnaire: ozg-reifegrad
                version: 1.0.0
                answers:
                  q-zulassungsstelle: nein
                  q-bauaufsicht: nein
                  q-meldewesen: online-antrag
                  q-gewerbe: online-antrag
                  q-kita: online-antrag
                  q-nachweise: [upload]
                  q-nutzerkonto: keins
                  q-bezahlung: [rechnung]
                  q-eingang: fachverfahren
                  q-medienbruch: 4
                  q-bescheid: papier
                  q-once-only: nein
                """;
        Result result = result("amt.yaml", amt);

        // every service takes online applications straight into the case system; without a user
        // account the Amt stays at stage 2, but nobody prints, signs or re-types
        assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Primary.class, p -> assertThat(p.type()).isEqualTo("stufe-2"));
        assertThat(weakSpots(result)).containsExactly("keine-identifizierung");

        String withForm = amt.replace("q-gewerbe: online-antrag", "q-gewerbe: formular");
        assertThat(weakSpots(result("form.yaml", withForm))).containsExactly("medienbruch", "keine-identifizierung");
        String retyped = amt.replace("q-eingang: fachverfahren", "q-eingang: abtippen");
        assertThat(weakSpots(result("retyped.yaml", retyped))).containsExactly("medienbruch", "keine-identifizierung");
        assertThat(weakSpots(result("stufe-2-kreisstadt.yaml"))).contains("medienbruch");
    }

    @Test
    void answers_to_a_question_that_is_not_asked_are_refused_by_the_engine() {
        String answers = """
                questionnaire: ozg-reifegrad
                version: 1.0.0
                answers:
                  q-zulassungsstelle: nein
                  q-bauaufsicht: nein
                  q-kfz: ende-zu-ende
                """;

        AnswersRead read = reader().read("kfz.yaml", answers.getBytes(StandardCharsets.UTF_8), List.of(loaded()));

        assertThat(read.ok()).isFalse();
        assertThat(read.problems()).anySatisfy(p -> assertThat(p.message()).contains("q-kfz"));
    }

    private Result result(String persona) {
        try (InputStream in = getClass().getResourceAsStream("/personas/" + persona)) {
            return result(persona, in.readAllBytes());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** {@return the weak spots the one recommendation of {@code result} names, in its order} */
    private static List<String> weakSpots(Result result) {
        assertThat(result.recommendations()).hasSize(1);
        return result.recommendations().get(0).learnFrom().stream().map(Lesson::weakness).toList();
    }

    /** {@code answers} written as an answers file named {@code name}, scored. */
    private Result result(String name, String answers) {
        return result(name, answers.getBytes(StandardCharsets.UTF_8));
    }

    private Result result(String persona, byte[] answers) {
        AnswersRead read = reader().read(persona, answers, List.of(loaded()));
        assertThat(read.problems()).as(persona).isEmpty();
        Response response = read.response().orElseThrow();
        try (StrategyRunner scorer = new StrategyRunner(mappers, messages)) {
            // as the engine scores: a "not with us" answer (noAnswer) is no answer to the strategy
            RunOutcome outcome = scorer.score(levels(), questionnaire, NoAnswers.withoutNoAnswers(questionnaire, response));
            assertThat(outcome.problems()).as(persona).isEmpty();
            return new ResultAssembler().assemble(loaded(), response, outcome.scored().orElseThrow());
        }
    }

    private AnswersReader reader() {
        return new AnswersReader(mappers, messages);
    }

    private LoadedQuestionnaire loaded() {
        return new LoadedQuestionnaire(questionnaire, "typwerk-ozg-reifegrad", DEFINITION, "sha256:test");
    }

    @Test
    void the_descriptor_binds_strictly_and_lists_the_definition() {
        PluginDescriptor d = read(PluginDescriptor.RESOURCE, PluginDescriptor.class);

        assertThat(d.id()).isEqualTo("typwerk-ozg-reifegrad");
        assertThat(d.version()).hasToString("1.0.0");
        assertThat(d.api().contains(TypwerkApi.VERSION)).isTrue();
        assertThat(d.vendor()).isEqualTo("Typwerk");
        assertThat(d.questionnaires()).containsExactly(DEFINITION);
    }

    @SuppressWarnings("unchecked")
    private static ScoringStrategy<Object> levels() {
        return ServiceLoader.load(ScoringStrategy.class).stream().map(ServiceLoader.Provider::get)
                .filter(s -> s.id().equals("levels")).findFirst()
                .map(s -> (ScoringStrategy<Object>) s)
                .orElseThrow(() -> new AssertionError("the levels strategy is not registered"));
    }

    private Stream<LocalizedText> texts() {
        List<LocalizedText> all = new ArrayList<>();
        Questionnaire q = questionnaire;
        all.add(q.title());
        q.description().ifPresent(all::add);
        q.source().ifPresent(all::add);
        q.profileTopics().forEach(t -> all.add(t.title()));
        for (TypeDefinition t : q.types()) {
            all.add(t.name());
            t.motto().ifPresent(all::add);
            t.summary().ifPresent(all::add);
            all.addAll(t.profile().values());
            t.strengths().forEach(s -> all.add(s.text()));
            t.weaknesses().forEach(w -> all.add(w.text()));
        }
        q.dimensions().forEach(d -> {
            all.add(d.name());
            d.description().ifPresent(all::add);
            d.low().ifPresent(all::add);
            d.high().ifPresent(all::add);
        });
        q.sections().forEach(s -> {
            all.add(s.title());
            s.description().ifPresent(all::add);
        });
        for (Question question : q.questions()) {
            all.add(question.text());
            question.help().ifPresent(all::add);
            question.choices().forEach(o -> all.add(o.text()));
            if (question instanceof ScaleQuestion s) all.addAll(s.labels().values());
            if (question instanceof NumberQuestion n) n.unit().ifPresent(all::add);
        }
        return all.stream();
    }
}
