package org.permitdesk.platform.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/** Turns what jakarta.mail throws into the short cause a clerk can act on, for one-line messages. */
final class MailFailure {

    private MailFailure() {
    }

    static String describe(Exception failure) {
        if (failure instanceof AuthenticationFailedException) {
            return "authentication failed";
        }
        if (failure instanceof SendFailedException refused && hasAddresses(refused)) {
            return "the server refused the recipient " + Arrays.stream(refused.getInvalidAddresses())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            String known = describeNetworkCause(cause);
            if (known != null) {
                return known;
            }
        }
        return firstLine(failure);
    }

    private static String describeNetworkCause(Throwable cause) {
        if (cause instanceof UnknownHostException) {
            return "unknown host";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (cause instanceof SocketTimeoutException) {
            return "no answer within " + Mailer.TIMEOUT_MILLIS / 1000 + " s";
        }
        if (cause instanceof SSLException) {
            return "secure connection failed (" + firstLine(cause) + ")";
        }
        return null;
    }

    private static boolean hasAddresses(SendFailedException refused) {
        return refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0;
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private static String firstLine(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse(message).strip();
    }
}
