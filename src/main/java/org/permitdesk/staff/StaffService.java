package org.permitdesk.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.ChangedMeanwhileException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/** Staff sign-in and staff accounts. */
public final class StaffService {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private final Database database;
    private final PasswordHasher hasher;
    private final Clock clock;

    public StaffService(Database database, PasswordHasher hasher, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Checks the password, then applies the lock-out rules and records the attempt. The password is checked first,
     * against the hash read with plain JDBC (the decoy's for an unknown username, so both answers take as long).
     * The right password of an active, unlocked account is then recorded with one plain JDBC update; everything
     * else (wrong password, locked, disabled, unknown) is decided in one Hibernate transaction. So right after a
     * start the sign-in does not wait for Hibernate to finish starting (decision record 12).
     */
    public SignInResult signIn(String username, String password) {
        Instant now = clock.instant();
        String name = StaffUser.normaliseUsername(username);
        String checkedHash = database.text("SELECT password_hash FROM staff_user WHERE username = ?", name)
                .orElse(PasswordHasher.DECOY_HASH);
        boolean checkedHashMatches = hasher.matches(password, checkedHash);
        if (checkedHashMatches && !checkedHash.equals(PasswordHasher.DECOY_HASH)) {
            Optional<SignedInUser> signedIn = recordSignInIfAllowed(name, checkedHash, now);
            if (signedIn.isPresent()) {
                return new SignInResult.SignedIn(signedIn.get());
            }
        }
        for (int attempt = 1; ; attempt++) { // wrong tries at the same moment: each is counted, none fails
            try {
                return database.fromTransaction(session -> {
                    Optional<StaffUser> found = findByUsername(session, username);
                    if (found.isEmpty()) {
                        return new SignInResult.WrongCredentials();
                    }
                    StaffUser user = found.get();
                    boolean matches = checkedHash.equals(user.getPasswordHash()) ? checkedHashMatches
                            : hasher.matches(password, user.getPasswordHash()); // changed in between: check the new one
                    if (!user.isActive()) { // said only to whoever knows the password: a name alone reveals nothing
                        return matches ? new SignInResult.Disabled() : new SignInResult.WrongCredentials();
                    }
                    if (user.isLockedAt(now)) {
                        return new SignInResult.Locked(user.getLockedUntil());
                    }
                    if (!matches) {
                        user.recordFailedSignIn(now);
                        if (user.isLockedAt(now)) {
                            return new SignInResult.Locked(user.getLockedUntil());
                        }
                        return new SignInResult.WrongCredentials();
                    }
                    user.recordSuccessfulSignIn(now);
                    return new SignInResult.SignedIn(toSignedIn(user));
                });
            } catch (ChangedMeanwhileException sameMoment) {
                if (attempt == 10) {
                    throw sameMoment;
                }
            }
        }
    }

    /**
     * Records a sign-in with the right password in one update that only applies while the account is active, not
     * locked at {@code now} and still has the hash that was checked (the rules of {@link StaffUser#isActive},
     * {@link StaffUser#isLockedAt} and {@code recordSuccessfulSignIn}); empty when it did not apply.
     */
    private Optional<SignedInUser> recordSignInIfAllowed(String name, String checkedHash, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        try (Connection connection = database.dataSource().getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE staff_user SET failed_attempts = 0,"
                    + " locked_until = NULL, last_sign_in = ?, version = version + 1 WHERE username = ?"
                    + " AND password_hash = ? AND active = TRUE AND (locked_until IS NULL OR locked_until <= ?)")) {
                update.setObject(1, at);
                update.setString(2, name);
                update.setString(3, checkedHash);
                update.setObject(4, at);
                if (update.executeUpdate() != 1) {
                    connection.rollback();
                    return Optional.empty();
                }
                SignedInUser user = signedInUser(connection, name);
                connection.commit();
                return Optional.of(user);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new UserFacingException("The sign-in could not be recorded in the database: " + e.getMessage()
                    + ". Try again; if it keeps failing, ask your administrator to check the database.", e);
        }
    }

    private static SignedInUser signedInUser(Connection connection, String name) throws SQLException {
        long id;
        String fullName;
        try (PreparedStatement user = connection.prepareStatement(
                "SELECT id, full_name FROM staff_user WHERE username = ?")) {
            user.setString(1, name);
            try (ResultSet rs = user.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
                fullName = rs.getString(2);
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT role FROM staff_user_role WHERE staff_user_id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    roles.add(Role.valueOf(rs.getString(1)));
                }
            }
        }
        return new SignedInUser(id, name, fullName, roles);
    }

    /** True on a new shared database: nobody can sign in until the first administrator is created. */
    public boolean needsFirstAdministrator() {
        return database.count("SELECT COUNT(*) FROM staff_user") == 0;
    }

    /** Problems with a proposed new staff user, by field; empty when it can be created. */
    public static List<String> problemsWithNewUser(String username, String fullName, String password, String repeat) {
        List<String> problems = new ArrayList<>();
        String name = StaffUser.normaliseUsername(username);
        if (name.isEmpty()) {
            problems.add("Username: enter the name this person will sign in with, e.g. \"jlopez\".");
        } else if (!name.matches("[a-z0-9._-]{2,60}")) {
            problems.add("Username: use 2–60 letters, digits, dots, dashes or underscores (no spaces).");
        }
        if (fullName == null || fullName.isBlank()) {
            problems.add("Full name: enter the person's name as it should appear on records.");
        } else if (fullName.strip().length() > 120) {
            problems.add("Full name: use at most 120 characters (this one has " + fullName.strip().length() + ").");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add("Password: use at least " + MIN_PASSWORD_LENGTH + " characters.");
        } else if (password.strip().equalsIgnoreCase(name)) {
            problems.add("Password: must not be the username.");
        }
        if (password != null && !password.equals(repeat)) {
            problems.add("Repeat password: the two passwords differ; type the same password twice.");
        }
        return problems;
    }

    /**
     * Creates the first administrator of an empty database. Refused once any staff user exists, also when two
     * desktop clients (or a desktop client and {@code add-staff-user}) try at the same moment: the one that loses is
     * told who created the administrator meanwhile.
     */
    public SignedInUser createFirstAdministrator(String username, String fullName, String password) {
        try {
            return database.fromTransaction(session -> {
                long users = session.createSelectionQuery("select count(u) from StaffUser u", Long.class)
                        .getSingleResult();
                if (users > 0) {
                    throw new UserFacingException("An administrator already exists on this database (created by "
                            + firstAdministrator() + "). Sign in instead.");
                }
                claimFirstAdministrator(session, username);
                StaffUser admin = new StaffUser(username, fullName.strip(), hasher.hash(password),
                        Set.of(Role.ADMIN), clock.instant());
                session.persist(admin);
                session.flush();
                return toSignedIn(admin);
            });
        } catch (RuntimeException e) {
            if (Database.isUniqueViolation(e)) {
                throw new UserFacingException("An administrator was created meanwhile by " + firstAdministrator()
                        + "; sign in instead.", e);
            }
            throw e;
        }
    }

    /**
     * The primary key of this setting lets only one of the clients creating the first staff user at the same moment
     * commit; the others fail on it (and are told who won).
     */
    private static void claimFirstAdministrator(Session session, String username) {
        session.createNativeMutationQuery(
                        "INSERT INTO app_setting (setting_key, setting_value) VALUES ('first_administrator', :name)")
                .setParameter("name", StaffUser.normaliseUsername(username))
                .executeUpdate();
    }

    /** "Pat Admin (patadmin)": who created the first staff user (or the first one there is). */
    private String firstAdministrator() {
        String username = database.text("SELECT setting_value FROM app_setting WHERE setting_key = 'first_administrator'")
                .or(() -> database.text("SELECT username FROM staff_user ORDER BY id"))
                .orElse("another client");
        return database.text("SELECT full_name FROM staff_user WHERE username = ?", username)
                .map(fullName -> fullName + " (" + username + ")").orElse(username);
    }

    /**
     * Adds a staff user (the command line, demo data). On an empty database it takes the first administrator's place
     * like {@link #createFirstAdministrator}, so a desktop client creating one at the same moment is refused cleanly;
     * losing that race, it is simply added after the winner. A username taken at the same moment is refused in one
     * line.
     */
    public SignedInUser createUser(String username, String fullName, String password, Set<Role> roles, SignedInUser who) {
        who.require(Permission.MANAGE_STAFF);
        if (roles.isEmpty() || !Role.staffRoles().containsAll(roles)) {
            throw new UserFacingException("Give a staff user one or more of the roles CLERK, INSPECTOR, SUPERVISOR and ADMIN.");
        }
        String taken = "Username \"" + StaffUser.normaliseUsername(username) + "\" is taken; choose another.";
        for (int attempt = 1; ; attempt++) {
            try {
                return database.fromTransaction(session -> {
                    Database.stampAuditUser(session, who.username());
                    if (findByUsername(session, username).isPresent()) {
                        throw new UserFacingException(taken);
                    }
                    long users = session.createSelectionQuery("select count(u) from StaffUser u", Long.class)
                            .getSingleResult();
                    if (users == 0) {
                        claimFirstAdministrator(session, username);
                    }
                    StaffUser user = new StaffUser(username, fullName, hasher.hash(password), roles, clock.instant());
                    session.persist(user);
                    session.flush();
                    return toSignedIn(user);
                });
            } catch (RuntimeException e) {
                if (!Database.isUniqueViolation(e)) {
                    throw e;
                }
                if (attempt == 2 || database.count("SELECT COUNT(*) FROM staff_user WHERE username = ?",
                        StaffUser.normaliseUsername(username)) > 0) {
                    throw new UserFacingException(taken, e);
                }
                // another client created the first staff user meanwhile: this one is added after it
            }
        }
    }

    /**
     * A criteria query, not HQL: the sign-in and the checks before it are the first queries after a start, and the
     * first HQL query of a JVM pays for building the HQL parser (~0.1 s with the quick compiler).
     */
    private static Optional<StaffUser> findByUsername(Session session, String username) {
        CriteriaBuilder criteria = session.getCriteriaBuilder();
        CriteriaQuery<StaffUser> query = criteria.createQuery(StaffUser.class);
        Root<StaffUser> user = query.from(StaffUser.class);
        query.where(criteria.equal(user.get("username"), StaffUser.normaliseUsername(username)));
        return session.createQuery(query).uniqueResultOptional();
    }

    private static SignedInUser toSignedIn(StaffUser user) {
        return new SignedInUser(user.getId(), user.getUsername(), user.getFullName(), user.getRoles());
    }
}
