package de.typwerk.cli;

import de.typwerk.engine.strategy.StrategyRunner;
import de.typwerk.server.HttpApi;
import java.io.PrintWriter;
import java.util.function.Consumer;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.LoggingEventAware;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The CLI's SLF4J binding, found by SLF4J through {@code META-INF/services}: the request log of
 * {@code typwerk serve} (the logger {@value HttpApi#REQUEST_LOGGER}) goes, one message a line, to
 * where {@link #requestsTo} says (serve: its standard error; nowhere with {@code --quiet});
 * everything else that logs through SLF4J in the CLI's process (the JSON Schema validator, Guice)
 * stays silent, as with SLF4J's no-operation binding before. Only the message is written, no
 * level or logger name: the line is the request log's own format ({@code --log-format}). With
 * {@code --debug}, what a scoring strategy threw (the logger {@value StrategyRunner#FAILURE_LOGGER})
 * goes to standard error too, with its stack trace, after {@code typwerk: debug: }: the finding
 * says in one line which strategy failed, this shows its maker where.
 *
 * <p>A host that embeds the server binds its own provider instead (Logback, Log4j); this class
 * is not in the server's jar.
 */
public final class CliLogging implements SLF4JServiceProvider {

    /** Where the request log goes when nowhere: its logger then says INFO is off, so no line is made. */
    static final Consumer<String> NOWHERE = line -> { };

    private static volatile Consumer<String> requests = NOWHERE;

    /** Where a strategy's stack trace goes ({@code --debug}: standard error), or null: nowhere. */
    private static volatile PrintWriter failures;

    private ILoggerFactory loggers;
    private IMarkerFactory markers;
    private MDCAdapter mdc;

    /** Where the request log's lines go from now on ({@link #NOWHERE}: none is made). */
    static void requestsTo(Consumer<String> sink) {
        requests = sink;
    }

    /** Where a strategy's stack trace goes from now on ({@code --debug}); null: nowhere. */
    static void strategyFailuresTo(PrintWriter err) {
        failures = err;
    }

    @Override
    public void initialize() {
        Logger requestLog = new RequestLog();
        Logger failureLog = new FailureLog();
        loggers = name -> name.equals(HttpApi.REQUEST_LOGGER) ? requestLog
                : name.equals(StrategyRunner.FAILURE_LOGGER) ? failureLog : NOPLogger.NOP_LOGGER;
        markers = new BasicMarkerFactory();
        mdc = new NOPMDCAdapter();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    /**
     * A logger of one name that writes where the CLI says, and says which levels it takes
     * ({@link #takes}), so that no message is made for a level it would drop.
     */
    private abstract static class CliLogger extends LegacyAbstractLogger {

        CliLogger(String name) {
            this.name = name;
        }

        /** Whether a message at {@code level} is written now. */
        abstract boolean takes(Level level);

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        public boolean isTraceEnabled() {
            return takes(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return takes(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return takes(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return takes(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return takes(Level.ERROR);
        }

        static String formatted(String message, Object[] arguments) {
            return arguments == null || arguments.length == 0 ? message : MessageFormatter.basicArrayFormat(message, arguments);
        }
    }

    /**
     * Writes each message at INFO and above. Aware of logging events, so that SLF4J hands it the
     * event of the fluent API whole instead of putting the key-value pairs in front of the message.
     */
    private static final class RequestLog extends CliLogger implements LoggingEventAware {

        RequestLog() {
            super(HttpApi.REQUEST_LOGGER);
        }

        @Override
        boolean takes(Level level) {
            // warnings and errors always (none is logged today); the request lines unless nowhere
            return level.toInt() > Level.INFO.toInt() || level == Level.INFO && requests != NOWHERE;
        }

        @Override
        public void log(LoggingEvent event) {
            if (event.getLevel().toInt() >= Level.INFO.toInt()) requests.accept(formatted(event.getMessage(), event.getArgumentArray()));
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments, Throwable throwable) {
            if (level.toInt() >= Level.INFO.toInt()) requests.accept(formatted(message, arguments));
        }
    }

    /** Writes a strategy's failure, message and stack trace, where {@link #strategyFailuresTo} says; silent otherwise. */
    private static final class FailureLog extends CliLogger {

        FailureLog() {
            super(StrategyRunner.FAILURE_LOGGER);
        }

        @Override
        boolean takes(Level level) {
            return level != Level.TRACE && failures != null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments, Throwable throwable) {
            PrintWriter err = failures;
            if (err == null) return;
            synchronized (err) {
                err.println("typwerk: debug: " + formatted(message, arguments));
                if (throwable != null) throwable.printStackTrace(err);
                err.flush();
            }
        }
    }
}
