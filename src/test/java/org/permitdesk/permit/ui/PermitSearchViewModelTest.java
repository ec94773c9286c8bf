package org.permitdesk.permit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.TestDb;

class PermitSearchViewModelTest {

    @Test
    void typingShowsMatchesAndEnterOpensThePermit() {
        try (TestDb db = TestDb.create(TestDb.Kind.H2)) {
            long id = TestPermits.create(db.database(), "B2611-300", "300 Juniper Ln", "300-300-300", "Lee Kim", null);
            List<Long> opened = new ArrayList<>();
            PermitSearchViewModel viewModel = new PermitSearchViewModel(TaskRunner.sameThread(),
                    new PermitSearchService(db.database()), opened::add);

            viewModel.queryProperty().set("junip");
            viewModel.search();

            assertEquals(1, viewModel.results().size());
            assertEquals("1 permit", viewModel.statusProperty().get());
            viewModel.open(viewModel.results().get(0));
            assertEquals(List.of(id), opened);

            viewModel.queryProperty().set("nothing-like-this");
            viewModel.search();
            assertEquals(0, viewModel.results().size());
            assertEquals("No permits match \u201cnothing-like-this\u201d.", viewModel.statusProperty().get());
        }
    }

    @Test
    void moreMatchesThanListedSaysTheMostRecentAreShown() {
        try (TestDb db = TestDb.create(TestDb.Kind.H2)) {
            for (int i = 0; i <= PermitSearchService.MAX_RESULTS; i++) {
                TestPermits.create(db.database(), String.format("B2611-%04d", 1000 + i), (100 + i) + " Juniper Ln",
                        "301-000-" + i, "Lee Kim", null);
            }
            PermitSearchViewModel viewModel = new PermitSearchViewModel(TaskRunner.sameThread(),
                    new PermitSearchService(db.database()), id -> { });

            viewModel.queryProperty().set("juniper");
            viewModel.search();

            assertEquals(PermitSearchService.MAX_RESULTS, viewModel.results().size());
            assertEquals("Showing the 200 most recent matches. Type more to narrow the search.",
                    viewModel.statusProperty().get());
            assertTrue(viewModel.results().stream().noneMatch(permit -> permit.number().equals("B2611-1000")),
                    "the first permit entered is the one left out");
        }
    }

    @Test
    void aFailedSearchSaysSoAndKeepsWhatWasTyped() {
        TestDb db = TestDb.create(TestDb.Kind.H2);
        PermitSearchService service = new PermitSearchService(db.database());
        db.close();
        PermitSearchViewModel viewModel = new PermitSearchViewModel(TaskRunner.sameThread(), service, id -> { });

        viewModel.queryProperty().set("maple");
        viewModel.search();

        assertEquals("maple", viewModel.queryProperty().get());
        assertTrue(viewModel.failedProperty().get());
        assertTrue(viewModel.statusProperty().get().startsWith("Search failed: "), viewModel.statusProperty().get());
        assertTrue(viewModel.statusProperty().get().endsWith("Your search is kept; press Enter to try again."));
        assertTrue(!viewModel.busyProperty().get(), "the busy indicator must stop after a failure");
    }

    @Test
    void oneLetterIsNotEnoughToSearch() {
        PermitSearchViewModel viewModel = new PermitSearchViewModel(TaskRunner.sameThread(), null, id -> { });
        viewModel.queryProperty().set("m");
        viewModel.search();
        assertEquals("Keep typing: at least two letters or digits are needed to search.", viewModel.statusProperty().get());
    }
}
