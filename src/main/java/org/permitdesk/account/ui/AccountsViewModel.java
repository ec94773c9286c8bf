package org.permitdesk.account.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.permitdesk.platform.UserMessages;
import org.permitdesk.staff.SignedInUser;

/**
 * The accounts screen: find accounts by name, business, licence, email or phone; edit one (refused with
 * the other person's name when someone saved it meanwhile — the clerk's edits stay in the form);
 * disable or enable it; issue a new temporary password.
 */
public final class AccountsViewModel {

    private final TaskRunner tasks;
    private final AccountService accounts;
    private final AccountMail mail;
    private final LicenceCheck licences;
    private final SignedInUser clerk;
    private final Consumer<AccountRequestsViewModel.Credentials> showCredentials;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<AccountSummary> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AccountSummary> selected = new ReadOnlyObjectWrapper<>();
    private final AccountFormViewModel form;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<LicenceCheck.Result> licence = new ReadOnlyObjectWrapper<>(LicenceCheck.Result.NONE);
    private final BooleanBinding canEdit;
    private long searchGeneration;

    public AccountsViewModel(TaskRunner tasks, AccountService accounts, AccountMail mail, LicenceCheck licences,
                             SignedInUser clerk, Consumer<AccountRequestsViewModel.Credentials> showCredentials) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.mail = mail;
        this.licences = licences;
        this.clerk = clerk;
        this.showCredentials = showCredentials;
        this.form = new AccountFormViewModel(accounts.rules());
        canEdit = Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get(), selected, busy);
    }

    /** Finds accounts matching what was typed (all accounts, alphabetically, when nothing is typed). */
    public void search() {
        long generation = ++searchGeneration;
        String typed = query.get();
        run(() -> accounts.searchAccounts(typed), found -> {
            if (generation == searchGeneration) {
                results.setAll(found);
                say(found.isEmpty() ? "No accounts match \u201c" + typed.strip() + "\u201d."
                        : found.size() == 1 ? "1 account" : found.size() + " accounts", false);
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
        say(describe(account), false);
        licence.set(LicenceCheck.Result.NONE);
        if (account.type() == AccountType.CONTRACTOR) {
            tasks.run(() -> licences.check(account.details().cslbNumber()), result -> {
                if (selected.get() != null && selected.get().id() == account.id()) {
                    licence.set(result);
                }
            }, failure -> say(UserMessages.describe(failure), true));
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
            say("Fix the fields flagged in red first.", true);
            return;
        }
        var details = form.details();
        run(() -> accounts.updateAccount(account.id(), account.version(), details, clerk), saved -> {
            replace(saved);
            say("Saved. " + describe(saved), false);
        });
    }

    public void toggleDisabled() {
        AccountSummary account = selected.get();
        if (account != null) {
            run(() -> accounts.setDisabled(account.id(), account.version(), !account.disabled(), clerk), saved -> {
                replace(saved);
                form.fill(saved.details(), java.util.List.of());
                say((saved.disabled() ? "Account disabled: it can't sign in. " : "Account enabled. ") + describe(saved),
                        false);
            });
        }
    }

    /** A new one-time password (the old one stops working), shown once and emailed. */
    public void issueNewTemporaryPassword() {
        AccountSummary account = selected.get();
        if (account != null) {
            run(() -> {
                CreatedAccount created = accounts.issueNewTemporaryPassword(account.id(), clerk);
                return new AccountRequestsViewModel.Credentials(created, mail.sendWelcome(created));
            }, credentials -> {
                replace(credentials.created().account());
                say("New temporary password issued. " + credentials.welcomeMail(), false);
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
                + (account.mustChangePassword() ? " \u00b7 temporary password until "
                + Formats.dateTime(account.passwordExpiresAt()) : "")
                + " \u00b7 last changed by " + account.updatedBy() + ", " + Formats.dateTime(account.updatedAt());
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            say(UserMessages.describe(failure), true);
        });
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
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
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canEditProperty() {
        return canEdit;
    }
}
