package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermitSearchTermsTest {

    @Test
    void aPermitIsFoundByItsNumberWithOrWithoutPrefixItsParcelAndEveryWordOfAddressAndNames() {
        Set<String> terms = PermitSearchTerms.forPermit("B1906-174", "012-345-678", "1432 N Maple Ave",
                List.of("Mary-Jane O'Brien", "Desert Sun Roofing, Inc."));
        assertTrue(terms.containsAll(List.of("b1906174", "1906174", "012345678", "1432", "maple", "ave",
                "maryjane", "mary", "jane", "obrien", "brien", "desert", "sun", "roofing", "inc")), terms.toString());
        assertTrue(!terms.contains("n") && !terms.contains("o"), "single letters are not stored: " + terms);
    }

    @Test
    void thePublicTermsAreTheNumberParcelAddressAndBusinessNamesOnly() {
        Set<String> terms = PermitSearchTerms.forPublic("B1906-174", "012-345-678", "1432 N Maple Ave",
                List.of("Desert Sun Roofing, Inc."));
        assertEquals(Set.of("b1906174", "1906174", "012345678", "1432", "maple", "ave", "desert", "sun", "roofing",
                "inc"), terms);
    }

    @Test
    void typedWordsLoseWildcardsAndPunctuation() {
        assertEquals(List.of("b19061"), PermitSearchTerms.queryWords("B1906-1"));
        assertEquals(List.of(), PermitSearchTerms.queryWords("% _ \\ ' \""));
        assertEquals(List.of("100"), PermitSearchTerms.queryWords("100%"));
        assertEquals(List.of("1", "main"), PermitSearchTerms.queryWords("1 Main"));
        assertEquals(List.of(), PermitSearchTerms.queryWords("1"));
    }

    @Test
    void theUpperBoundOfAPrefixIsJustPastIt() {
        assertEquals("mapm", PermitSearchTerms.upperBound("mapl"));
        assertEquals("b2:", PermitSearchTerms.upperBound("b29"));
        assertTrue("maplewood".compareTo(PermitSearchTerms.upperBound("maple")) < 0);
    }
}
