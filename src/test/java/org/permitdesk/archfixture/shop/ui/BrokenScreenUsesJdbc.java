package org.permitdesk.archfixture.shop.ui;

import java.sql.Connection;

/** Broken: a screen touching JDBC. */
public final class BrokenScreenUsesJdbc {
    public Connection connection;
}
