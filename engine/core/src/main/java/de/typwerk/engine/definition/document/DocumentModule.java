package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import de.typwerk.api.model.AllCondition;
import de.typwerk.api.model.AnswerCondition;
import de.typwerk.api.model.AnyCondition;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NotCondition;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.ProfileTopic;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.Strength;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Weakness;
import org.apiguardian.api.API;

/**
 * Binds the definition model of the plugin API, whose types are interfaces, to the records of
 * this package: each interface is read as its record, a question by its {@code kind}, a condition
 * by its key. The plugin API stays free of how definitions are read; this module is the one place
 * that knows both.
 */
@API(status = INTERNAL, since = "1.0")
public final class DocumentModule extends SimpleModule {

    public DocumentModule() {
        super("typwerk-definition-documents");
        addAbstractTypeMapping(Questionnaire.class, QuestionnaireDocument.class);
        addAbstractTypeMapping(Section.class, SectionDocument.class);
        addAbstractTypeMapping(Option.class, OptionDocument.class);
        addAbstractTypeMapping(TypeDefinition.class, TypeDocument.class);
        addAbstractTypeMapping(Dimension.class, DimensionDocument.class);
        addAbstractTypeMapping(ProfileTopic.class, ProfileTopicDocument.class);
        addAbstractTypeMapping(Strength.class, StrengthDocument.class);
        addAbstractTypeMapping(Weakness.class, WeaknessDocument.class);
        addAbstractTypeMapping(ScoringSpec.class, ScoringDocument.class);
        addAbstractTypeMapping(SingleChoiceQuestion.class, SingleChoiceDocument.class);
        addAbstractTypeMapping(MultipleChoiceQuestion.class, MultipleChoiceDocument.class);
        addAbstractTypeMapping(ScaleQuestion.class, ScaleDocument.class);
        addAbstractTypeMapping(RankingQuestion.class, RankingDocument.class);
        addAbstractTypeMapping(NumberQuestion.class, NumberDocument.class);
        addAbstractTypeMapping(TextQuestion.class, TextDocument.class);
        addAbstractTypeMapping(AnswerCondition.class, AnswerConditionDocument.class);
        addAbstractTypeMapping(AllCondition.class, AllConditionDocument.class);
        addAbstractTypeMapping(AnyCondition.class, AnyConditionDocument.class);
        addAbstractTypeMapping(NotCondition.class, NotConditionDocument.class);
        setMixInAnnotation(Question.class, QuestionKinds.class);
        setMixInAnnotation(Condition.class, ConditionForms.class);
    }

    /** A question is read as the record its {@code kind} names. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind", include = JsonTypeInfo.As.EXISTING_PROPERTY, visible = false)
    @JsonSubTypes({
            @JsonSubTypes.Type(value = SingleChoiceDocument.class, name = "single"),
            @JsonSubTypes.Type(value = MultipleChoiceDocument.class, name = "multi"),
            @JsonSubTypes.Type(value = ScaleDocument.class, name = "scale"),
            @JsonSubTypes.Type(value = RankingDocument.class, name = "ranking"),
            @JsonSubTypes.Type(value = NumberDocument.class, name = "number"),
            @JsonSubTypes.Type(value = TextDocument.class, name = "text")})
    public interface QuestionKinds {
    }

    /** A condition is read as the record its key ({@code question}, {@code all}, {@code any}, {@code not}) tells. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
    @JsonSubTypes({
            @JsonSubTypes.Type(AnswerConditionDocument.class),
            @JsonSubTypes.Type(AllConditionDocument.class),
            @JsonSubTypes.Type(AnyConditionDocument.class),
            @JsonSubTypes.Type(NotConditionDocument.class)})
    interface ConditionForms {
    }
}
