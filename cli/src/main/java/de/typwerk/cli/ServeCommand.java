package de.typwerk.cli;

import de.typwerk.server.TypwerkServer;
import de.typwerk.server.HttpApi;
import de.typwerk.presentation.Language;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code typwerk serve}: the engine over HTTP ({@link HttpApi}, docs/http.md) until the process is
 * stopped (Ctrl+C, {@code SIGTERM}); requests in flight then get up to
 * {@value TypwerkServer#GRACE_SECONDS} seconds to finish. Prints the address it answers at on
 * standard output once it does, and a line per request on standard error unless {@code --quiet}.
 * Exit 2 when the command line is wrong or the address cannot be bound. Every option may also
 * come from the environment ({@link ServeEnvironment}: {@code TYPWERK_PORT}, …); a flag wins.
 */
@Command(name = "serve")
final class ServeCommand extends EngineCommand {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", descriptionKey = "serve.port")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", descriptionKey = "serve.host")
    private String host;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "serve.threads")
    private Integer threads;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "512", descriptionKey = "serve.max-connections")
    private int maxConnections;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "256", descriptionKey = "serve.max-requests")
    private int maxRequests;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "120", descriptionKey = "serve.request-timeout")
    private int requestTimeout;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30", descriptionKey = "serve.idle-timeout")
    private int idleTimeout;

    @Option(names = "--quiet", descriptionKey = "serve.quiet")
    private boolean quiet;

    @Option(names = "--log-format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "serve.log-format")
    private HttpApi.LogFormat logFormat;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN", split = ",", descriptionKey = "serve.allow-origin")
    private List<String> allowedOrigins = new ArrayList<>();

    @Spec
    private CommandSpec command;

    /**
     * Where a value a message refuses came from: the option as typed ({@code --port}), or, where the
     * command line does not give it, the environment variable that did ({@code TYPWERK_PORT (--port)}),
     * which is what the user has to change.
     */
    private String given(String option) {
        OptionSpec spec = command.findOption(option);
        if (spec == null || command.commandLine().getParseResult().hasMatchedOption(spec)) return option;
        return ServeEnvironment.named(spec);
    }

    @Override
    protected int run(Typwerk engine) throws Exception {
        if (port < 0 || port > 65_535) throw usageError("error.serve.port", String.valueOf(port), given("--port"));
        int processors = Runtime.getRuntime().availableProcessors();
        int requests = threads == null ? Math.max(4, 2 * processors) : threads;
        if (requests < 1) throw usageError("error.serve.threads", String.valueOf(requests), given("--threads"));
        for (String origin : allowedOrigins) {
            if (!isOrigin(origin)) throw usageError("error.serve.origin", origin, given("--allow-origin"));
        }
        for (var limit : Map.of("--max-connections", maxConnections, "--max-requests", maxRequests,
                "--request-timeout", requestTimeout, "--idle-timeout", idleTimeout).entrySet()) {
            if (limit.getValue() < 1) throw usageError("error.serve.limit", given(limit.getKey()), String.valueOf(limit.getValue()));
        }
        TypwerkServer.Limits limits = new TypwerkServer.Limits(maxConnections, maxRequests,
                java.time.Duration.ofSeconds(requestTimeout), java.time.Duration.ofSeconds(idleTimeout));
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) throw usageError("error.serve.host", host);

        // every strategy prepared for every questionnaire now, not on a caller's first request
        List<de.typwerk.api.model.Problem> unprepared = engine.unprepared();
        // messages in the language each request asks for: one engine, one load of every plugin
        Map<Language, Typwerk> engines = languages(engine, language());
        try {
            // the request log goes through SLF4J (HttpApi.REQUEST_LOGGER); the CLI's own binding writes it here
            CliLogging.requestsTo(quiet ? CliLogging.NOWHERE : this::log);
            HttpApi api = new HttpApi(engines, language(), processors, Set.copyOf(allowedOrigins), logFormat);
            TypwerkServer server;
            try {
                server = TypwerkServer.start(address, requests, api, limits);
            } catch (IOException e) {
                throw usageError("error.serve.bind", host + ":" + port, CliTexts.reason(e, messages()));
            }
            // a server runs unattended: say once, at the start, which plugins it serves without
            sayPluginsNotLoaded(engine);
            // and which strategies refuse every response they are asked to score, not only at the first such request
            unprepared.forEach(p -> err().println("typwerk: " + messages().get("serve.unprepared-line", p.message())));
            err().flush();
            CountDownLatch stopped = new CountDownLatch(1);
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stop(server);
                    stopped.countDown();
                }, "typwerk-serve-stop"));
            } catch (IllegalStateException e) {
                // SIGTERM came while starting: the JVM is on its way out already
                server.close();
                return ExitCodes.OK;
            }
            out().println(messages().get("serve.listening", server.uri()));
            out().flush();
            stopped.await();
            return ExitCodes.OK;
        } finally {
            // the other languages' scoring threads; the engine itself is closed by its command
            engines.values().stream().filter(e -> e != engine).forEach(Typwerk::close);
        }
    }

    /**
     * Stops the server on SIGTERM: requests in flight get their grace, and however the stopping
     * goes (a connection that does not let go, a handler that does not return), the process ends:
     * after the grace and a little more, it is halted with SIGTERM's own status, 143.
     */
    private static void stop(TypwerkServer server) {
        Thread closing = new Thread(server::close, "typwerk-serve-close");
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(TimeUnit.SECONDS.toMillis(TypwerkServer.GRACE_SECONDS + 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive()) Runtime.getRuntime().halt(143);
    }

    /**
     * {@code engine} in every language the server speaks: itself in {@code first}, and the same
     * loaded engine speaking each other language ({@link Typwerk#speaking}), so no plugin is loaded
     * twice.
     */
    static Map<Language, Typwerk> languages(Typwerk engine, Language first) {
        Map<Language, Typwerk> engines = new EnumMap<>(Language.class);
        for (Language l : Language.values()) engines.put(l, l == first ? engine : engine.speaking(l.locale()));
        return engines;
    }

    /** {@code *}, or an origin as browsers send it: {@code http(s)://host[:port]}, nothing after. */
    static boolean isOrigin(String origin) {
        if (origin.equals("*")) return true;
        try {
            URI uri = new URI(origin);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawPath().isEmpty() && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void log(String line) {
        err().println(line);
        err().flush();
    }
}
