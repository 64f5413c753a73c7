package de.typwerk.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.LoggingEventAware;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of this module's tests, found by SLF4J through {@code META-INF/services} as a
 * host's Logback or Log4j would be: it keeps every record at INFO and above, with its logger,
 * message and key-value pairs, for the tests to read.
 */
public final class CapturedLogs implements SLF4JServiceProvider {

    /** One record as a host's logger receives it. */
    record Record(String logger, Level level, String message, Map<String, Object> values) {
    }

    private static final List<Record> RECORDS = Collections.synchronizedList(new ArrayList<>());

    private ILoggerFactory loggers;

    /** The records so far, of one logger. */
    static List<Record> of(String logger) {
        synchronized (RECORDS) {
            return RECORDS.stream().filter(r -> r.logger().equals(logger)).toList();
        }
    }

    @Override
    public void initialize() {
        loggers = Capturing::new;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return new BasicMarkerFactory();
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return new NOPMDCAdapter();
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    private static final class Capturing extends LegacyAbstractLogger implements LoggingEventAware {

        Capturing(String name) {
            this.name = name;
        }

        @Override
        public void log(LoggingEvent event) {
            if (event.getLevel().toInt() < Level.INFO.toInt()) return;
            Map<String, Object> values = new LinkedHashMap<>();
            if (event.getKeyValuePairs() != null) {
                for (KeyValuePair kv : event.getKeyValuePairs()) values.put(kv.key, kv.value);
            }
            RECORDS.add(new Record(name, event.getLevel(), MessageFormatter.basicArrayFormat(event.getMessage(), event.getArgumentArray()),
                    values));
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments, Throwable throwable) {
            if (level.toInt() >= Level.INFO.toInt()) RECORDS.add(new Record(name, level, MessageFormatter.basicArrayFormat(message, arguments), Map.of()));
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
