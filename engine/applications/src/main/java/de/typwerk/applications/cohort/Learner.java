package de.typwerk.applications.cohort;

import java.util.List;

/**
 * A municipality with a primary type or a mixed result, and for each weakness of its type(s), in
 * definition order, whom to learn from.
 */
public record Learner(Member member, List<PeerLesson> lessons) {

    public Learner {
        lessons = List.copyOf(lessons);
    }
}
