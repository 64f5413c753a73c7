package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One answer to one question. The kinds mirror {@link QuestionKind}; the engine checks an answer
 * against its question before any strategy sees it, so a strategy may rely on option ids existing
 * and values lying in range.
 */
@API(status = STABLE, since = "1.0")
public sealed interface Answer {

    /** The answer to a single-choice question. */
    @API(status = STABLE, since = "1.0")
    record Choice(String option) implements Answer {
    }

    /** The answer to a multiple-choice question: the picked options, in definition order. */
    @API(status = STABLE, since = "1.0")
    record Choices(List<String> options) implements Answer {
        /**
         * Copies the picks.
         *
         * @param options the picked option ids, in definition order
         */
        public Choices {
            options = List.copyOf(options);
        }
    }

    /** The answer to a scale question. */
    @API(status = STABLE, since = "1.0")
    record Scale(int value) implements Answer {
    }

    /**
     * The answer to a ranking question: option ids, most important first, exactly
     * {@link RankingQuestion#top()} of them (every option, where the question does not limit its
     * places with {@code top}). An option of a question with {@code top} that is not in the order was
     * not ranked among the first places: weigh it as the last, or not at all, and document which.
     */
    @API(status = STABLE, since = "1.0")
    record Ranking(List<String> order) implements Answer {
        /**
         * Copies the order.
         *
         * @param order option ids, most important first, {@link RankingQuestion#top()} of them
         */
        public Ranking {
            order = List.copyOf(order);
        }
    }

    /** The answer to a number question. */
    @API(status = STABLE, since = "1.0")
    record Number(BigDecimal value) implements Answer {
    }

    /** The answer to a free-text question. */
    @API(status = STABLE, since = "1.0")
    record Text(String text) implements Answer {
    }
}
