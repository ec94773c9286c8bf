package org.permitdesk.platform.db;

import org.permitdesk.platform.UserFacingException;

/** The database was upgraded by a newer PermitDesk than this one. */
public class SchemaTooNewException extends UserFacingException {

    public SchemaTooNewException(DatabaseSettings settings, String databaseVersion, String appVersion) {
        super("The database " + settings.displayUrl() + " has schema version " + databaseVersion
                + ", newer than this PermitDesk understands (up to " + appVersion
                + "). Install the newer PermitDesk release that upgraded it.");
    }
}
