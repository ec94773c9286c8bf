package org.permitdesk.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sentences moved from Java into the bundle read exactly as they did. */
class TextsTest {

    @Test
    void placeholdersApostrophesAndCountsReadAsBefore() {
        assertEquals("Account disabled: it can't sign in. Contractor account jsmith",
                Texts.get("accounts.disabled", "Contractor account jsmith"));
        assertEquals("1234 permits", Texts.get("search.status.many", 1234), "a count is written without a separator");
        assertEquals("No permits match \u201cmain st\u201d.", Texts.get("search.status.none", "main st"));
        assertEquals("Search failed: Database is closed Your search is kept; press Enter to try again.",
                Texts.get("search.status.failed", "Database is closed"));
    }

    @Test
    void pluralsAndLeadingSpacesReadAsTheJavaWroteThem() {
        assertEquals("1 new message added from the mailbox.", Texts.get("requests.mailbox.added", 1));
        assertEquals("1200 new messages added from the mailbox.", Texts.get("requests.mailbox.added", 1200));
        assertEquals("0 requests added.", Texts.get("requests.added", 0));
        assertEquals("Imported 1,234 licences in 2.5 s; 1 line rejected.", Texts.get("licences.imported", 1234, "2.5", 1));
        assertEquals("Imported 0 licences in 0.1 s; 0 lines rejected.", Texts.get("licences.imported", 0, "0.1", 0));
        assertEquals(" The first 100 are listed.", Texts.get("licences.firstListed", 100), "a leading space is kept");
        assertEquals("Wrong username or password. After 5 wrong tries in a row the account is locked for 15 minutes.",
                Texts.get("signIn.wrong", 5, 15L));
        assertEquals("Bay B is already on Alex Kim's route.", Texts.get("board.alreadyOn", "Bay B", "Alex Kim"));
        assertEquals("\nRecorded as failed. A correction replaces it; the old result is kept in the inspection's history"
                + " with your reason.", Texts.get("result.header.correcting", "failed"));
    }

    @Test
    void aTextWithoutPlaceholdersIsUsedAsWritten() {
        assertEquals("Type a permit number, address, parcel, owner or contractor.", Texts.get("search.status.hint"));
    }
}
