package org.permitdesk.platform;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Runs the desktop app in the second JVM that {@link ClassDataSharing} decided on, waits for it, and looks after
 * the archive: a new recording becomes the archive only after a normal exit, and an archive that makes the JVM
 * die at start is deleted (JDK 17 crashes on a truncated archive instead of ignoring it).
 */
final class RelaunchedDesktop {

    /** Exit status of a JVM that died of a fatal error: SIGABRT, 128 + 6. */
    private static final int FATAL_ERROR_EXIT = 134;
    /** A fatal error this soon after the start is taken to be the archive's doing. */
    private static final long CRASH_AT_START_MILLIS = 10_000;
    private static final long DAY_MILLIS = 86_400_000L;

    private RelaunchedDesktop() {
    }

    /** The second JVM's exit code, or empty when the app should start in this JVM after all. */
    static OptionalInt run(ClassDataSharing.Relaunch relaunch) {
        return run(relaunch, ProcessBuilder.Redirect.INHERIT);
    }

    /** As {@link #run(ClassDataSharing.Relaunch)}, with the second JVM's output and errors sent to {@code output}. */
    static OptionalInt run(ClassDataSharing.Relaunch relaunch, ProcessBuilder.Redirect output) {
        ProcessBuilder builder = new ProcessBuilder(relaunch.command()).inheritIO()
                .redirectOutput(output).redirectError(output);
        // Their options are in the command line already (the JVM reports them as its own); read twice, they'd repeat.
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        long started = System.currentTimeMillis();
        Process child;
        try {
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(RelaunchedDesktop.class).warn("Desktop starts in this JVM: cannot relaunch {}",
                    relaunch.command(), e);
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "permitdesk-stop-relaunched"));
        int exitCode = waitFor(child);
        if (relaunch.recording() != null) {
            keepRecording(relaunch, exitCode);
        } else if (exitCode == FATAL_ERROR_EXIT && System.currentTimeMillis() - started < CRASH_AT_START_MILLIS) {
            LoggerFactory.getLogger(RelaunchedDesktop.class).warn("The relaunched JVM died at start (exit {}) with {};"
                    + " deleted it, the desktop starts in this JVM", exitCode, relaunch.archive());
            deleteQuietly(relaunch.archive());
            return OptionalInt.empty();
        }
        return OptionalInt.of(exitCode);
    }

    /** The JVM writes the archive as it exits; it becomes the archive only if that exit was a normal one. */
    private static void keepRecording(ClassDataSharing.Relaunch relaunch, int exitCode) {
        Path recording = relaunch.recording();
        try {
            if (exitCode == 0 && Files.exists(recording) && ClassDataSharing.looksLikeAnArchive(recording)) {
                try {
                    Files.move(recording, relaunch.archive(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(recording, relaunch.archive(), StandardCopyOption.REPLACE_EXISTING);
                }
                deleteOthers(relaunch.archive());
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(RelaunchedDesktop.class).warn("Cannot keep the archive {}", relaunch.archive(), e);
            deleteQuietly(recording);
        }
    }

    /** Archives of earlier JARs or other Javas, and recordings that a killed start left behind over a day ago. */
    private static void deleteOthers(Path archive) throws IOException {
        long dayAgo = System.currentTimeMillis() - DAY_MILLIS;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), "permitdesk-*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean otherArchive = name.endsWith(".jsa") && !file.equals(archive);
                boolean oldRecording = name.endsWith(".recording")
                        && Files.getLastModifiedTime(file).toMillis() < dayAgo;
                if (otherArchive || oldRecording) {
                    deleteQuietly(file);
                }
            }
        }
    }

    private static int waitFor(Process child) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** When this JVM is asked to stop (log-out, kill), the app's JVM is asked too, and given time to shut down. */
    private static void stop(Process child) {
        if (child.isAlive()) {
            child.destroy();
            try {
                child.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LoggerFactory.getLogger(RelaunchedDesktop.class).warn("Cannot delete {}", file, e);
        }
    }
}
