package org.permitdesk.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.permitdesk.account.request.AccountRequestParser;
import org.permitdesk.account.request.MailMessage;
import org.permitdesk.account.request.NotMailException;
import org.permitdesk.account.request.ParsedRequest;
import org.permitdesk.platform.TextFiles;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * The requests inbox: adds pasted text, {@code .eml} files and mailbox messages (each Message-ID once),
 * keeps every original message, and records what the clerk decided about each request.
 */
public final class AccountRequestService {

    /** No account request is this big; a larger file is refused and left where it is. */
    public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;

    /** Lists requests without loading their (possibly large) original messages. */
    private static final String SELECT_SUMMARY = """
            select new org.permitdesk.account.RequestSummary(r.id, r.receivedAt, r.source, r.sourceName, r.subject,
                r.sender, r.accountType, r.displayName, r.problemCount, r.status, r.statusReason, a.id, r.handledBy,
                r.handledAt, r.version)
            from AccountRequest r left join r.account a\s""";

    private final Database database;
    private final AccountRequestParser parser = new AccountRequestParser();
    private final Clock clock;

    public AccountRequestService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The outcome of adding a message: the request, and whether it was already in the inbox. */
    public record Added(RequestSummary request, boolean alreadyInInbox) {
    }

    /** Adds text a clerk pasted (a message body, perhaps with a "Subject:" line, or a whole message source). */
    public Added addPasted(String text) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException("There is nothing to add: paste the text of the request email first.");
        }
        return add(new IncomingRequest(text.getBytes(StandardCharsets.UTF_8), RequestSource.PASTED, null,
                clock.instant(), null, null, null));
    }

    /** Adds an {@code .eml} file (as saved or dragged from a mail program). */
    public Added addFile(Path file) {
        byte[] raw;
        try {
            raw = TextFiles.readAtMost(file, MAX_FILE_BYTES);
        } catch (TextFiles.TooLargeException e) {
            throw new UserFacingException(file.getFileName() + " is larger than 25 MB, so it is not an emailed "
                    + "account request. It was not added; the file is unchanged.", e);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(file + " does not exist (moved or deleted?). Choose the file again.", e);
        } catch (IOException e) {
            throw new UserFacingException("Could not read " + file + ": " + e.getMessage(), e);
        }
        return add(new IncomingRequest(raw, RequestSource.FILE, file.getFileName().toString(), clock.instant(),
                null, null, null));
    }

    /** Adds a message fetched from the permit center's mailbox. */
    public Added addFromMailbox(byte[] raw, Instant received) {
        return add(new IncomingRequest(raw, RequestSource.MAILBOX, null, received, null, null, null));
    }

    /** Open requests, oldest first; with {@code includeClosed}, the 500 newest of all. */
    public List<RequestSummary> inbox(boolean includeClosed) {
        return database.fromTransaction(session -> {
            var query = includeClosed
                    ? session.createSelectionQuery(SELECT_SUMMARY + "order by r.receivedAt desc, r.id desc",
                            RequestSummary.class)
                    : session.createSelectionQuery(SELECT_SUMMARY + "where r.status in :open"
                            + " order by r.receivedAt, r.id", RequestSummary.class)
                            .setParameterList("open", List.of(RequestStatus.NEW, RequestStatus.NEEDS_INFO));
            return query.setMaxResults(500).getResultList();
        });
    }

    /** One request with its original message and what the parser reads from it now. */
    public RequestDetail open(long requestId) {
        Loaded loaded = database.fromTransaction(session -> {
            AccountRequest request = load(session, requestId);
            return new Loaded(request.summary(), request.rawMessage());
        });
        RequestSummary summary = loaded.summary();
        byte[] raw = loaded.raw();
        try {
            ParsedRequest parsed = summary.source() == RequestSource.PASTED
                    ? parser.parseText(new String(raw, StandardCharsets.UTF_8)) : parser.parse(raw);
            return new RequestDetail(summary, originalText(parsed.mail()), parsed, null);
        } catch (NotMailException e) {
            return new RequestDetail(summary, new String(raw, StandardCharsets.UTF_8).replace("\u0000", ""),
                    null, e.getMessage());
        }
    }

    /** The request is from someone who already has this account. */
    public RequestSummary linkToExisting(long requestId, long accountId, SignedInUser who) {
        who.require(Permission.MANAGE_ACCOUNTS);
        String clerk = who.username();
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            PortalAccount account = session.find(PortalAccount.class, accountId);
            if (account == null) {
                throw new UserFacingException("That account no longer exists. Search again.");
            }
            return decide(session, requestId, RequestStatus.LINKED_TO_EXISTING, null, account, clerk);
        });
    }

    public RequestSummary reject(long requestId, String reason, SignedInUser who) {
        who.require(Permission.MANAGE_ACCOUNTS);
        String clerk = who.username();
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("Say why the request is rejected; the reason is kept with the request.");
        }
        return database.fromTransaction(session ->
                decide(session, requestId, RequestStatus.REJECTED, reason.strip(), null, clerk));
    }

    /** A "we still need…" reply went out; the request waits for the answer. */
    public RequestSummary markNeedsInfo(long requestId, String whatIsMissing, SignedInUser who) {
        who.require(Permission.MANAGE_ACCOUNTS);
        String clerk = who.username();
        return database.fromTransaction(session ->
                decide(session, requestId, RequestStatus.NEEDS_INFO, whatIsMissing, null, clerk));
    }

    public RequestSummary markNotAnAccountRequest(long requestId, SignedInUser who) {
        who.require(Permission.MANAGE_ACCOUNTS);
        String clerk = who.username();
        return database.fromTransaction(session ->
                decide(session, requestId, RequestStatus.NOT_AN_ACCOUNT_REQUEST, null, null, clerk));
    }

    /** Puts a closed request back in the inbox (a mistaken "not an account request", say). */
    public RequestSummary reopen(long requestId, SignedInUser who) {
        who.require(Permission.MANAGE_ACCOUNTS);
        String clerk = who.username();
        return database.fromTransaction(session -> decide(session, requestId, RequestStatus.NEW, null, null, clerk));
    }

    private Added add(IncomingRequest incoming) {
        ParsedRequest parsed;
        String unreadable = null;
        try {
            parsed = incoming.source() == RequestSource.PASTED
                    ? parser.parseText(new String(incoming.raw(), StandardCharsets.UTF_8)) : parser.parse(incoming.raw());
        } catch (NotMailException e) {
            parsed = null;
            unreadable = e.getMessage();
        }
        IncomingRequest read = parsed == null ? incoming : incoming.withHeaders(parsed.mail().messageId(),
                parsed.mail().subject(), parsed.mail().from());
        Optional<RequestSummary> existing = findByMessageId(read.messageId());
        if (existing.isPresent()) {
            return new Added(existing.get(), true);
        }
        AccountRequest request = newRequest(read, parsed, unreadable);
        try {
            return new Added(database.fromTransaction(session -> {
                session.persist(request);
                session.flush();
                return request.summary();
            }), false);
        } catch (RuntimeException e) {
            // Another desktop may have added the same message a moment ago (unique Message-ID).
            return findByMessageId(read.messageId()).map(found -> new Added(found, true)).orElseThrow(() -> e);
        }
    }

    private static AccountRequest newRequest(IncomingRequest read, ParsedRequest parsed, String unreadable) {
        if (parsed == null) {
            AccountRequest request = new AccountRequest(read, RequestStatus.NOT_AN_ACCOUNT_REQUEST, null, null, 1);
            request.close(RequestStatus.NOT_AN_ACCOUNT_REQUEST, unreadable, null, "PermitDesk", read.receivedAt());
            return request;
        }
        if (!parsed.isAccountRequest()) {
            AccountRequest request = new AccountRequest(read, RequestStatus.NOT_AN_ACCOUNT_REQUEST, null, null, 1);
            request.close(RequestStatus.NOT_AN_ACCOUNT_REQUEST, parsed.problems().get(0).message(), null,
                    "PermitDesk", read.receivedAt());
            return request;
        }
        return new AccountRequest(read, RequestStatus.NEW, parsed.accountType(),
                AccountDetails.from(parsed).displayName(), parsed.problems().size());
    }

    private Optional<RequestSummary> findByMessageId(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            return Optional.empty();
        }
        return database.fromTransaction(session -> session.createSelectionQuery(
                        SELECT_SUMMARY + "where r.messageId = :id", RequestSummary.class)
                .setParameter("id", AccountRequest.cut(messageId, 500)).uniqueResultOptional());
    }

    private RequestSummary decide(Session session, long requestId, RequestStatus status, String reason,
                                  PortalAccount account, String clerk) {
        AccountRequest request = load(session, requestId);
        request.close(status, reason, account, clerk, clock.instant());
        session.flush();
        return request.summary();
    }

    private static AccountRequest load(Session session, long requestId) {
        AccountRequest request = session.find(AccountRequest.class, requestId);
        if (request == null) {
            throw new UserFacingException("That request no longer exists. Refresh the inbox.");
        }
        return request;
    }

    /** The message as a clerk reads it: its headers, then the text (HTML turned into text, never rendered). */
    private static String originalText(MailMessage mail) {
        StringBuilder text = new StringBuilder();
        header(text, "From", mail.from());
        header(text, "Date", mail.sentAt() == null ? null : org.permitdesk.platform.Formats.dateTime(mail.sentAt()));
        header(text, "Subject", mail.subject());
        if (!text.isEmpty()) {
            text.append('\n');
        }
        return text.append(mail.text()).toString();
    }

    private static void header(StringBuilder text, String name, String value) {
        if (value != null && !value.isBlank()) {
            text.append(name).append(": ").append(value).append('\n');
        }
    }

    private record Loaded(RequestSummary summary, byte[] raw) {
    }
}
