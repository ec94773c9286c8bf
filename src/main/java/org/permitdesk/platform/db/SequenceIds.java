package org.permitdesk.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ids for bulk JDBC inserts from one of the sequences Hibernate uses, taken in the blocks of 50 its pooled
 * optimiser expects (one sequence call per 50 rows), so rows written in bulk and rows Hibernate saves later
 * never share an id. One instance per sequence and connection; not thread-safe.
 */
public final class SequenceIds {

    /** The allocation size of every entity sequence (Hibernate's default). */
    public static final int BLOCK = 50;

    private final Connection connection;
    private final String nextValueSql;
    private long next;
    private long last = -1;

    public SequenceIds(Database database, Connection connection, String sequence) {
        this.connection = connection;
        this.nextValueSql = database.nextValueSql(sequence);
    }

    /** The next free id. */
    public long next() throws SQLException {
        if (next > last) {
            long high;
            try (Statement statement = connection.createStatement()) {
                do {
                    try (ResultSet rs = statement.executeQuery(nextValueSql)) {
                        rs.next();
                        high = rs.getLong(1);
                    }
                    // A value below a full block is the sequence's start, which Hibernate treats specially.
                } while (high < BLOCK);
            }
            next = high - BLOCK + 1;
            last = high;
        }
        return next++;
    }
}
