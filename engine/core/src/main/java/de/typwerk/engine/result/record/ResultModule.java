package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.module.SimpleModule;
import de.typwerk.engine.result.Coverage;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Lesson;
import de.typwerk.engine.result.Reason;
import de.typwerk.engine.result.Recommendation;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.ResultQuestionnaire;
import de.typwerk.engine.result.ResultStrategy;
import de.typwerk.engine.result.RoleModel;
import de.typwerk.engine.result.TypeReasons;
import de.typwerk.engine.result.TypeResult;
import org.apiguardian.api.API;

/** Reads the integrator API's result model, whose types are interfaces, as the records of this package. */
@API(status = INTERNAL, since = "1.0")
public final class ResultModule extends SimpleModule {

    public ResultModule() {
        super("typwerk-result-records");
        addAbstractTypeMapping(Result.class, ResultRecord.class);
        addAbstractTypeMapping(ResultQuestionnaire.class, ResultQuestionnaireRecord.class);
        addAbstractTypeMapping(ResultStrategy.class, ResultStrategyRecord.class);
        addAbstractTypeMapping(TypeResult.class, TypeResultRecord.class);
        addAbstractTypeMapping(DimensionResult.class, DimensionResultRecord.class);
        addAbstractTypeMapping(TypeReasons.class, TypeReasonsRecord.class);
        addAbstractTypeMapping(Reason.class, ReasonRecord.class);
        addAbstractTypeMapping(Coverage.class, CoverageRecord.class);
        addAbstractTypeMapping(Recommendation.class, RecommendationRecord.class);
        addAbstractTypeMapping(Lesson.class, LessonRecord.class);
        addAbstractTypeMapping(RoleModel.class, RoleModelRecord.class);
    }
}
