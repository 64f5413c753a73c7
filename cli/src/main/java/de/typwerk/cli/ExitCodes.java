package de.typwerk.cli;

/** What {@code typwerk} returns to the shell. */
public final class ExitCodes {

    /** Done, nothing to report. */
    public static final int OK = 0;
    /** Done, with findings: problems in a definition, or (with {@code --strict}) a refused plugin. */
    public static final int FINDINGS = 1;
    /** The command line was wrong: unknown option, missing argument, a path or id that does not exist. */
    static final int USAGE = 2;
    /**
     * Standard output was closed by its reader ({@code typwerk batch … | head}): stopped quietly,
     * with the code a shell reports for a program ended by SIGPIPE (128 + 13), as coreutils do.
     */
    static final int BROKEN_PIPE = 141;
    /** Stopped by Ctrl-C (SIGINT), as a shell reports it; the JVM ends with this status itself. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
