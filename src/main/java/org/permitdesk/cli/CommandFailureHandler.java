package org.permitdesk.cli;

import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** One readable line on standard error instead of a stack trace; the stack trace goes to the log. */
final class CommandFailureHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CommandFailureHandler.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        LOG.error("Command failed", failure);
        commandLine.getErr().println(UserMessages.describe(failure));
        commandLine.getErr().flush();
        return failure instanceof UserFacingException ? 2 : 1;
    }
}
