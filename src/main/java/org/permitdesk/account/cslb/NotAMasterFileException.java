package org.permitdesk.account.cslb;

import org.permitdesk.platform.UserFacingException;

/** The file cannot be read or is not a CSLB licence master file; the stored licences were kept. */
public class NotAMasterFileException extends UserFacingException {

    public NotAMasterFileException(String message) {
        super(message);
    }

    public NotAMasterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
