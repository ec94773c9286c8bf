package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

/**
 * The public search index: written with a permit (never a person's name), and filled for the permits of a database
 * upgraded to it (migration V23) with exactly the same terms.
 */
class PublicSearchTermsFillTest {

    @DatabaseTest
    void aNewPermitsPublicTermsLeaveOutPeoplesNamesAndTheUpgradeFillsTheSameTerms(TestDb db) throws SQLException {
        long first = TestPermits.create(db.database(), "B2611-0101", "77 Sunrise Way", "501-222-333", "Lorna Vexley",
                "Canyon Electric Co");
        TestPermits.create(db.database(), "E2611-0102", "78 Sunrise Way", null, "Lorna Vexley", null);
        try (Connection connection = db.database().dataSource().getConnection()) {
            Set<String> written = terms(connection);
            assertTrue(written.contains("canyon " + first) && written.contains("sunrise " + first)
                    && written.contains("501222333 " + first), written.toString());
            assertFalse(written.stream().anyMatch(term -> term.startsWith("lorna") || term.startsWith("vexley")
                    || term.startsWith("pat ") || term.startsWith("doe ")), "no person's name: " + written);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM public_search_term");
            }
            PublicSearchTermsFill.fill(connection);
            assertEquals(written, terms(connection));
            connection.rollback();
        }
    }

    private static Set<String> terms(Connection connection) throws SQLException {
        Set<String> terms = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT term, permit_id FROM public_search_term")) {
            while (rs.next()) {
                terms.add(rs.getString(1) + " " + rs.getLong(2));
            }
        }
        return terms;
    }
}
