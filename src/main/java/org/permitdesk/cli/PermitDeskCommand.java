package org.permitdesk.cli;

import java.util.concurrent.Callable;
import org.permitdesk.PermitDeskApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code permitdesk [--db URL]}: with no command, opens the desktop app. */
@Command(name = "permitdesk", mixinStandardHelpOptions = true, versionProvider = PermitDeskCommand.Version.class,
        description = "PermitDesk, the staff back office of a building-permit center. "
                + "With no command, opens the desktop app.",
        subcommands = {DemoDataCommand.class, AddStaffUserCommand.class, ParseRequestCommand.class,
            ImportCslbCommand.class, ImportBldsCommand.class, ExportBldsCommand.class, ReportCommand.class})
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
        return commandLine;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PermitDeskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"PermitDesk " + (version == null ? "development build" : version)};
        }
    }
}
