package org.permitdesk.platform.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.permitdesk.platform.UserFacingException;

/**
 * Reads new mail from the configured IMAP mailbox. Each call connects, takes the unseen messages of the folder
 * (oldest first), and marks them seen only once all of them were read, so a failure part-way leaves them all
 * unseen for the next call. Messages larger than 10 MB are not read whole: only their first 64 KB come back.
 */
public final class MailboxReader {

    static final long MAX_FULL_SIZE = 10L * 1024 * 1024;
    static final int TOO_LARGE_PREFIX = 64 * 1024;

    private final boolean configured;
    private final MailSettings.Imap imap;
    private final Clock clock;
    private final long maxFullSize;

    public MailboxReader(MailSettings settings) {
        this(settings, Clock.systemUTC(), MAX_FULL_SIZE);
    }

    /** For tests: a smaller limit saves building 10 MB messages. */
    MailboxReader(MailSettings settings, Clock clock, long maxFullSize) {
        this.configured = settings.imapConfigured();
        this.imap = settings.imap();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxFullSize = maxFullSize;
    }

    /**
     * Returns at most {@code max} unseen messages and marks them seen.
     *
     * @throws UserFacingException naming the server and the cause when it can't be reached or refuses the login,
     *                             or saying which keys to set when no mailbox is configured
     */
    public List<FetchedMessage> fetchUnseen(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        if (!configured) {
            throw new UserFacingException("No mailbox is set up to read mail from: set mail.imap.host, mail.imap.user "
                    + "and mail.imap.password in the settings file.");
        }
        Store store = connect();
        try {
            return fetchFrom(store, max);
        } catch (MessagingException | IOException e) {
            throw new UserFacingException("Could not read mail from " + imap.address() + ": "
                    + MailFailure.describe(e), e);
        } finally {
            closeQuietly(store);
        }
    }

    private Store connect() {
        try {
            Store store = Session.getInstance(imapProperties()).getStore(protocol());
            store.connect(imap.host(), imap.port(), imap.user(), imap.password());
            return store;
        } catch (AuthenticationFailedException e) {
            throw new UserFacingException("Could not read mail from " + imap.address() + " as " + imap.user()
                    + ": authentication failed; check mail.imap.user and mail.imap.password.", e);
        } catch (MessagingException e) {
            throw new UserFacingException("Could not read mail from " + imap.address() + ": "
                    + MailFailure.describe(e), e);
        }
    }

    private List<FetchedMessage> fetchFrom(Store store, int max) throws MessagingException, IOException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(imap.folder());
        if (!folder.exists()) {
            throw new UserFacingException("The folder \"" + imap.folder() + "\" does not exist in the mailbox at "
                    + imap.address() + ": check mail.imap.folder.");
        }
        folder.open(Folder.READ_WRITE);
        try {
            Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            Message[] batch = Arrays.copyOf(unseen, Math.min(max, unseen.length));
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.ENVELOPE);
            profile.add(FetchProfile.Item.SIZE);
            folder.fetch(batch, profile);
            List<FetchedMessage> fetched = new ArrayList<>(batch.length);
            for (Message message : batch) {
                fetched.add(read(folder, message));
            }
            if (batch.length > 0) {
                folder.setFlags(batch, new Flags(Flags.Flag.SEEN), true);
            }
            return fetched;
        } finally {
            closeQuietly(folder);
        }
    }

    private FetchedMessage read(IMAPFolder folder, Message message) throws MessagingException, IOException {
        long size = message.getSize();
        Instant received = receivedOf(message);
        if (size > maxFullSize) {
            return new FetchedMessage(firstBytes(folder, message), received, true, size);
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max((int) size, 1024));
        message.writeTo(raw);
        return new FetchedMessage(raw.toByteArray(), received);
    }

    /** The start of the raw message (its headers, mostly), fetched without downloading the rest. */
    private static byte[] firstBytes(IMAPFolder folder, Message message) throws MessagingException {
        int number = message.getMessageNumber();
        BODY body = (BODY) folder.doCommand(protocol -> protocol.peekBody(number, "", 0, TOO_LARGE_PREFIX));
        if (body == null || body.getByteArray() == null) {
            return new byte[0];
        }
        return body.getByteArray().getNewBytes();
    }

    private Instant receivedOf(Message message) throws MessagingException {
        Date date = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
        return date != null ? date.toInstant() : clock.instant();
    }

    private Properties imapProperties() {
        String prefix = "mail." + protocol() + ".";
        String timeout = String.valueOf(Mailer.TIMEOUT_MILLIS);
        Properties properties = new Properties();
        properties.setProperty(prefix + "connectiontimeout", timeout);
        properties.setProperty(prefix + "timeout", timeout);
        properties.setProperty(prefix + "writetimeout", timeout);
        properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        properties.setProperty(prefix + "peek", "true"); // reading must not mark seen: that comes after
        return properties;
    }

    private String protocol() {
        return imap.ssl() ? "imaps" : "imap";
    }

    private static void closeQuietly(Folder folder) {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException e) {
            // the flags were stored already; a failed goodbye changes nothing
        }
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException e) {
            // nothing left to save on a connection that is going away
        }
    }
}
