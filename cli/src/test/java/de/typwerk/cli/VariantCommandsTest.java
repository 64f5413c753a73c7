package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code show} and {@code diff} on the bundled Kreis variant of the ÖFIT questionnaire. The
 * expectations come from the variant's file read as plain YAML, not from the engine.
 */
class VariantCommandsTest {

    private static final String VARIANT = "/questionnaires/oefit-kreise.yaml";

    @TempDir
    Path temp;

    private Cli.Result run(String... args) {
        return new Cli(temp).run(args);
    }

    /** The output with its line breaks and indents taken out, as one line of text. */
    private static String flat(String out) {
        return out.replaceAll("\\n *", " ");
    }

    private static Definitions variant() throws IOException {
        InputStream in = VariantCommandsTest.class.getResourceAsStream(VARIANT);
        assertThat(in).as(VARIANT).isNotNull();
        return Definitions.read(in);
    }

    /** The ids of the questions the variant adds, in its own sections and into the base's. */
    private static List<String> addedQuestionIds(Definitions variant) {
        List<String> ids = new ArrayList<>();
        variant.root().path("overlay").path("add").path("sections")
                .forEach(s -> s.path("section").path("questions").forEach(q -> ids.add(q.path("id").asText())));
        variant.root().path("overlay").path("add").path("questions").forEach(q -> ids.add(q.path("question").path("id").asText()));
        return ids;
    }

    @Test
    void show_prints_a_variant_as_written_what_it_changes_in_its_base() throws IOException {
        Cli.Result r = run("show", "oefit-kreise", "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(flat(r.out())).contains("Digital districts – which digitalisation type is your district?",
                "Variant of oefit-digitalisierungstypen@[1.0,2.0), resolved against oefit-digitalisierungstypen@1.0.0",
                "The complete questionnaire: typwerk show oefit-kreise@1.0.0 --resolved",
                "- questions/art (in kommune)", "+ sections/kreisaufgaben: “What the district does”",
                "~ questions/einwohner/text: “How many inhabitants does your municipality have (roughly)?” → "
                        + "“How many inhabitants does your district have (roughly)?”");
        for (String id : addedQuestionIds(variant())) {
            assertThat(flat(r.out())).contains("+ questions/" + id + " (in kreisaufgaben)");
        }
        assertThat(r.out()).contains("What the variant changes in oefit-digitalisierungstypen@1.0.0\n====")
                .doesNotContain("Only if:");
    }

    @Test
    void show_resolved_prints_the_whole_questionnaire_a_district_answers() throws IOException {
        Cli.Result r = run("show", "oefit-kreise", "--resolved", "--lang", "de");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(flat(r.out())).contains("Variante von oefit-digitalisierungstypen@[1.0,2.0), aufgelöst gegen "
                + "oefit-digitalisierungstypen@1.0.0.", "[kreisaufgaben]", "Der Bedächtige", "[einwohner · Zahl]");
        assertThat(r.out()).contains(addedQuestionIds(variant()).stream().map(id -> "[" + id + " · ").toList());
        assertThat(r.out()).doesNotContain("[art · ");
    }

    @Test
    void show_as_json_prints_the_definition_as_written_and_resolved_a_definition_of_its_own() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode written = json.readTree(run("show", "oefit-kreise", "--format", "json").out());
        String resolvedText = run("show", "oefit-kreise", "--resolved", "--format", "json").out();
        JsonNode resolved = json.readTree(resolvedText);

        assertThat(written.path("extends").asText()).isEqualTo("oefit-digitalisierungstypen@[1.0,2.0)");
        assertThat(written.has("overlay")).isTrue();
        assertThat(written.has("sections")).isFalse();
        assertThat(resolved.has("extends")).isFalse();
        assertThat(resolved.has("overlay")).isFalse();
        assertThat(resolved.path("sections").size()).isEqualTo(7);
        DefinitionRead reread = new DefinitionReader(new Mappers(), new Messages(Locale.ENGLISH))
                .read("kreise-resolved.json", resolvedText);
        assertThat(reread.problems()).extracting(Problem::toString).isEmpty();
        assertThat(reread.questionnaire().orElseThrow().question("gemeinden-unterstuetzen")).isPresent();
    }

    @Test
    void diff_lists_what_the_variant_changes_against_its_base() throws IOException {
        Cli.Result r = run("diff", "oefit-digitalisierungstypen", "oefit-kreise", "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Differences: oefit-digitalisierungstypen@1.0.0 → oefit-kreise@1.0.0\n")
                .contains("Header\n------\n", "~ id: oefit-digitalisierungstypen → oefit-kreise",
                        "+ extends: oefit-digitalisierungstypen@[1.0,2.0)", "Questions\n", "Texts\n");
        assertThat(flat(r.out())).contains("- questions/art (in kommune): “What kind of local authority are you answering for?”");
        assertThat(r.out()).doesNotContain("Scoring\n");
        for (String id : addedQuestionIds(variant())) {
            assertThat(flat(r.out())).contains("+ questions/" + id + " (in kreisaufgaben)");
        }
    }

    @Test
    void a_text_that_reads_the_same_in_the_chosen_language_says_in_which_language_it_changed_and_how() {
        // the Kreis variant keeps the study's German motto and words its English anew
        String german = flat(run("diff", "oefit-digitalisierungstypen", "oefit-kreise", "--lang", "de").out());

        assertThat(german).contains("~ types/community-manager/motto: „Gemeinsam gestalten wir Kommune!“ (auf Deutsch unverändert;"
                + " geändert auf Englisch: „Together we shape our municipality!“ → „Together we shape our district!“)")
                .doesNotContain("„Gemeinsam gestalten wir Kommune!“ → „Gemeinsam gestalten wir Kommune!“");
        String english = flat(run("diff", "oefit-digitalisierungstypen", "oefit-kreise", "--lang", "en").out());
        assertThat(english).contains("~ types/community-manager/motto: “Together we shape our municipality!” → “Together we shape our district!”");
    }

    @Test
    void diff_as_json_has_every_change_with_action_subject_and_path() throws IOException {
        JsonNode diff = new ObjectMapper().readTree(run("diff", "oefit-digitalisierungstypen", "oefit-kreise",
                "--format", "json").out());

        assertThat(diff.path("from").asText()).isEqualTo("oefit-digitalisierungstypen@1.0.0");
        assertThat(diff.path("to").asText()).isEqualTo("oefit-kreise@1.0.0");
        List<String> changes = new ArrayList<>();
        diff.path("changes").forEach(c -> changes.add(c.path("action").asText() + " " + c.path("subject").asText() + " "
                + c.path("path").asText()));
        assertThat(changes).contains("removed question questions/art", "added section sections/kreisaufgaben",
                "changed text questions/interkommunal/text");
        assertThat(diff.path("changes").get(0).path("before").asText()).isEqualTo("oefit-digitalisierungstypen");
    }

    @Test
    void diff_of_a_variant_alone_compares_it_with_the_base_it_was_resolved_against() {
        Cli.Result alone = run("diff", "oefit-kreise", "--lang", "en");
        Cli.Result both = run("diff", "oefit-digitalisierungstypen@1.0.0", "oefit-kreise", "--lang", "en");

        assertThat(alone.exitCode()).as(alone.toString()).isZero();
        assertThat(alone.out()).startsWith("Differences: oefit-digitalisierungstypen@1.0.0 → oefit-kreise@1.0.0\n")
                .isEqualTo(both.out());
    }

    @Test
    void diff_of_one_questionnaire_that_is_no_variant_is_a_usage_error_saying_what_to_name() {
        Cli.Result en = run("diff", "oefit-digitalisierungstypen", "--lang", "en");
        Cli.Result de = run("diff", "oefit-digitalisierungstypen", "--lang", "de");

        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        assertThat(en.err()).contains("oefit-digitalisierungstypen@1.0.0 is not a variant",
                "name a second questionnaire, such as typwerk diff oefit-digitalisierungstypen@1.0.0 OTHER");
        assertThat(de.exitCode()).isEqualTo(2);
        assertThat(de.err()).contains("oefit-digitalisierungstypen@1.0.0 ist keine Variante");
    }

    @Test
    void the_commands_show_and_diff_suggest_to_run_next_carry_the_plugins_folders_given() throws IOException {
        // a variant from a plugins folder is found again only with that folder
        Path plugins = java.nio.file.Files.createDirectories(temp.resolve("verband plugins"));

        Cli.Result show = run("show", "oefit-kreise", "--plugins", plugins.toString(), "--lang", "en");
        Cli.Result diff = run("diff", "oefit-digitalisierungstypen", "--plugins", plugins.toString(), "--lang", "de");

        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("The complete questionnaire: typwerk show oefit-kreise@1.0.0 --resolved --plugins '"
                + plugins + "'\n");
        assertThat(diff.exitCode()).as(diff.toString()).isEqualTo(2);
        assertThat(diff.err()).contains("etwa typwerk diff oefit-digitalisierungstypen@1.0.0 ANDERER --plugins '" + plugins + "'.");
    }

    @Test
    void diff_of_a_questionnaire_with_itself_finds_nothing() {
        Cli.Result r = run("diff", "oefit-kreise", "oefit-kreise@1.0.0", "--lang", "en");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("No differences.");
    }

    @Test
    void diff_with_an_unknown_questionnaire_is_a_usage_error_naming_the_loaded_ones() {
        Cli.Result r = run("diff", "oefit-digitalisierungstypen", "oefit-kreis", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("oefit-kreis", "oefit-kreise", "oefit-digitalisierungstypen");
    }

    @Test
    void validate_resolves_the_variant_against_the_loaded_base() {
        Path definition = Path.of("../questionnaires/oefit-kreise/src/main/resources/questionnaires/oefit-kreise.yaml");

        Cli.Result r = run("validate", definition.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void score_on_answers_for_the_kreis_variant_names_variant_and_base() throws IOException {
        String persona = "../questionnaires/oefit-kreise/src/test/resources/personas/bedaechtiger-kreis.yaml";

        Cli.Result text = run("score", persona, "--lang", "en");
        JsonNode json = new ObjectMapper().readTree(run("score", persona, "--format", "json").out()).path("questionnaire");

        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(flat(text.out())).contains("oefit-kreise 1.0.0 · scored with prototype",
                "An adapted version (variant) of oefit-digitalisierungstypen 1.0.0.",
                "Your type: The Cautious One");
        // the version range the variant allows is for its authors (typwerk show), not for a district's report
        assertThat(text.out()).doesNotContain("[1.0,2.0)", "resolved against");
        assertThat(json.path("id").asText()).isEqualTo("oefit-kreise");
        assertThat(json.path("extends").asText()).isEqualTo("oefit-digitalisierungstypen@[1.0,2.0)");
        assertThat(json.path("bases").get(0).path("id").asText()).isEqualTo("oefit-digitalisierungstypen");
        assertThat(json.path("bases").get(0).path("version").asText()).isEqualTo("1.0.0");
        assertThat(json.path("bases").get(0).path("contentHash").asText()).startsWith("sha256:");
    }
}
