package de.typwerk.strategy.levels;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Scores maturity models. The questionnaire's types are ordered levels (stage 0 up, in definition
 * order) and its dimensions are criteria. An option's {@code weights} say, per criterion, which
 * stage the answer shows ({@code {kfz: 3}}: "vehicle registration stands at stage 3"). A
 * criterion's stage combines its answers; a level is reached when enough of its criteria stand
 * at or above it and every lower level is reached. See {@code docs/levels.md} for the formulas.
 *
 * <p>Pure and stateless: {@link #prepare} builds the maturity model once, immutable, and one
 * prepared scorer serves any number of threads.
 */
public final class LevelsStrategy implements ScoringStrategy<LevelsParameters> {

    public static final String ID = "levels";
    public static final Version VERSION = Version.parse("1.0.0");
    private static final String SCHEMA = "parameters.schema.json";

    private final String schema;
    private final LocalizedText description;

    public LevelsStrategy() {
        this.schema = resource(SCHEMA);
        this.description = Texts.localized("description");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    public LocalizedText description() {
        return description;
    }

    @Override
    public Class<LevelsParameters> parametersType() {
        return LevelsParameters.class;
    }

    @Override
    public Optional<String> parametersSchema() {
        return Optional.of(schema);
    }

    @Override
    public List<Problem> check(Questionnaire questionnaire, LevelsParameters parameters) {
        return ParameterCheck.of(questionnaire, parameters);
    }

    /** Builds the maturity model of the questionnaire and parameters once; each response is assessed on it. */
    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, LevelsParameters parameters) {
        MaturityModel model = MaturityModel.of(questionnaire, orDefaults(parameters));
        EvidenceReader reader = new EvidenceReader(model, questionnaire);
        return context -> {
            List<QuestionEvidence> evidence = reader.read(context.response(), context.missing());
            return model.assess(evidence).sheet(model.levels(), evidence);
        };
    }

    /** Where a response stands, for callers that want the reached level itself. */
    Maturity assess(Questionnaire questionnaire, LevelsParameters parameters, ScoringContext context) {
        MaturityModel model = MaturityModel.of(questionnaire, orDefaults(parameters));
        return model.assess(new EvidenceReader(model, questionnaire).read(context.response(), context.missing()));
    }

    private static LevelsParameters orDefaults(LevelsParameters parameters) {
        // an engine may hand over no parameters for an empty block; the defaults apply then
        return parameters == null ? LevelsParameters.defaults() : parameters;
    }

    private static String resource(String name) {
        try (InputStream in = LevelsStrategy.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " next to " + LevelsStrategy.class);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
