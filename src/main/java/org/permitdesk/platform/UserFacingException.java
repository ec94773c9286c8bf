package org.permitdesk.platform;

/** A failure whose message is already written for the person using PermitDesk. */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
