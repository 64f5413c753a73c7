package de.typwerk.cli;

import de.typwerk.cli.take.TakeCommand;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Language;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.plugin.PluginFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code typwerk}: the top command. Holds the options every subcommand understands
 * ({@code scope = INHERIT}: picocli accepts them before or after the subcommand and stores them
 * here) and starts the engine the subcommands work with.
 */
@Command(name = "typwerk",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        usageHelpAutoWidth = false)
public final class TypwerkCommand implements Callable<Integer> {

    /**
     * The subcommands, in the order the help lists them. Not in {@code @Command(subcommands = …)}:
     * picocli builds the model of every listed command up front, by reflection, which was about 6 % of
     * a short command's processor time (picocli's share in all was about 16 %); {@link Main} adds only the one a command line names first, and
     * all of them otherwise (docs/architecture.md, "Start-up").
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(PluginsCommand.class, ListCommand.class, ShowCommand.class,
            DiffCommand.class, ValidateCommand.class, TemplateCommand.class, ExportCommand.class, TakeCommand.class,
            ScoreCommand.class, ReportCommand.class, GenerateCommand.class, BatchCommand.class, CohortCommand.class,
            ServeCommand.class);

    private final Environment environment;
    private final Texts messages;

    @Spec
    private CommandSpec spec;

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "option.plugins")
    private List<Path> plugins = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "de|en", scope = ScopeType.INHERIT, converter = LanguageConverter.class,
            descriptionKey = "option.lang")
    private Language language;

    @Option(names = "--strict", scope = ScopeType.INHERIT, descriptionKey = "option.strict")
    private boolean strict;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
    private boolean debug;

    @Option(names = "--trust", paramLabel = "FILE", scope = ScopeType.INHERIT, descriptionKey = "option.trust")
    private Path trust;

    public TypwerkCommand(Environment environment, Texts messages) {
        this.environment = environment;
        this.messages = messages;
    }

    /**
     * The {@code --plugins} options the user gave, as they are typed again in a command Typwerk
     * suggests to run next ({@code ""} without any): a questionnaire from a plugins folder is
     * found again only with them.
     */
    public String pluginsOptions() {
        StringBuilder options = new StringBuilder();
        for (Path folder : plugins) options.append(" --plugins ").append(shellWord(folder.toString()));
        return options.toString();
    }

    /**
     * The hint at how plugins load that goes with a missing questionnaire or strategy: that
     * {@code --plugins DIR} loads a folder's; where {@code --plugins} was given, that
     * {@code typwerk plugins} with the same folders shows what loaded from them and what did not.
     */
    public String pluginsHint() {
        return plugins.isEmpty() ? messages().get("error.plugins-hint")
                : messages().get("error.plugins-hint.given", "typwerk plugins" + pluginsOptions());
    }

    /**
     * What to say of a file given where a plugins folder belongs: a plugin jar (the likely slip) is
     * loaded from the folder it lies in, which is then named; any other file is just not a folder.
     */
    private String notAFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar") && folder != null
                ? messages().get("error.plugins-is-a-jar", file, shellWord(folder.toString()))
                : messages().get("error.plugins-is-a-file", file);
    }

    /**
     * What to say of a folder given where a plugins folder belongs that is one plugin's own folder (a
     * project's {@code target/classes} or {@code src/main/resources}: its descriptor in it, and no jar
     * beside), from which nothing would load: the folder its jar is built into, and how to check the
     * folder as it is. Empty for any other folder.
     */
    private Optional<String> onePlugin(Path folder) {
        if (!Files.isRegularFile(folder.resolve("META-INF/typwerk/plugin.yaml"))) return Optional.empty();
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            if (files.anyMatch(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"))) {
                return Optional.empty();
            }
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        Path absolute = folder.toAbsolutePath().normalize();
        Path target = absolute.getParent();
        String validate = "typwerk validate " + shellWord(folder.toString());
        return Optional.of(target != null && absolute.getFileName() != null
                && absolute.getFileName().toString().equals("classes") && target.getFileName() != null
                && target.getFileName().toString().equals("target")
                ? messages().get("error.plugins-is-a-plugin.built", folder, shellWord(target.toString()), validate)
                : messages().get("error.plugins-is-a-plugin", folder, validate));
    }

    /** {@code word} as a POSIX shell reads it back: as it is when plain, else in single quotes. */
    public static String shellWord(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=@%+,-]+")) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Without a subcommand there is nothing to do: show what there is, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(messages.get("error.no-command"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code --lang}, else the system's language if German or English, else German. */
    public Language language() {
        return language != null ? language : Language.defaultFor(environment.locale());
    }

    /**
     * The messages in the user's language. The help was rendered in the language found by looking
     * ahead in the arguments; this is the one picocli actually parsed, which is the same.
     */
    public Texts messages() {
        return language() == messages.language() ? messages : CliTexts.of(language());
    }

    /** {@code --lang} when it was given: for output that must not depend on the system's language (exports). */
    public Optional<Language> explicitLanguage() {
        return Optional.ofNullable(language);
    }

    public boolean strict() {
        return strict;
    }

    public boolean debug() {
        return debug;
    }

    /**
     * Starts the engine with the plugins on the class path and in the plugins folders.
     *
     * @param command the subcommand asking, so a usage error names it
     * @param strict  whether any refused plugin fails the start
     */
    public Typwerk startEngine(CommandSpec command, boolean strict) {
        return startEngine(command, strict, language());
    }

    /** As {@link #startEngine(CommandSpec, boolean)}, the engine speaking {@code language}. */
    public Typwerk startEngine(CommandSpec command, boolean strict, Language language) {
        Typwerk.Builder builder = Typwerk.builder().strict(strict).locale(language.locale());
        scoringTimeout(command).ifPresent(builder::scoringTimeout);
        if (trust != null) builder.trust(trusted(command));
        List<Path> folders = pluginFolders(command);
        boolean given = !plugins.isEmpty() || environment.variable(Environment.PLUGINS_VARIABLE).isPresent();
        for (Path folder : folders) {
            // a folder typed wrong (or not yet filled) loads nothing: said once, a start goes on as before
            if (given && !withoutJarWarned.contains(folder) && noJar(folder)) {
                withoutJarWarned.add(folder);
                command.commandLine().getErr().println(messages().get("warning.plugins-without-jar", folder));
                command.commandLine().getErr().flush();
            }
            builder.pluginsFrom(folder);
        }
        return builder.build();
    }

    /** The plugins folders warned of already: a server starts an engine per language, the warning is said once. */
    private final java.util.Set<Path> withoutJarWarned = new java.util.HashSet<>();

    /** Whether {@code folder} holds no {@code *.jar} directly in it, where a plugins folder is read. */
    private static boolean noJar(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.noneMatch(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"));
        } catch (java.io.IOException e) {
            // unreadable: the engine's own loading says why
            return false;
        }
    }

    /** The hashes of {@code --trust FILE}; a missing or unreadable file is a usage error (nothing loads unchecked). */
    private java.util.Set<String> trusted(CommandSpec command) {
        if (java.nio.file.Files.isDirectory(trust)) {
            throw new ParameterException(command.commandLine(), messages().get("error.input-is-a-folder", trust));
        }
        try {
            return TrustFile.read(trust);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ParameterException(command.commandLine(), messages().get("error.no-such-path", trust));
        } catch (java.io.IOException e) {
            throw new ParameterException(command.commandLine(),
                    messages().get("error.trust-unreadable", trust, CliTexts.reason(e, messages())));
        } catch (TrustFile.Unreadable e) {
            throw new ParameterException(command.commandLine(), messages().get("error.trust-line", trust, e.line, e.getMessage()));
        }
    }

    /** {@code TYPWERK_SCORING_TIMEOUT}: seconds, a positive number; else the engine's default. */
    private Optional<java.time.Duration> scoringTimeout(CommandSpec command) {
        Optional<String> value = environment.variable(Environment.SCORING_TIMEOUT_VARIABLE);
        if (value.isEmpty()) return Optional.empty();
        try {
            java.math.BigDecimal seconds = new java.math.BigDecimal(value.get().strip());
            java.math.BigDecimal millis = seconds.movePointRight(3).setScale(0, java.math.RoundingMode.UP);
            // a positive number of any size is a limit: one beyond what a Duration of milliseconds holds
            // (99999999999999999999, as a script writes "never") is the longest, some 292 million years
            if (millis.signum() > 0) {
                return Optional.of(java.time.Duration.ofMillis(millis.min(java.math.BigDecimal.valueOf(Long.MAX_VALUE)).longValueExact()));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the usage error
        }
        throw new ParameterException(command.commandLine(),
                messages().get("error.scoring-timeout", Environment.SCORING_TIMEOUT_VARIABLE, value.get()));
    }

    /**
     * The plugins folders in the engine's order ({@link PluginFolders#choose}): {@code --plugins},
     * else {@code TYPWERK_PLUGINS} (a list like a class path), else {@code ~/.typwerk/plugins} when
     * it exists. A folder named by either of the two must be a folder, and not one plugin's own
     * project folder: said here, as the one that named it, before the engine starts, where the
     * engine would report it as a failed entry.
     */
    List<Path> pluginFolders(CommandSpec command) {
        Optional<String> variable = environment.variable(Environment.PLUGINS_VARIABLE);
        List<Path> folders = PluginFolders.choose(plugins, variable, environment.home());
        if (plugins.isEmpty() && variable.isEmpty()) return folders;
        for (Path p : folders) {
            if (!Files.isDirectory(p)) {
                throw new ParameterException(command.commandLine(), Files.isRegularFile(p) ? notAFolder(p)
                        : !plugins.isEmpty() ? messages().get("error.plugins-not-a-folder", p)
                        : messages().get("error.plugins-variable-not-a-folder", Environment.PLUGINS_VARIABLE, p));
            }
            onePlugin(p).ifPresent(why -> {
                throw new ParameterException(command.commandLine(), why);
            });
        }
        return folders;
    }
}
