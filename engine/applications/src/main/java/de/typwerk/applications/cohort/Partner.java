package de.typwerk.applications.cohort;

/** A municipality to learn from, and how near it is to the learner. */
public record Partner(Member member, Proximity proximity) {
}
