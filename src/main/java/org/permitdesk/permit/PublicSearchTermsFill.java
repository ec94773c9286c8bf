package org.permitdesk.permit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills {@code public_search_term} for the permits already stored (the upgrade that adds it, migration V23): every
 * permit's number, parcel and address read in id order beside its contractors' business names (two cursors, merged
 * by permit id), cut into terms by {@link PermitSearchTerms#forPublic} and written in batches. Plain JDBC on the
 * migration's connection and transaction.
 */
public final class PublicSearchTermsFill {

    private static final int BATCH = 5_000;
    private static final int FETCH = 2_000;

    private PublicSearchTermsFill() {
    }

    /** Writes the public terms of every permit; returns how many permits were indexed. */
    public static long fill(Connection connection) throws SQLException {
        long permits = 0;
        try (PreparedStatement permitQuery = connection.prepareStatement("SELECT p.id, p.permit_number,"
                + " s.parcel_number, s.address_line FROM permit p JOIN site s ON s.id = p.site_id ORDER BY p.id");
             PreparedStatement contractorQuery = connection.prepareStatement("SELECT permit_id, business_name"
                     + " FROM permit_contact WHERE role = 'CONTRACTOR' AND business_name IS NOT NULL"
                     + " ORDER BY permit_id, id");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO public_search_term (term, permit_id) VALUES (?, ?)")) {
            permitQuery.setFetchSize(FETCH);
            contractorQuery.setFetchSize(FETCH);
            try (ResultSet permitRows = permitQuery.executeQuery();
                 ResultSet contractorRows = contractorQuery.executeQuery()) {
                boolean moreContractors = contractorRows.next();
                int batched = 0;
                while (permitRows.next()) {
                    long id = permitRows.getLong(1);
                    List<String> businesses = new ArrayList<>();
                    while (moreContractors && contractorRows.getLong(1) <= id) {
                        if (contractorRows.getLong(1) == id) {
                            businesses.add(contractorRows.getString(2));
                        }
                        moreContractors = contractorRows.next();
                    }
                    for (String term : PermitSearchTerms.forPublic(permitRows.getString(2), permitRows.getString(3),
                            permitRows.getString(4), businesses)) {
                        insert.setString(1, term);
                        insert.setLong(2, id);
                        insert.addBatch();
                        if (++batched == BATCH) {
                            insert.executeBatch();
                            batched = 0;
                        }
                    }
                    permits++;
                }
                if (batched > 0) {
                    insert.executeBatch();
                }
            }
        }
        return permits;
    }
}
