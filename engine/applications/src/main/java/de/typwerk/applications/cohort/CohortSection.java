package de.typwerk.applications.cohort;

/** The parts of a cohort report, to write one of them alone. */
public enum CohortSection {
    /** The distributions by kind and by state, and the types beside their profile hints. */
    DISTRIBUTION,
    /** Who should learn from whom. */
    PEERS
}
