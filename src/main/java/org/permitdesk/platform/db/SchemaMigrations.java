package org.permitdesk.platform.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.UserMessages;

/**
 * The schema's versioned migrations (Flyway, {@code db/migration}, one set for H2 and PostgreSQL): brought up to
 * date when a database is opened; a database upgraded by a newer PermitDesk, or whose history holds a failed or
 * altered migration, is refused with what to do.
 */
final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** Brings the schema up to date; returns its version. */
    static String migrate(DatabaseSettings settings, DataSource dataSource) {
        Flyway flyway = flyway(settings, dataSource);
        List<String> future = new ArrayList<>();
        String known = "none";
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                future.add(info.getVersion().getVersion());
            } else if (info.getVersion() != null) {
                known = info.getVersion().getVersion();
            }
        }
        if (!future.isEmpty()) {
            throw new SchemaTooNewException(settings, future.get(future.size() - 1), known);
        }
        try {
            flyway.migrate();
        } catch (FlywayValidateException e) {
            throw new UserFacingException(schemaHistoryProblem(flyway.validateWithResult()), e);
        }
        return known;
    }

    /**
     * Checks, without changing anything, that the schema is exactly the version this PermitDesk's migrations make
     * (for a process that must not migrate, such as the public web view: it reads the schema history only).
     *
     * @throws SchemaTooNewException when a newer PermitDesk has upgraded the database
     * @throws UserFacingException   when the database is older (or new and empty), saying how to upgrade it
     */
    static void requireCurrent(DatabaseSettings settings, DataSource dataSource, String upgradeHint) {
        List<String> future = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        String known = "none";
        for (MigrationInfo info : flyway(settings, dataSource).info().all()) {
            if (info.getVersion() == null) {
                continue;
            }
            String version = info.getVersion().getVersion();
            switch (info.getState()) {
                case FUTURE_SUCCESS, FUTURE_FAILED -> future.add(version);
                case PENDING, OUTDATED, IGNORED -> pending.add(version);
                case SUCCESS, BASELINE -> known = version;
                default -> throw new UserFacingException("The database's schema migration " + version + " ("
                        + info.getDescription() + ") is " + info.getState().getDisplayName().toLowerCase()
                        + ": " + upgradeHint);
            }
        }
        if (!future.isEmpty()) {
            throw new SchemaTooNewException(settings, future.get(future.size() - 1), known);
        }
        if (!pending.isEmpty()) {
            throw new UserFacingException("The database " + settings.displayUrl() + " is at schema version " + known
                    + ", older than this PermitDesk's " + pending.get(pending.size() - 1) + ": " + upgradeHint);
        }
    }

    private static Flyway flyway(DatabaseSettings settings, DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("text_collate", settings.isPostgres() ? " COLLATE \"C\"" : ""))
                .load();
    }

    /**
     * "Migration 17 (inspection result corrections) failed when it was run: …" — which migrations of the database's
     * schema history do not match this PermitDesk, and what to do, instead of Flyway's "Validate failed".
     */
    private static String schemaHistoryProblem(ValidateResult result) {
        List<String> problems = new ArrayList<>();
        for (ValidateOutput invalid : result.invalidMigrations) {
            String detail = invalid.errorDetails == null || invalid.errorDetails.errorMessage == null ? ""
                    : ": " + UserMessages.firstLine(invalid.errorDetails.errorMessage);
            problems.add("migration " + (invalid.version == null || invalid.version.isEmpty() ? "(repeatable)"
                    : invalid.version) + " (" + invalid.description + ")" + detail);
        }
        return "the database's schema history does not match this version of PermitDesk ("
                + (problems.isEmpty() ? "validation failed" : String.join("; ", problems)) + "). Nothing was changed."
                + " A migration that failed or was altered must be repaired by the database administrator: restore"
                + " the database from a backup taken before it, then start this PermitDesk again.";
    }
}
