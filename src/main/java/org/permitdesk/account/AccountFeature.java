package org.permitdesk.account;

import java.util.Optional;
import org.permitdesk.account.cslb.CslbImportService;
import org.permitdesk.account.cslb.CslbLicenceCheck;
import org.permitdesk.account.cslb.CslbLicenceService;
import org.permitdesk.account.cslb.LicenceGuard;
import org.permitdesk.account.cslb.LicenceStatus;
import org.permitdesk.permit.PermitCatalog;
import org.permitdesk.permit.PermitGuard;
import org.permitdesk.platform.AppContext;
import org.permitdesk.platform.mail.MailboxReader;
import org.permitdesk.platform.security.PasswordHasher;

/**
 * The account feature's services (portal accounts, emailed requests, CSLB licences), built once per application
 * context (decision record 13). What it lends the permit feature (contractors, the licence guard) is handed over
 * by the composition, so that permit never depends on account.
 */
public final class AccountFeature {

    private final AccountService accounts;
    private final AccountRequestService requests;
    private final AccountMail mail;
    private final Optional<MailboxPoller> mailbox;
    private final CslbLicenceService cslbLicences;
    private final CslbImportService cslbImport;
    private final LicenceCheck licences;
    private final ContractorLookup contractors;
    private final LicenceGuard licenceGuard;

    public AccountFeature(AppContext context) {
        accounts = new AccountService(context.database(), new PasswordHasher(), context.clock());
        requests = new AccountRequestService(context.database(), context.clock());
        mail = new AccountMail(context.mailer(), context.permitCenter(), null);
        mailbox = context.mail().imapConfigured() ? Optional.of(new MailboxPoller(new MailboxReader(context.mail()),
                requests, context.mail().imap().pollIntervalMinutes())) : Optional.empty();
        cslbLicences = new CslbLicenceService(context.database());
        cslbImport = new CslbImportService(context.database(), context.clock());
        licences = new CslbLicenceCheck(cslbLicences, context.clock());
        contractors = new ContractorLookup(accounts, licences,
                licence -> cslbLicences.find(licence).map(LicenceStatus::businessName));
        licenceGuard = new LicenceGuard(cslbLicences);
    }

    public AccountService accounts() {
        return accounts;
    }

    /** Emailed and entered account requests. */
    public AccountRequestService requests() {
        return requests;
    }

    /** Welcome mails and replies to requests. */
    public AccountMail mail() {
        return mail;
    }

    /** The permit center's mailbox, when one is set up in the mail settings. */
    public Optional<MailboxPoller> mailbox() {
        return mailbox;
    }

    /** Contractors' licences from the last CSLB import. */
    public CslbLicenceService cslbLicences() {
        return cslbLicences;
    }

    /** Imports the CSLB licence master file (plain JDBC: works on a context opened for JDBC only). */
    public CslbImportService cslbImport() {
        return cslbImport;
    }

    /** The licence line of the account form. */
    public LicenceCheck licences() {
        return licences;
    }

    /** Contractors for the new-permit form (accounts and licences). */
    public PermitCatalog.ContractorDirectory contractors() {
        return contractors;
    }

    /** Refuses to issue a permit to a contractor without an active licence. */
    public PermitGuard licenceGuard() {
        return licenceGuard;
    }
}
