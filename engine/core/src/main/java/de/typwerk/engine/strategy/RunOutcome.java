package de.typwerk.engine.strategy;

import de.typwerk.api.model.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What running a strategy gave: a checked sheet, or the problems that prevented one (no
 * parameters for it, parameters that do not read, a strategy that threw, ran too long or returned
 * a sheet that breaks the contract). Messages name the strategy by id and carry no stack trace.
 */
public record RunOutcome(String strategyId, Optional<CheckedSheet> scored, List<Problem> problems) {

    public RunOutcome {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        if (scored.isEmpty()) return false;
        for (Problem p : problems) {
            if (p.isError()) return false;
        }
        return true;
    }
}
