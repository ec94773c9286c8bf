package org.permitdesk.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.permitdesk.platform.UserFacingException;

/**
 * The folder of {@code .eml} files for the clerk's own mail program. Files are readable by their owner only
 * (where the file system knows POSIX permissions), since welcome mails hold temporary passwords.
 */
final class Outbox {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    Outbox(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Writes the message as an unsent draft, named by time and recipient; never overwrites a file. */
    Path save(MimeMessage message, String recipient) {
        try {
            message.setHeader("X-Unsent", "1"); // Outlook opens such a file as a draft ready to send
            Path file = createNewFile(baseName(recipient));
            write(message, file);
            return file;
        } catch (IOException | MessagingException e) {
            throw new UserFacingException("Cannot save the mail in the outbox " + folder + ": " + e.getMessage(), e);
        }
    }

    private String baseName(String recipient) {
        String who = recipient.replaceAll("[^A-Za-z0-9._@-]", "_");
        return FILE_TIME.format(clock.instant()) + "-" + who;
    }

    private Path createNewFile(String baseName) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, ownerOnly("rwx------"));
        }
        for (int attempt = 1; ; attempt++) {
            Path file = folder.resolve(baseName + (attempt == 1 ? "" : "-" + attempt) + ".eml");
            try {
                return Files.createFile(file, ownerOnly("rw-------"));
            } catch (FileAlreadyExistsException taken) {
                // another mail to the same person in the same second: try the next name
            }
        }
    }

    private static void write(MimeMessage message, Path file) throws IOException, MessagingException {
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        } catch (IOException | MessagingException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private FileAttribute<?>[] ownerOnly(String permissions) {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }
}
