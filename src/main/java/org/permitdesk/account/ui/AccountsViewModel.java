package org.permitdesk.account.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.account.AccountMail;
import org.permitdesk.account.AccountService;
import org.permitdesk.account.AccountSummary;
import org.permitdesk.account.CreatedAccount;
import org.permitdesk.account.LicenceCheck;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/**
 * The accounts screen: find accounts by name, business, licence, email or phone; edit one (refused with
 * the other person's name when someone saved it meanwhile — the clerk's edits stay in the form);
 * disable or enable it; issue a new temporary password.
 */
public final class AccountsViewModel {

    private final ScreenWork work;
    private final AccountService accounts;
    private final AccountMail mail;
    private final LicenceCheck licences;
    private final SignedInUser clerk;
    private final Consumer<AccountRequestsViewModel.Credentials> showCredentials;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<AccountSummary> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AccountSummary> selected = new ReadOnlyObjectWrapper<>();
    private final AccountFormViewModel form;
    private final ReadOnlyObjectWrapper<LicenceCheck.Result> licence = new ReadOnlyObjectWrapper<>(LicenceCheck.Result.NONE);
    private final BooleanBinding canEdit;
    private long searchGeneration;

    public AccountsViewModel(TaskRunner tasks, AccountService accounts, AccountMail mail, LicenceCheck licences,
                             SignedInUser clerk, Consumer<AccountRequestsViewModel.Credentials> showCredentials) {
        this.work = new ScreenWork(tasks);
        this.accounts = accounts;
        this.mail = mail;
        this.licences = licences;
        this.clerk = clerk;
        this.showCredentials = showCredentials;
        this.form = new AccountFormViewModel(accounts.rules());
        canEdit = Bindings.createBooleanBinding(() -> selected.get() != null && !work.isBusy(), selected,
                work.busyProperty());
    }

    /** Finds accounts matching what was typed (all accounts, alphabetically, when nothing is typed). */
    public void search() {
        long generation = ++searchGeneration;
        String typed = query.get();
        work.run(() -> accounts.searchAccounts(typed), found -> {
            if (generation == searchGeneration) {
                results.setAll(found);
                work.say(found.isEmpty() ? Texts.get("accounts.none", typed.strip())
                        : found.size() == 1 ? Texts.get("accounts.one") : Texts.get("accounts.many", found.size()));
            }
        });
    }

    public void select(AccountSummary account) {
        selected.set(account);
        if (account == null) {
            form.clear();
            return;
        }
        form.fill(account.details(), java.util.List.of());
        work.say(describe(account));
        licence.set(LicenceCheck.Result.NONE);
        if (account.type() == AccountType.CONTRACTOR) {
            work.runQuietly(() -> licences.check(account.details().cslbNumber()), result -> {
                if (selected.get() != null && selected.get().id() == account.id()) {
                    licence.set(result);
                }
            }, work::fail);
        }
    }

    /** The selected contractor's licence status from the CSLB file (nothing for other accounts). */
    public ReadOnlyObjectProperty<LicenceCheck.Result> licenceProperty() {
        return licence.getReadOnlyProperty();
    }

    /** Saves the form; when someone else saved the account meanwhile, says who and keeps the clerk's edits. */
    public void save() {
        AccountSummary account = selected.get();
        if (account == null) {
            return;
        }
        if (!form.validProperty().get()) {
            work.sayError(Texts.get("accounts.fixFields"));
            return;
        }
        var details = form.details();
        work.run(() -> accounts.updateAccount(account.id(), account.version(), details, clerk), saved -> {
            replace(saved);
            work.say(Texts.get("accounts.saved", describe(saved)));
        });
    }

    public void toggleDisabled() {
        AccountSummary account = selected.get();
        if (account != null) {
            work.run(() -> accounts.setDisabled(account.id(), account.version(), !account.disabled(), clerk), saved -> {
                replace(saved);
                form.fill(saved.details(), java.util.List.of());
                work.say(Texts.get(saved.disabled() ? "accounts.disabled" : "accounts.enabled", describe(saved)));
            });
        }
    }

    /** A new one-time password (the old one stops working), shown once and emailed. */
    public void issueNewTemporaryPassword() {
        AccountSummary account = selected.get();
        if (account != null) {
            work.run(() -> {
                CreatedAccount created = accounts.issueNewTemporaryPassword(account.id(), clerk);
                return new AccountRequestsViewModel.Credentials(created, mail.sendWelcome(created));
            }, credentials -> {
                replace(credentials.created().account());
                work.say(Texts.get("accounts.newPasswordIssued", credentials.welcomeMail()));
                showCredentials.accept(credentials);
            });
        }
    }

    private void replace(AccountSummary saved) {
        results.replaceAll(a -> a.id() == saved.id() ? saved : a);
        selected.set(saved);
    }

    private static String describe(AccountSummary account) {
        return account.type().displayName() + " account " + account.username()
                + (account.disabled() ? " (disabled)" : "")
                + (account.mustChangePassword() ? Texts.get("accounts.describe.temporary", Formats.dateTime(account.passwordExpiresAt())) : "")
                + Texts.get("accounts.describe.changed", account.updatedBy(), Formats.dateTime(account.updatedAt()));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<AccountSummary> results() {
        return results;
    }

    public ReadOnlyObjectProperty<AccountSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public AccountFormViewModel form() {
        return form;
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return work.messageIsErrorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public BooleanBinding canEditProperty() {
        return canEdit;
    }
}
