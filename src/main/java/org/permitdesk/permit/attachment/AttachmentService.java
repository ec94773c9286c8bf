package org.permitdesk.permit.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/** Files attached to permits: added from disk (at most 50 MB each), listed, and written out to open. */
public final class AttachmentService {

    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final String SELECT_ROW = "select new org.permitdesk.permit.attachment.AttachmentRow(a.id,"
            + " a.fileName, a.contentType, a.sizeBytes, a.addedBy, a.addedAt) from PermitAttachment a ";

    private final Database database;
    private final Clock clock;

    public AttachmentService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Attaches a copy of {@code file} to the permit. */
    public AttachmentRow attach(long permitId, Path file, SignedInUser who) {
        who.require(Permission.ATTACH_FILES);
        String user = who.username();
        byte[] content;
        String type;
        try {
            if (Files.isDirectory(file)) {
                throw new UserFacingException(file.getFileName() + " is a folder: attach the files in it one by one.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException(file.getFileName() + " is larger than 50 MB. Attach a smaller file "
                        + "(e.g. the plan sheets as separate PDFs).");
            }
            content = Files.readAllBytes(file);
            type = Files.probeContentType(file);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(file + " does not exist (moved or deleted?). Choose it again.", e);
        } catch (IOException e) {
            throw new UserFacingException("Could not read " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        return database.fromTransaction(session -> {
            PermitAttachment attachment = new PermitAttachment(permitId, name.length() > 255 ? name.substring(0, 255) : name,
                    type, content, user, clock.instant());
            Database.stampAuditUser(session, user);
            session.persist(attachment);
            session.flush();
            return session.createSelectionQuery(SELECT_ROW + "where a.id = :id", AttachmentRow.class)
                    .setParameter("id", attachment.getId()).getSingleResult();
        });
    }

    public List<AttachmentRow> attachments(long permitId) {
        return database.fromTransaction(session -> session.createSelectionQuery(
                        SELECT_ROW + "where a.permitId = :id order by a.addedAt, a.id", AttachmentRow.class)
                .setParameter("id", permitId).getResultList());
    }

    /** Writes the attachment into {@code folder} under its own name and returns the file, to open it. */
    public Path writeOut(long attachmentId, Path folder) {
        PermitAttachment attachment = database.fromTransaction(session -> {
            PermitAttachment found = session.find(PermitAttachment.class, attachmentId);
            if (found == null) {
                throw new UserFacingException("That attachment no longer exists. Reload the permit.");
            }
            found.content();
            return found;
        });
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(attachment.fileName().replaceAll("[\\\\/:*?\"<>|]", "_"));
            return Files.write(file, attachment.content());
        } catch (IOException e) {
            throw new UserFacingException("Could not write " + attachment.fileName() + " to " + folder + ": "
                    + e.getMessage(), e);
        }
    }
}
