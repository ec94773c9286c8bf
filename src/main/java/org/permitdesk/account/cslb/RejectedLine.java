package org.permitdesk.account.cslb;

/** A line of the master file that was not imported: its line number (from 1) and why, in plain words. */
public record RejectedLine(long line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
