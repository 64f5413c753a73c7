package de.typwerk.presentation.html;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Respondent;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.record.CoverageRecord;
import de.typwerk.engine.result.record.DimensionResultRecord;
import de.typwerk.engine.result.record.ResultQuestionnaireRecord;
import de.typwerk.engine.result.record.ResultRecord;
import de.typwerk.engine.result.record.ResultStrategyRecord;
import de.typwerk.engine.result.record.TypeResultRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Results to render: the ÖFIT personas and the hostile plugin scored by a real engine (the class
 * path's plugins, this module's test plugin among them), and results of the outcomes no persona
 * reaches, built from the result records.
 */
final class Reports {

    private static Typwerk engine;

    private Reports() {
    }

    /** One engine for all tests of the module; the JVM ends with the test run. */
    static synchronized Typwerk engine() {
        if (engine == null) engine = Typwerk.builder().strict(true).build();
        return engine;
    }

    /** The folder of the root pom, found upwards from this module's folder. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("engine/core"))) return d;
        }
        throw new AssertionError("no repository root above " + dir);
    }

    static Path persona(String name) {
        return root().resolve("questionnaires/oefit/src/test/resources/personas/" + name + ".yaml");
    }

    /** The result of scoring {@code answers}, which must be accepted. */
    static Result score(Path answers) {
        ScoreRun run = engine().score(answers);
        if (run instanceof ScoreRun.Done done) return done.result();
        throw new AssertionError("refused: " + run.problems());
    }

    /** The definition a result belongs to. */
    static Optional<Questionnaire> questionnaireOf(Result result) {
        return engine().questionnaire(result.questionnaire().id() + "@" + result.questionnaire().version())
                .map(LoadedQuestionnaire::questionnaire);
    }

    private static LocalizedText text(String de, String en) {
        return LocalizedText.of(Map.of("de", de, "en", en));
    }

    /** Too few answers for a type. */
    static Result insufficient() {
        return new ResultRecord(
                new ResultQuestionnaireRecord("probe", "1.0.0", text("Probe", "Probe"), "sha256:" + "0".repeat(64), Optional.empty(), List.of()),
                new ResultStrategyRecord("points", "1.0.0"), Respondent.ANONYMOUS, 3, 20,
                List.of(new TypeResultRecord("a", text("Typ A", "Type A"), 0.5, 0.7, 1), new TypeResultRecord("b", text("Typ B", "Type B"), 0.1, 0.3, 2)),
                new Outcome.Insufficient(3, 10), List.of(), List.of(),
                new CoverageRecord(MissingAnswers.SKIP, 19, 3, List.of("q-1", "q-2"), 2, List.of()), List.of());
    }

    /** A strategy that says no type fits. */
    static Result noTypeFits() {
        return new ResultRecord(
                new ResultQuestionnaireRecord("probe", "1.0.0", text("Probe", "Probe"), "sha256:" + "0".repeat(64), Optional.empty(), List.of()),
                new ResultStrategyRecord("schwelle", "1.0.0"), Respondent.ANONYMOUS, 18, 20,
                List.of(new TypeResultRecord("a", text("Typ A", "Type A"), 0.3, 0.6, 1), new TypeResultRecord("b", text("Typ B", "Type B"), 0.2, 0.4, 2)),
                new Outcome.None(), List.of(), List.of(),
                new CoverageRecord(MissingAnswers.SKIP, 19, 17, List.of("q-1", "q-2"), 2, List.of()), List.of());
    }

    /**
     * A type named, whose types and dimensions are named in English with German words of
     * administration (a Landkreis, the Land), one dimension on few answers.
     */
    static Result germanTermsInNames() {
        return new ResultRecord(
                new ResultQuestionnaireRecord("probe", "1.0.0", text("Probe", "Probe"), "sha256:" + "0".repeat(64), Optional.empty(), List.of()),
                new ResultStrategyRecord("prototype", "1.0.0"), Respondent.ANONYMOUS, 18, 20,
                List.of(new TypeResultRecord("a", text("Der Landkreis-Lotse", "The Landkreis pilot"), 0.7, 0.9, 1),
                        new TypeResultRecord("b", text("Die Landesnahe", "Close to the Land"), 0.3, 0.5, 2)),
                new Outcome.Primary("a", 0.4),
                List.of(new DimensionResultRecord("land", text("Nähe zum Land", "Ties with the Land"), Optional.empty(), Optional.empty(), 0.6, 5, 0, false),
                        new DimensionResultRecord("amt", text("Rolle des Amtes", "Role of the Amt"), Optional.empty(), Optional.empty(), 0.2, 1, 0, true)),
                List.of(), new CoverageRecord(MissingAnswers.SKIP, 19, 17, List.of(), 2, List.of("amt")), List.of());
    }
}
