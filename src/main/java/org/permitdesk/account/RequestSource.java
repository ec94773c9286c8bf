package org.permitdesk.account;

/** How a request reached the inbox. */
public enum RequestSource {
    PASTED("Pasted"),
    FILE("File"),
    MAILBOX("Mailbox");

    private final String label;

    RequestSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
