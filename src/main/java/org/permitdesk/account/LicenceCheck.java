package org.permitdesk.account;

/**
 * What the contractor's licence looks like in the imported CSLB master file, for the clerk to see before
 * creating an account. {@link Result#flagged()} is a licence that is suspended, inactive or expired.
 */
public interface LicenceCheck {

    Result check(String licenceNumber);

    /** One line for the screen, e.g. "Active · B, C10 · expires Mar 31, 2027 · workers' comp to Jan 1, 2027". */
    record Result(String text, boolean flagged) {
        public static final Result NONE = new Result("", false);
    }
}
