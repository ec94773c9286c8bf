package org.permitdesk.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.envers.AuditReaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: a connection pool, a migrated schema and a Hibernate session factory.
 * Services run each unit of work through {@link #fromTransaction} or {@link #inTransaction} (one session, one transaction).
 * {@link #openForJdbc} opens it without Hibernate, for work done with plain JDBC only (the report command).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static {
        // Before any H2 database is opened in this JVM: its automatic server on the loopback interface only.
        EmbeddedDatabase.loopbackOnly();
    }

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    /** Hibernate, possibly still starting; null when opened for plain JDBC work only. */
    private final CompletableFuture<SessionFactory> sessionFactory;
    /** Set when the embedded database was closed at once after a full disk ({@link ImportSafetyCopy#diskFull}). */
    private volatile boolean abandoned;

    private Database(DatabaseSettings settings, HikariDataSource dataSource,
                     CompletableFuture<SessionFactory> sessionFactory) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
    }

    /**
     * Connects, creates or upgrades the schema, and checks the entity mapping against it. When the mapping was
     * already checked against this schema (every start but the first after an upgrade), it returns once the schema
     * is ready and Hibernate finishes starting behind it: work through {@link #dataSource()} can begin at once, and
     * {@link #fromTransaction} waits for Hibernate (on the desktop, the sign-in window is usable ~0.5 s sooner).
     *
     * @throws DatabaseUnavailableException when the server cannot be reached or refuses the connection
     * @throws SchemaTooNewException        when a newer PermitDesk has already upgraded this database
     */
    public static Database open(DatabaseSettings settings, List<Class<?>> entityClasses) {
        try {
            return openOnce(settings, entityClasses);
        } catch (DatabaseUnavailableException e) {
            EmbeddedDatabase.adoptPassword(settings, e); // a restored password-less database, or one line why not
            return openOnce(settings, entityClasses);
        }
    }

    private static Database openOnce(DatabaseSettings settings, List<Class<?>> entityClasses) {
        long start = System.nanoTime();
        LOG.debug("Starting Hibernate for {}", settings.displayUrl());
        // The pool connects on first use (by Flyway). Hibernate's start-up needs no connection when the
        // dialect is known, so on two cores it runs while the database is reached and migrated.
        HikariDataSource dataSource = pool(settings);
        CompletableFuture<SessionFactory> hibernate = HibernateStart.begin(settings, dataSource, entityClasses);
        try {
            String schemaVersion = SchemaMigrations.migrate(settings, dataSource);
            restrictEmbeddedFiles(settings);
            long migrated = System.nanoTime();
            String fingerprint = MappingFingerprint.of(entityClasses, schemaVersion);
            if (fingerprint.equals(HibernateStart.validatedFingerprint(dataSource))) {
                logWhenStarted(hibernate, settings, migrated - start, migrated);
                return new Database(settings, dataSource, hibernate);
            }
            SessionFactory sessionFactory = HibernateStart.join(hibernate);
            long booted = System.nanoTime();
            try {
                HibernateStart.validateMapping(sessionFactory, dataSource, fingerprint);
            } catch (RuntimeException e) {
                sessionFactory.close();
                throw e;
            }
            LOG.info("Opened {} in {} ms (connect and migrate {} ms, then waited {} ms for Hibernate)",
                    settings.displayUrl(), (System.nanoTime() - start) / 1_000_000, (migrated - start) / 1_000_000,
                    (booted - migrated) / 1_000_000);
            return new Database(settings, dataSource, hibernate);
        } catch (RuntimeException e) {
            hibernate.thenAccept(SessionFactory::close);
            dataSource.close();
            throw openFailed(settings, e);
        }
    }

    /**
     * Connects and creates or upgrades the schema, without starting Hibernate (1–2 s of a command's start): for
     * work done through {@link #dataSource()} only, such as the supervisor reports. {@link #fromTransaction} then
     * refuses to run.
     *
     * @throws DatabaseUnavailableException when the server cannot be reached or refuses the connection
     * @throws SchemaTooNewException        when a newer PermitDesk has already upgraded this database
     */
    public static Database openForJdbc(DatabaseSettings settings) {
        try {
            return openForJdbcOnce(settings);
        } catch (DatabaseUnavailableException e) {
            EmbeddedDatabase.adoptPassword(settings, e); // a restored password-less database, or one line why not
            return openForJdbcOnce(settings);
        }
    }

    private static Database openForJdbcOnce(DatabaseSettings settings) {
        HikariDataSource dataSource = pool(settings);
        try {
            SchemaMigrations.migrate(settings, dataSource);
            restrictEmbeddedFiles(settings);
            return new Database(settings, dataSource, null);
        } catch (RuntimeException e) {
            dataSource.close();
            throw openFailed(settings, e);
        }
    }

    /**
     * Connects for reading only, without Hibernate, without migrating and without writing anything (the public web
     * view): the connections are read-only and the schema must already be the version this PermitDesk makes.
     *
     * @param upgradeHint what to do when the schema is older, e.g. "upgrade it by starting the desktop app once"
     * @throws DatabaseUnavailableException when the server cannot be reached or refuses the connection
     * @throws SchemaTooNewException        when a newer PermitDesk has already upgraded this database
     * @throws org.permitdesk.platform.UserFacingException when the schema is older, with {@code upgradeHint}
     */
    public static Database openForReading(DatabaseSettings settings, String upgradeHint) {
        HikariConfig config = poolConfig(settings);
        config.setReadOnly(true);
        HikariDataSource dataSource = new HikariDataSource();
        config.copyStateTo(dataSource);
        try {
            SchemaMigrations.requireCurrent(settings, dataSource, upgradeHint);
            return new Database(settings, dataSource, null);
        } catch (org.permitdesk.platform.UserFacingException e) {
            dataSource.close();
            throw e;
        } catch (RuntimeException e) {
            dataSource.close();
            throw openFailed(settings, e);
        }
    }

    private static HikariDataSource pool(DatabaseSettings settings) {
        HikariDataSource dataSource = new HikariDataSource();
        poolConfig(settings).copyStateTo(dataSource);
        return dataSource;
    }

    /** The embedded database's files, just created by H2 under the umask, made 0600. */
    private static void restrictEmbeddedFiles(DatabaseSettings settings) {
        if (settings.embeddedDefault()) {
            EmbeddedDatabase.restrictFiles(settings);
        }
    }

    /** A newer schema as it is; anything else as "Cannot open the database …". */
    private static RuntimeException openFailed(DatabaseSettings settings, RuntimeException failure) {
        return failure instanceof SchemaTooNewException ? failure : new DatabaseUnavailableException(settings, failure);
    }

    /**
     * Logs how long Hibernate took to start behind an open database, or why it could not start (the person hears
     * of it at the first unit of work).
     */
    private static void logWhenStarted(CompletableFuture<SessionFactory> hibernate, DatabaseSettings settings,
                                       long schemaNanos, long migratedAt) {
        hibernate.whenComplete((started, failure) -> {
            if (failure != null) {
                LOG.error("Hibernate could not start for {}", settings.displayUrl(), failure);
            } else {
                LOG.info("Opened {}: schema ready in {} ms, Hibernate {} ms after that", settings.displayUrl(),
                        schemaNanos / 1_000_000, (System.nanoTime() - migratedAt) / 1_000_000);
            }
        });
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return settings.isPostgres();
    }

    /** Runs {@code work} in one session and one transaction; rolls back and rethrows on failure. */
    public <T> T fromTransaction(Function<Session, T> work) {
        try (Session session = sessionFactory().openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw changedMeanwhile(e) ? new ChangedMeanwhileException(e) : e;
            }
        }
    }

    /** Hibernate's optimistic-lock failures ("Batch update returned unexpected row count…"), wrapped or not. */
    private static boolean changedMeanwhile(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.hibernate.StaleStateException
                    || cause instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} is a primary-key or unique constraint refusing a row that another client inserted at
     * the same moment (SQLSTATE 23505 on PostgreSQL and H2), wrapped or not.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }

    public void inTransaction(Consumer<Session> work) {
        fromTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** A number from one row (a {@code COUNT}), read with plain JDBC: it does not wait for Hibernate to start. */
    public long count(String sql, Object... parameters) {
        return firstValue(sql, parameters).map(value -> ((Number) value).longValue()).orElse(0L);
    }

    /** The first column of the first row as text, if any, read with plain JDBC: it does not wait for Hibernate. */
    public Optional<String> text(String sql, Object... parameters) {
        return firstValue(sql, parameters).map(Object::toString);
    }

    private Optional<Object> firstValue(String sql, Object... parameters) {
        try {
            return firstValue(dataSource, sql, parameters);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(settings, e);
        }
    }

    /** The first column of the first row, read in a transaction of its own that is rolled back. */
    static Optional<Object> firstValue(DataSource dataSource, String sql, Object... parameters)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = query.executeQuery()) {
                    return Optional.ofNullable(rs.next() ? rs.getObject(1) : null);
                }
            } finally {
                connection.rollback();
            }
        }
    }


    /** Records who is making the audited changes of the current transaction (Envers revision). */
    public static void stampAuditUser(Session session, String username) {
        AuditReaderFactory.get(session).getCurrentRevision(AuditRevision.class, false).setUsername(username);
    }

    /** SQL that returns the next value of a sequence, for bulk JDBC work. */
    public String nextValueSql(String sequence) {
        return isPostgres() ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    }

    /** Hibernate, waiting for it to finish starting if needed. */
    private SessionFactory sessionFactory() {
        if (sessionFactory == null) {
            throw new IllegalStateException("This database was opened for plain JDBC work only (openForJdbc).");
        }
        try {
            return HibernateStart.join(sessionFactory);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(settings, e);
        }
    }

    @Override
    public void close() {
        if (sessionFactory != null) {
            sessionFactory.thenAccept(SessionFactory::close);
        }
        if (!abandoned) { // an abandoned H2 database would spin in the rollback of the pool's open connection
            dataSource.close();
        }
    }

    /** Whether the embedded database was closed at once after a full disk: no connection may be used any more. */
    public boolean abandoned() {
        return abandoned;
    }

    void abandon() {
        abandoned = true;
    }

    /**
     * H2's page cache, in KiB, unless the URL sets {@code CACHE_SIZE}: 4 MiB rather than H2's 16. In the desktop's
     * 256 MB heap every page H2 reads stays in its cache until pushed out, so each young collection copied up to 16 MiB
     * of freshly read pages: searching a million permits spent half as long in GC with 4 MiB and its slowest 5 % were
     * faster (p95 43-46 ms against 48-63 ms with 16 MiB, docs/benchmarks.md); the file's pages stay in the operating
     * system's cache either way.
     */
    static final int H2_CACHE_KIB = 4_096;

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("permitdesk");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.isH2() ? 4 : 6);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(1);
        config.setAutoCommit(false);
        if (settings.isH2() && !settings.url().toUpperCase(Locale.ROOT).contains("CACHE_SIZE")) {
            config.setConnectionInitSql("SET CACHE_SIZE " + H2_CACHE_KIB);
        }
        if (settings.isPostgres()) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.addDataSourceProperty("connectTimeout", "5");
            config.addDataSourceProperty("ApplicationName", "PermitDesk");
        }
        return config;
    }

}
