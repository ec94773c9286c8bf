package org.permitdesk.account;

import java.util.List;
import java.util.Optional;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.mail.Mailer;
import org.permitdesk.platform.mail.OutgoingMail;
import org.permitdesk.platform.mail.SentMail;

/**
 * The emails a clerk sends about accounts: the welcome email with the sign-in name and temporary password,
 * and the "we still need…" reply to a request. Each says in one line how it went out (sent, or saved as a
 * file to send from the clerk's own mail program). Nothing here is logged or stored with the password.
 */
public final class AccountMail {

    private final Mailer mailer;
    private final String permitCenter;
    private final String portalAddress;

    /** {@code portalAddress} is where people sign in (may be {@code null} when not configured). */
    public AccountMail(Mailer mailer, String permitCenter, String portalAddress) {
        this.mailer = mailer;
        this.permitCenter = permitCenter;
        this.portalAddress = portalAddress;
    }

    /** Sends (or saves) the welcome email; never fails the account creation, only says what happened. */
    public String sendWelcome(CreatedAccount created) {
        AccountSummary account = created.account();
        try {
            return outcome(mailer.send(new OutgoingMail(account.details().email(),
                    "Your " + permitCenter + " permit portal account", welcomeText(created))), "Welcome email");
        } catch (RuntimeException e) {
            return "The welcome email could not be sent: " + UserMessages.describe(e)
                    + " Give the person the password shown here instead.";
        }
    }

    String welcomeText(CreatedAccount created) {
        AccountSummary account = created.account();
        String name = Optional.ofNullable(account.details().contactName()).orElse("there");
        return "Hello " + name + ",\n\n"
                + "Your " + account.type().displayName().toLowerCase() + " account for the " + permitCenter
                + " permit portal is ready.\n\n"
                + "  Username: " + account.username() + "\n"
                + "  Temporary password: " + created.temporaryPassword() + "\n\n"
                + "Sign in " + (portalAddress == null ? "at the permit portal" : "at " + portalAddress)
                + " with " + (account.type() == AccountType.CONTRACTOR ? "your CSLB licence number" : "your email address")
                + " as the username. You will be asked to choose your own password.\n"
                + "The temporary password works once and expires on " + Formats.dateTime(created.expiresAt()) + ".\n\n"
                + "If you did not ask for this account, please call us.\n\n" + permitCenter + "\n";
    }

    /** Replies to the request listing what is still needed, threaded under the original message. */
    public String askForMissingInfo(RequestDetail request, List<String> missing) {
        String to = replyAddress(request);
        String subject = request.summary().subject() == null ? "Your permit portal account request"
                : request.summary().subject().matches("(?i)^re:.*") ? request.summary().subject()
                : "Re: " + request.summary().subject();
        String messageId = request.parsed() == null ? null : request.parsed().mail().messageId();
        OutgoingMail reply = new OutgoingMail(to, subject, missingInfoText(missing), messageId,
                messageId == null ? List.of() : List.of(messageId));
        return outcome(mailer.send(reply), "Reply");
    }

    String missingInfoText(List<String> missing) {
        StringBuilder text = new StringBuilder("Hello,\n\nThank you for your account request. Before we can set up "
                + "the account we still need the following:\n\n");
        missing.forEach(line -> text.append("  - ").append(line).append('\n'));
        return text.append("\nPlease reply to this email with the missing information.\n\n").append(permitCenter)
                .append('\n').toString();
    }

    private static String replyAddress(RequestDetail request) {
        String from = request.parsed() == null ? null : request.parsed().mail().from();
        if (from != null) {
            int open = from.lastIndexOf('<');
            int close = from.lastIndexOf('>');
            return open >= 0 && close > open ? from.substring(open + 1, close).strip() : from.strip();
        }
        String email = request.parsed() == null ? null : request.parsed().fields().get("email");
        if (email == null) {
            throw new UserFacingException("This request has no sender address (it was pasted without one). "
                    + "Ask the person by phone, or paste the whole email including its From: line.");
        }
        return email;
    }

    private static String outcome(SentMail sent, String what) {
        return sent.route() == SentMail.Route.SENT_BY_SMTP ? what + " sent."
                : what + " saved as " + sent.file() + ": open it in your mail program to send it.";
    }
}
