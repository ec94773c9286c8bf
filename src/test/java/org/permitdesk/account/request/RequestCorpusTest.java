package org.permitdesk.account.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated request shape (RequestCorpus) reads as its account type with exactly its fields and no problem. */
class RequestCorpusTest {

    static List<RequestCorpus.Variant> variants() {
        return RequestCorpus.variants();
    }

    @Test
    void theCorpusHasAtLeastFiftyShapes() {
        assertTrue(variants().size() >= 50, variants().size() + " variants");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void readsTheTypeAndEveryFieldWithoutProblems(RequestCorpus.Variant variant) {
        ParsedRequest request = new AccountRequestParser().parse(variant.message());

        assertEquals(variant.type(), request.accountType(), variant.name() + ": " + request.problems());
        assertEquals(variant.fields(), request.fields(), variant.name() + ": " + request.problems());
        assertEquals(List.of(), request.problems(), variant.name());
    }
}
