package org.permitdesk.platform.db;

import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.UserMessages;

/** The database could not be reached or opened. The message names the URL and the cause in one line. */
public class DatabaseUnavailableException extends UserFacingException {

    public DatabaseUnavailableException(DatabaseSettings settings, Throwable cause) {
        super("Cannot open the database " + settings.displayUrl() + ": " + UserMessages.describe(cause)
                + (settings.isPostgres() || settings.isH2() ? ""
                : " (PermitDesk supports jdbc:postgresql://HOST:PORT/DATABASE and jdbc:h2:… URLs)"), cause);
    }
}
