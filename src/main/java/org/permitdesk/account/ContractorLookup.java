package org.permitdesk.account;

import java.util.Optional;
import org.permitdesk.permit.PermitCatalog;

/**
 * Finds a contractor for a permit by CSLB licence number: the portal account with that licence first,
 * then the imported CSLB licence file; with the licence's status (flagged when suspended, inactive or expired).
 */
public final class ContractorLookup implements PermitCatalog.ContractorDirectory {

    private final AccountService accounts;
    private final LicenceCheck licences;
    private final java.util.function.Function<String, Optional<String>> cslbBusinessName;

    public ContractorLookup(AccountService accounts, LicenceCheck licences,
                            java.util.function.Function<String, Optional<String>> cslbBusinessName) {
        this.accounts = accounts;
        this.licences = licences;
        this.cslbBusinessName = cslbBusinessName;
    }

    @Override
    public Optional<PermitCatalog.AccountContact> findByEmail(String email) {
        String key = AccountRules.emailKey(email);
        if (!key.contains("@")) {
            return Optional.empty();
        }
        return accounts.searchAccounts(key).stream().filter(a -> key.equals(a.username())).findFirst()
                .map(a -> new PermitCatalog.AccountContact(a.username(), a.details().contactName(),
                        a.details().businessName(), a.details().phone(), a.type().displayName(), a.id()));
    }

    @Override
    public Optional<PermitCatalog.ContractorOption> findByLicence(String licence) {
        LicenceCheck.Result status = licences.check(licence);
        Optional<AccountSummary> account = accounts.searchAccounts(licence).stream()
                .filter(a -> licence.equals(a.username())).findFirst();
        if (account.isPresent()) {
            AccountDetails d = account.get().details();
            return Optional.of(new PermitCatalog.ContractorOption(licence, d.businessName(), d.contactName(), d.phone(),
                    d.email(), "Portal account " + licence + (status.text().isEmpty() ? "" : ". " + status.text()),
                    status.flagged(), account.get().id()));
        }
        return cslbBusinessName.apply(licence).map(name -> new PermitCatalog.ContractorOption(licence, name, null, null,
                null, "No portal account yet. " + status.text(), status.flagged(), null));
    }
}
