package org.permitdesk.platform.db;

import java.util.Arrays;
import org.permitdesk.cli.PermitDeskCommand;

/**
 * The child JVM of {@link ImportUnderFaultsTest}: runs a PermitDesk command line and, once an import's commit is
 * under way inside H2 ({@code TransactionStore.commit} called from an import writer's {@code commit}), ends the JVM
 * the way {@code kill -9} does: {@link Runtime#halt} runs no shutdown hook and lets H2 write nothing more.
 * <p>
 * {@code CommandKilledAtCommit DELAY_MS COMMAND...}: the kill comes DELAY_MS after the commit was seen; a negative
 * DELAY_MS runs the command without killing it.
 */
public final class CommandKilledAtCommit {

    static final String KILLED = "killed during the import's commit";
    static final int KILLED_EXIT = 137;

    private CommandKilledAtCommit() {
    }

    public static void main(String[] args) {
        long delay = Long.parseLong(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        if (delay >= 0) {
            Thread main = Thread.currentThread();
            Thread watcher = new Thread(() -> killAtCommit(main, delay), "kill-at-commit");
            watcher.setDaemon(true);
            watcher.start();
        }
        System.exit(PermitDeskCommand.commandLine().execute(command));
    }

    private static void killAtCommit(Thread main, long delay) {
        while (!committing(main.getStackTrace())) {
            Thread.onSpinWait();
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println(KILLED);
        System.out.flush();
        Runtime.getRuntime().halt(KILLED_EXIT);
    }

    private static boolean committing(StackTraceElement[] stack) {
        boolean h2Commit = false;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals("org.h2.mvstore.tx.TransactionStore") && frame.getMethodName().equals("commit")) {
                h2Commit = true;
            }
            if (h2Commit && frame.getMethodName().equals("commit")
                    && (frame.getClassName().endsWith("BldsPermitWriter") || frame.getClassName().endsWith("CslbLicenceWriter"))) {
                return true;
            }
        }
        return false;
    }
}
