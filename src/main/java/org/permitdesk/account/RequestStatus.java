package org.permitdesk.account;

/** Where an emailed account request stands. Only NEW and NEEDS_INFO are still waiting for the clerk. */
public enum RequestStatus {
    NEW("New"),
    NEEDS_INFO("Needs info"),
    ACCOUNT_CREATED("Account created"),
    LINKED_TO_EXISTING("Linked to existing account"),
    REJECTED("Rejected"),
    NOT_AN_ACCOUNT_REQUEST("Not an account request");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == NEW || this == NEEDS_INFO;
    }
}
