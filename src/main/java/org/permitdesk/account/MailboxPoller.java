package org.permitdesk.account;

import java.util.List;
import org.permitdesk.platform.mail.FetchedMessage;
import org.permitdesk.platform.mail.MailboxReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings new messages from the permit center's mailbox into the requests inbox. Each message is stored
 * as soon as it is fetched; a message already in the inbox (same Message-ID) is not added again.
 */
public final class MailboxPoller {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);
    private static final int BATCH = 50;

    private final MailboxReader reader;
    private final AccountRequestService requests;
    private final int intervalMinutes;

    public MailboxPoller(MailboxReader reader, AccountRequestService requests, int intervalMinutes) {
        this.reader = reader;
        this.requests = requests;
        this.intervalMinutes = intervalMinutes;
    }

    /** Fetches unseen messages now; returns how many new requests were added. */
    public int fetchNow() {
        int added = 0;
        List<FetchedMessage> batch;
        do {
            batch = reader.fetchUnseen(BATCH);
            for (FetchedMessage message : batch) {
                if (message.tooLarge()) {
                    LOG.warn("Mailbox message of {} bytes kept as its first {} bytes", message.size(), message.raw().length);
                }
                if (!requests.addFromMailbox(message.raw(), message.received()).alreadyInInbox()) {
                    added++;
                }
            }
        } while (batch.size() == BATCH);
        return added;
    }

    public int intervalMinutes() {
        return intervalMinutes;
    }
}
