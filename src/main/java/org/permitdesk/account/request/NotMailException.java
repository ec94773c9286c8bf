package org.permitdesk.account.request;

import org.permitdesk.platform.UserFacingException;

/** The input is not a message at all (empty, binary, nothing but blank space): not even a message to reject. */
public final class NotMailException extends UserFacingException {

    public NotMailException(String message) {
        super(message);
    }
}
