package org.permitdesk.platform;

/** Turns an exception into one line a user can read: the innermost useful message, no stack trace. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof UserFacingException) {
            return failure.getMessage();
        }
        Throwable cause = failure;
        String message = null;
        while (cause != null) {
            if (cause instanceof UserFacingException) {
                return cause.getMessage();
            }
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
            if (cause.getCause() == cause) {
                break;
            }
            cause = cause.getCause();
        }
        if (message == null) {
            return failure.getClass().getSimpleName();
        }
        return firstLine(message);
    }

    public static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
