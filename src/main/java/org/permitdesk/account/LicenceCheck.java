package org.permitdesk.account;

/**
 * What the contractor's licence looks like in the imported CSLB master file, for the clerk to see before
 * creating an account. {@link Standing#FLAGGED} is a licence that is suspended, inactive or expired.
 */
public interface LicenceCheck {

    Result check(String licenceNumber);

    /** One line for the screen, e.g. "Active · B, C10 · expires Mar 31, 2027 · workers' comp to Jan 1, 2027". */
    record Result(String text, Standing standing) {
        public static final Result NONE = new Result("", Standing.NONE);

        public boolean flagged() {
            return standing == Standing.FLAGGED;
        }
    }

    /** Nothing to say; can't tell (no licence file); in good standing; suspended, inactive, expired or unknown to CSLB. */
    enum Standing { NONE, UNKNOWN, GOOD, FLAGGED }
}
