package de.typwerk.testkit.bilingual;

import de.typwerk.testkit.fixtures.TallyStrategy;

/** The tally, in a package of its own with its message bundle beside it (see the test resources). */
public class BilingualStrategy extends TallyStrategy {
}
