package org.permitdesk.account;

import org.permitdesk.account.request.ParsedRequest;

/**
 * One request opened for review: what the inbox knows, the original message as plain text (never
 * rendered as HTML), and what the parser read from it — or why it could not be read.
 */
public record RequestDetail(RequestSummary summary, String originalText, ParsedRequest parsed, String unreadable) {

    public boolean readable() {
        return parsed != null;
    }
}
