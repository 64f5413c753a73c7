package de.typwerk.testkit.monolingual;

import de.typwerk.testkit.fixtures.TallyStrategy;

/** The tally, in a package of its own with its message bundle beside it (see the test resources). */
public class MonolingualStrategy extends TallyStrategy {
}
