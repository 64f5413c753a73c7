package de.typwerk.cli;

/** What {@code typwerk} returns to the shell. */
final class ExitCodes {

    /** Done, nothing to report. */
    static final int OK = 0;
    /** Done, with findings: problems in a definition, or (with {@code --strict}) a refused plugin. */
    static final int FINDINGS = 1;
    /** The command line was wrong: unknown option, missing argument, a path or id that does not exist. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
