package de.typwerk.cli;

import de.typwerk.cli.take.TakeCommand;

import de.typwerk.presentation.Texts;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The one place where commands, converters and providers are created: picocli asks here for every
 * class it needs, by hand: a handful of constructors. Guice is the kernel's own wiring and no floor
 * above it uses it ({@code FloorsTest}, docs/architecture.md "Guice").
 */
final class CommandFactory implements IFactory {

    private final Environment environment;
    private final Texts messages;
    private final Terminal terminal;

    CommandFactory(Environment environment, Texts messages, Terminal terminal) {
        this.environment = environment;
        this.messages = messages;
        this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Object created;
        if (type == TypwerkCommand.class) {
            created = new TypwerkCommand(environment, messages);
        } else if (type == LanguageConverter.class) {
            created = new LanguageConverter(messages);
        } else if (type == VersionInfo.class) {
            created = new VersionInfo();
        } else if (type == PluginsCommand.class) {
            created = new PluginsCommand();
        } else if (type == ListCommand.class) {
            created = new ListCommand();
        } else if (type == ShowCommand.class) {
            created = new ShowCommand();
        } else if (type == DiffCommand.class) {
            created = new DiffCommand();
        } else if (type == ValidateCommand.class) {
            created = new ValidateCommand();
        } else if (type == CohortCommand.class) {
            created = new CohortCommand(terminal);
        } else if (type == GenerateCommand.class) {
            created = new GenerateCommand(terminal);
        } else if (type == BatchCommand.class) {
            created = new BatchCommand(terminal);
        } else if (type == ScoreCommand.class) {
            created = new ScoreCommand(terminal);
        } else if (type == ReportCommand.class) {
            created = new ReportCommand(terminal);
        } else if (type == TakeCommand.class) {
            created = new TakeCommand(terminal);
        } else if (type == ServeCommand.class) {
            created = new ServeCommand();
        } else if (type == TemplateCommand.class) {
            created = new TemplateCommand();
        } else {
            // picocli's own types (collections, its help command)
            return CommandLine.defaultFactory().create(type);
        }
        return type.cast(created);
    }
}
