package org.permitdesk.platform.db;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.permitdesk.platform.UserFacingException;

/** The disk holding the embedded database filled up during an import; the database is as it was before it. */
public final class DiskFullException extends UserFacingException {

    public DiskFullException(Path folder, Throwable cause) {
        super("The disk holding " + (folder == null ? "the database" : folder) + " is full: free some space there"
                + " and import again.", cause);
    }

    /** Whether {@code failure} (or anything it was caused by) says the disk is full. */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (saysFull(cause.getMessage())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null
                    && sql.getNextException() != cause && isDiskFull(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysFull(String message) {
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(Locale.ROOT);
        return text.contains("no space left on device") || text.contains("disk quota exceeded")
                || text.contains("not enough space on the disk");
    }
}
