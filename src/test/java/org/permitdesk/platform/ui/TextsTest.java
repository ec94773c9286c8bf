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
    void aTextWithoutPlaceholdersIsUsedAsWritten() {
        assertEquals("Type a permit number, address, parcel, owner or contractor.", Texts.get("search.status.hint"));
    }
}
