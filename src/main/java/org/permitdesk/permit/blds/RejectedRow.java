package org.permitdesk.permit.blds;

/** A row of a BLDS file that was not imported: the line it starts on (the header is line 1) and why. */
public record RejectedRow(long line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
