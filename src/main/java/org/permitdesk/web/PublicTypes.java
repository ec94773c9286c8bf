package org.permitdesk.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The permit types, for the issued / finaled list's form. */
final class PublicTypes {

    private PublicTypes() {
    }

    static List<IssuedFinaledPage.TypeChoice> all(Connection connection) throws SQLException {
        List<IssuedFinaledPage.TypeChoice> types = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT code, name FROM public_permit_type ORDER BY name, code");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                types.add(new IssuedFinaledPage.TypeChoice(rs.getString(1), rs.getString(2)));
            }
        }
        return types;
    }
}
