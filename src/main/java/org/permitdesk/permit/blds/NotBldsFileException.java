package org.permitdesk.permit.blds;

import org.permitdesk.platform.UserFacingException;

/** The file cannot be read, or is not a BLDS permit file; nothing was imported. */
public class NotBldsFileException extends UserFacingException {

    public NotBldsFileException(String message) {
        super(message);
    }

    public NotBldsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
