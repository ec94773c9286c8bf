package org.permitdesk.platform.db;

import org.permitdesk.platform.UserFacingException;

/**
 * Someone else saved the same record at the same moment (Hibernate found its {@code @Version} changed when writing):
 * nothing of this transaction was saved. Services that can say who changed it say so instead.
 */
public final class ChangedMeanwhileException extends UserFacingException {

    ChangedMeanwhileException(Throwable cause) {
        super("Someone else saved this record at the same moment, so nothing was saved. What you typed is kept:"
                + " reload to see their change, then save yours again.", cause);
    }
}
