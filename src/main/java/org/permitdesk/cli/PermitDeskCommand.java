package org.permitdesk.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.permitdesk.desktop.PermitDeskApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;

/**
 * {@code permitdesk [--db URL] [COMMAND]}: with no command, opens the desktop app. The database options are declared
 * here and inherited by every command, so they may come before or after the command's name.
 */
@Command(name = "permitdesk", mixinStandardHelpOptions = true, versionProvider = PermitDeskCommand.Version.class,
        description = "PermitDesk, the staff back office of a building-permit center. "
                + "With no command, opens the desktop app.",
        footer = {"", "The database options work before or after the command, e.g. permitdesk --db URL report …"
                + " or permitdesk report … --db URL.",
            "Exit codes: 0 done, 1 failed unexpectedly (details in the log), 2 bad arguments, an unusable database"
                + " or no display for the desktop app."},
        subcommands = {DemoDataCommand.class, AddStaffUserCommand.class, ParseRequestCommand.class,
            ImportCslbCommand.class, ImportBldsCommand.class, ExportBldsCommand.class, ReportCommand.class,
            WebCommand.class})
public final class PermitDeskCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        return PermitDeskApp.runDesktop(database.settings());
    }

    /** Exit codes: 0 done, 1 failed unexpectedly (details in the log), 2 bad arguments or unusable database. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new PermitDeskCommand());
        commandLine.setExecutionExceptionHandler(new CommandFailureHandler());
        hideDatabaseOptions(commandLine.getSubcommands().get("parse-request").getCommandSpec());
        IParameterExceptionHandler usual = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((problem, args) -> {
            Optional<String> databaseOption = givenTwice(problem);
            if (databaseOption.isEmpty()) {
                return usual.handleParseException(problem, args);
            }
            problem.getCommandLine().getErr().println(databaseOption.get());
            problem.getCommandLine().getErr().flush();
            return CommandLine.ExitCode.USAGE;
        });
        return commandLine;
    }

    /**
     * parse-request uses no database: its help does not offer the options, and it refuses them when given
     * (hidden, they still reach {@link DatabaseOptions}, so "parse-request --db X" is not an unknown option).
     */
    private static void hideDatabaseOptions(CommandSpec command) {
        for (OptionSpec option : List.copyOf(command.options())) {
            if (option.inherited()) {
                command.remove(option);
                command.addOption(option.toBuilder().hidden(true).build());
            }
        }
    }

    /** One line for a database option given twice, at one level or at two ("--db X report --db Y"). */
    private static Optional<String> givenTwice(ParameterException problem) {
        if (problem instanceof DatabaseOptions.GivenTwice) {
            return Optional.of(problem.getMessage());
        }
        if (problem instanceof OverwrittenOptionException overwritten
                && overwritten.getOverwritten() instanceof OptionSpec option
                && option.longestName().startsWith(DatabaseOptions.URL)) {
            return Optional.of(option.longestName() + " is given twice: give it once.");
        }
        return Optional.empty();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PermitDeskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"PermitDesk " + (version == null ? "development build" : version)};
        }
    }
}
