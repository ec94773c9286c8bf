package org.permitdesk.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Starting Hibernate for {@link Database#open}: the session factory is built on a daemon thread while Flyway reaches
 * and migrates the database, and the mapping is checked against the tables only when the mapping or the schema
 * changed since the last check (decision record 3), the check remembered in {@code app_setting}.
 */
final class HibernateStart {

    private HibernateStart() {
    }

    /** Starts building the session factory for {@code entityClasses} on its own daemon thread. */
    static CompletableFuture<SessionFactory> begin(DatabaseSettings settings, DataSource dataSource,
                                                   List<Class<?>> entityClasses) {
        return CompletableFuture.supplyAsync(() -> build(settings, dataSource, entityClasses),
                HibernateStart::startDaemon);
    }

    static SessionFactory join(CompletableFuture<SessionFactory> hibernate) {
        try {
            return hibernate.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void startDaemon(Runnable work) {
        Thread thread = new Thread(work, "permitdesk-hibernate-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The fingerprint of the mapping and schema last checked against each other ({@code app_setting}), or "".
     * The check (Hibernate schema validation) runs only when the mapping or the schema has changed since: on every
     * start it would add a second or more (see src/docs/adr/0003-schema-validation-on-change.md).
     */
    static String validatedFingerprint(DataSource dataSource) {
        try {
            return Database.firstValue(dataSource, "SELECT setting_value FROM app_setting WHERE setting_key = ?",
                    "schema_validated").map(Object::toString).orElse("");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read app_setting: " + e.getMessage(), e);
        }
    }

    /** Checks the entity mapping against the tables and remembers the check in {@code app_setting}. */
    static void validateMapping(SessionFactory sessionFactory, DataSource dataSource, String fingerprint) {
        sessionFactory.getSchemaManager().validateMappedObjects();
        try {
            rememberSetting(dataSource, "schema_validated", fingerprint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write app_setting: " + e.getMessage(), e);
        }
    }

    /** The SQL state of a unique (or primary) key violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * Sets {@code key} to {@code value} in {@code app_setting}, safely when several clients do it at the same moment
     * (clients starting together on a new database all check the mapping and write the same setting): an update, and
     * an insert only when there was no row; when another client inserted the row in between, its unique-key
     * violation means "someone else just did it", and the update is tried again on the row that now exists.
     */
    static void rememberSetting(DataSource dataSource, String key, String value) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                try {
                    if (update(connection, "UPDATE app_setting SET setting_value = ? WHERE setting_key = ?",
                            value, key) == 0) {
                        update(connection, "INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)",
                                key, value);
                    }
                    connection.commit();
                    return;
                } catch (SQLException e) {
                    connection.rollback();
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt == 3) {
                        throw e;
                    }
                }
            }
        }
    }

    private static int update(Connection connection, String sql, String first, String second) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, first);
            statement.setString(2, second);
            return statement.executeUpdate();
        }
    }

    private static SessionFactory build(DatabaseSettings settings, DataSource dataSource,
                                                      List<Class<?>> entityClasses) {
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder();
        if (settings.isH2() || settings.isPostgres()) {
            builder.applySetting("hibernate.boot.allow_jdbc_metadata_access", false)
                    .applySetting(AvailableSettings.DIALECT, settings.isH2()
                            ? "org.hibernate.dialect.H2Dialect" : "org.hibernate.dialect.PostgreSQLDialect");
        }
        StandardServiceRegistry registry = builder
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                // No DDL from Hibernate at start-up: its temporary tables for multi-table bulk updates (never
                // used here) were created on H2 while Flyway migrated on another connection, and the two fought
                // over H2's schema lock ("Timeout trying to lock table SYS").
                .applySetting("hibernate.query.mutation_strategy.global_temporary.create_tables", false)
                .applySetting("hibernate.query.mutation_strategy.global_temporary.drop_tables", false)
                // Bean Validation still checks entities before they are written; its constraints are not copied
                // onto the mapping's columns, which only DDL generation (never used: Flyway owns the schema)
                // would read. That copying was about a tenth of Hibernate's start-up (a JFR profile).
                .applySetting("hibernate.validator.apply_to_ddl", false)
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
                .applySetting("org.hibernate.envers.audit_table_suffix", "_aud")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            sources.addAnnotatedClass(AuditRevision.class);
            entityClasses.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
