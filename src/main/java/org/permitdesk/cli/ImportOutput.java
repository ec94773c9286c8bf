package org.permitdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.permitdesk.platform.ShownText;

/** What the import commands say alike: why an input file can't be read, and the list of rejected rows. */
final class ImportOutput {

    private ImportOutput() {
    }

    /** Why {@code file} can't be imported ("no such file."), or empty when it is a readable file. */
    static Optional<String> unreadable(Path file) {
        if (Files.isRegularFile(file) && Files.isReadable(file)) {
            return Optional.empty();
        }
        return Optional.of(file + ": " + (Files.isDirectory(file) ? "is a folder, not a file."
                : !Files.exists(file) ? "no such file."
                : !Files.isRegularFile(file) ? "is not a regular file (a device, a pipe or other special file)."
                : "cannot read the file (no read permission)."));
    }

    /** How long one listed rejected row may be: its line number, reason and the cell it quotes (cut to 80). */
    static final int LISTED_LENGTH = 240;

    /**
     * Lists the first {@code show} rejected rows, one line each (control characters escaped, cut to
     * {@link #LISTED_LENGTH}), then how many more there are ("… and 3 more rejected lines").
     */
    static void listRejected(PrintWriter out, List<?> rejected, long rejectedCount, int show, String noun) {
        rejected.stream().limit(show).forEach(row -> out.println("  " + ShownText.escaped(row.toString(), LISTED_LENGTH)));
        long more = rejectedCount - Math.min(show, rejected.size());
        if (more > 0) {
            out.printf("  … and %,d more rejected %s%n", more, more == 1 ? noun : noun + "s");
        }
    }
}
