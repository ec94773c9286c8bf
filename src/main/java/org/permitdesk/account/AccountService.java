package org.permitdesk.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.account.request.RequestField;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.platform.security.TemporaryPasswords;
import org.permitdesk.platform.Formats;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Portal accounts: the duplicate check, creating an account with a one-time temporary password,
 * finding, editing (optimistic locking), disabling and issuing a new temporary password.
 */
public final class AccountService {

    public static final String TEMPORARY_PASSWORD_DAYS_SETTING = "account.temporary_password_days";
    public static final int DEFAULT_TEMPORARY_PASSWORD_DAYS = 14;
    private static final int MAX_LISTED = 200;

    private final Database database;
    private final PasswordHasher hasher;
    private final TemporaryPasswords passwords = new TemporaryPasswords();
    private final AccountRules rules = new AccountRules();
    private final Clock clock;

    public AccountService(Database database, PasswordHasher hasher, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.clock = clock;
    }

    public AccountRules rules() {
        return rules;
    }

    /** Existing accounts that are, or may be, the same as {@code details} (leaving out {@code exceptId}). */
    public DuplicateCheck findDuplicates(AccountDetails details, Long exceptId) {
        AccountDetails d = rules.normalised(details);
        return database.fromTransaction(session -> duplicates(session, d, exceptId));
    }

    /**
     * Creates the account with a random temporary password and, when it came from a request, links the
     * request to it. Refused when a field is missing or invalid, or the licence / email already has an account.
     */
    public CreatedAccount createAccount(AccountDetails details, SignedInUser who, Long requestId) {
        who.require(Permission.MANAGE_ACCOUNTS);
        String clerk = who.username();
        AccountDetails d = rules.normalised(details);
        requireValid(d);
        String password = passwords.next();
        String hash = hasher.hash(password);
        return database.fromTransaction(session -> {
            DuplicateCheck duplicates = duplicates(session, d, null);
            duplicates.sameUsername().ifPresent(existing -> {
                throw new UserFacingException(alreadyHasAccount(d, existing));
            });
            Instant now = clock.instant();
            Instant expires = now.plus(Duration.ofDays(temporaryPasswordDays(session)));
            PortalAccount account = new PortalAccount(d, now, clerk);
            Database.stampAuditUser(session, clerk);
            account.setTemporaryPassword(hash, expires, now, clerk);
            session.persist(account);
            session.flush();
            if (requestId != null) {
                AccountRequest request = session.find(AccountRequest.class, requestId);
                request.close(RequestStatus.ACCOUNT_CREATED, null, account, clerk, now);
            }
            return new CreatedAccount(account.summary(), password, expires);
        });
    }

    /** A new one-time password for an existing account (the old one stops working). */
    public CreatedAccount issueNewTemporaryPassword(long accountId, SignedInUser who) {
        who.require(Permission.MANAGE_ACCOUNTS);
        String clerk = who.username();
        String password = passwords.next();
        String hash = hasher.hash(password);
        return database.fromTransaction(session -> {
            PortalAccount account = load(session, accountId);
            Database.stampAuditUser(session, clerk);
            Instant now = clock.instant();
            Instant expires = now.plus(Duration.ofDays(temporaryPasswordDays(session)));
            account.setTemporaryPassword(hash, expires, now, clerk);
            session.flush();
            return new CreatedAccount(account.summary(), password, expires);
        });
    }

    /** Saves a clerk's edit made on {@code version}; refused if someone else saved the account meanwhile. */
    public AccountSummary updateAccount(long accountId, long version, AccountDetails details, SignedInUser who) {
        who.require(Permission.MANAGE_ACCOUNTS);
        String clerk = who.username();
        AccountDetails d = rules.normalised(details);
        requireValid(d);
        return database.fromTransaction(session -> {
            PortalAccount account = loadAtVersion(session, accountId, version);
            if (!account.getUsername().equals(d.username())) {
                throw new UserFacingException("The " + (d.type() == AccountType.CONTRACTOR ? "licence number"
                        : "email") + " is the sign-in name of this account and cannot be changed here. "
                        + "Disable this account and create a new one instead.");
            }
            duplicates(session, d, accountId).sameUsername().ifPresent(existing -> {
                throw new UserFacingException(alreadyHasAccount(d, existing));
            });
            account.change(d, clock.instant(), clerk);
            Database.stampAuditUser(session, clerk);
            session.flush();
            return account.summary();
        });
    }

    public AccountSummary setDisabled(long accountId, long version, boolean disabled, SignedInUser who) {
        who.require(Permission.MANAGE_ACCOUNTS);
        String clerk = who.username();
        return database.fromTransaction(session -> {
            PortalAccount account = loadAtVersion(session, accountId, version);
            account.setDisabled(disabled, clock.instant(), clerk);
            Database.stampAuditUser(session, clerk);
            session.flush();
            return account.summary();
        });
    }

    public Optional<AccountSummary> findAccount(long accountId) {
        return database.fromTransaction(session ->
                Optional.ofNullable(session.find(PortalAccount.class, accountId)).map(PortalAccount::summary));
    }

    /** Accounts whose name, business, licence, email or phone contain what was typed (at most 200). */
    public List<AccountSummary> searchAccounts(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        String digits = text.replaceAll("\\D", "");
        return database.fromTransaction(session -> session.createSelectionQuery("""
                        from PortalAccount a
                        where :text = '' or a.username like :like escape '\\' or a.emailKey like :like escape '\\'
                           or lower(a.businessName) like :like escape '\\' or lower(a.contactName) like :like escape '\\'
                           or (:digits <> '' and (a.phoneDigits like :digitsLike or a.cslbNumber = :digits))
                        order by lower(coalesce(a.businessName, a.contactName)), a.id""", PortalAccount.class)
                .setParameter("text", text)
                .setParameter("like", "%" + escapeLike(text) + "%")
                .setParameter("digits", digits.length() >= 3 ? digits : "")
                .setParameter("digitsLike", "%" + digits + "%")
                .setMaxResults(MAX_LISTED)
                .getResultStream().map(PortalAccount::summary).toList());
    }

    private DuplicateCheck duplicates(Session session, AccountDetails d, Long exceptId) {
        Optional<AccountSummary> sameUsername = Optional.empty();
        if (d.username() != null) {
            sameUsername = session.createSelectionQuery("from PortalAccount a where a.username = :username",
                            PortalAccount.class)
                    .setParameter("username", d.username()).uniqueResultOptional()
                    .filter(a -> !a.getId().equals(exceptId)).map(PortalAccount::summary);
        }
        Map<Long, DuplicateCheck.LikelyDuplicate> likely = new LinkedHashMap<>();
        for (PortalAccount candidate : candidates(session, d)) {
            if (candidate.getId().equals(exceptId) || sameUsername.map(s -> s.id() == candidate.getId()).orElse(false)) {
                continue;
            }
            List<String> reasons = reasons(d, candidate.summary().details());
            if (!reasons.isEmpty()) {
                likely.put(candidate.getId(), new DuplicateCheck.LikelyDuplicate(candidate.summary(), reasons));
            }
        }
        return new DuplicateCheck(sameUsername, List.copyOf(likely.values()));
    }

    private List<PortalAccount> candidates(Session session, AccountDetails d) {
        String email = d.email() == null ? null : AccountRules.emailKey(d.email());
        String phone = AccountRules.phoneDigits(d.phone());
        String business = SimilarNames.longestWord(d.businessName());
        String person = SimilarNames.longestWord(d.contactName());
        return session.createSelectionQuery("""
                        from PortalAccount a
                        where (:email <> '' and a.emailKey = :email) or (:phone <> '' and a.phoneDigits = :phone)
                           or (:business <> '%%' and lower(a.businessName) like :business escape '\\')
                           or (:person <> '%%' and lower(a.contactName) like :person escape '\\')
                        order by a.id""", PortalAccount.class)
                .setParameter("email", email == null ? "" : email)
                .setParameter("phone", phone == null ? "" : phone)
                .setParameter("business", "%" + (business == null ? "" : escapeLike(business)) + "%")
                .setParameter("person", "%" + (person == null ? "" : escapeLike(person)) + "%")
                .setMaxResults(100).getResultList();
    }

    private static List<String> reasons(AccountDetails wanted, AccountDetails existing) {
        List<String> reasons = new ArrayList<>();
        if (wanted.email() != null && AccountRules.emailKey(wanted.email()).equals(AccountRules.emailKey(existing.email()))) {
            reasons.add("same email");
        }
        String phone = AccountRules.phoneDigits(wanted.phone());
        if (phone != null && phone.equals(AccountRules.phoneDigits(existing.phone()))) {
            reasons.add("same phone");
        }
        if (SimilarNames.similar(wanted.businessName(), existing.businessName())) {
            reasons.add("similar business name");
        }
        if (SimilarNames.similar(wanted.contactName(), existing.contactName())) {
            reasons.add("similar name");
        }
        return reasons;
    }

    private void requireValid(AccountDetails d) {
        if (d.type() == null) {
            throw new UserFacingException("Choose the kind of account: contractor, property owner or design professional.");
        }
        Map<RequestField, String> problems = rules.problems(d);
        if (!problems.isEmpty()) {
            throw new UserFacingException("Fix " + problems.size() + (problems.size() == 1 ? " field" : " fields")
                    + " first: " + String.join(" ", problems.values()));
        }
    }

    private static String alreadyHasAccount(AccountDetails d, AccountSummary existing) {
        String what = d.type() == AccountType.CONTRACTOR ? "Licence " + d.cslbNumber() : d.username();
        return what + " already has an account (" + existing.displayName() + ", created "
                + Formats.dateTime(existing.createdAt()) + "). Link the request to that account instead of creating one.";
    }

    private PortalAccount load(Session session, long accountId) {
        PortalAccount account = session.find(PortalAccount.class, accountId);
        if (account == null) {
            throw new UserFacingException("That account no longer exists. Search again.");
        }
        return account;
    }

    private PortalAccount loadAtVersion(Session session, long accountId, long version) {
        PortalAccount account = load(session, accountId);
        if (account.getVersion() != version) {
            AccountSummary now = account.summary();
            throw new UserFacingException("This account was changed by " + now.updatedBy() + " at "
                    + Formats.dateTime(now.updatedAt()) + " while you were editing. Your changes are still in the "
                    + "form: reload the account to see theirs, then make yours again.");
        }
        return account;
    }

    private int temporaryPasswordDays(Session session) {
        return session.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = :key", String.class)
                .setParameter("key", TEMPORARY_PASSWORD_DAYS_SETTING).uniqueResultOptional()
                .map(value -> {
                    try {
                        return Math.max(1, Integer.parseInt(value.strip()));
                    } catch (NumberFormatException e) {
                        return DEFAULT_TEMPORARY_PASSWORD_DAYS;
                    }
                })
                .orElse(DEFAULT_TEMPORARY_PASSWORD_DAYS);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
