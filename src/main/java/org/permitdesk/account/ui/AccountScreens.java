package org.permitdesk.account.ui;

import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.account.AccountFeature;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.Dialogs;
import org.permitdesk.platform.ui.ViewLoader;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.ui.Section;
import org.permitdesk.ui.SectionScreen;
import org.permitdesk.ui.SectionScreens;

/**
 * The account feature's screens for the signed-in user, wired to its services (decision record 13): account
 * requests, accounts, the CSLB licence file. The requests screen hears of each mailbox check.
 */
public final class AccountScreens implements SectionScreens {

    private final AccountFeature accounts;
    private final Optional<String> mailProblem;
    private final TaskRunner tasks;
    private final SignedInUser user;
    private final ViewLoader views;
    private final Window owner;
    private volatile AccountRequestsViewModel requests;

    /** {@code mailProblem}: why the mail settings cannot be used, told when the requests screen opens. */
    public AccountScreens(AccountFeature accounts, Optional<String> mailProblem, TaskRunner tasks, SignedInUser user,
                          ViewLoader views, Window owner) {
        this.accounts = accounts;
        this.mailProblem = mailProblem;
        this.tasks = tasks;
        this.user = user;
        this.views = views;
        this.owner = owner;
    }

    @Override
    public Map<Section, SectionScreen> sections() {
        return Map.of(Section.REQUESTS, new SectionScreen(Texts.get("tab.requests"), this::requests),
                Section.ACCOUNTS, new SectionScreen(Texts.get("tab.accounts"), this::accounts),
                Section.LICENCES, new SectionScreen(Texts.get("tab.licences"), this::licenceFile));
    }

    /** Emailed and entered account requests; a mistake in the mail settings is told once the tab is open. */
    public Parent requests() {
        AccountRequestsViewModel viewModel = new AccountRequestsViewModel(tasks, accounts.requests(),
                accounts.accounts(), accounts.mail(), accounts.licences(), accounts.mailbox(), user,
                credentials -> CredentialsDialog.show(owner, credentials.created(), credentials.welcomeMail()));
        Parent root = views.load(new AccountRequestsView(viewModel));
        requests = viewModel;
        mailProblem.ifPresent(problem -> Platform.runLater(() -> Dialogs.error(owner, Texts.get("mail.problem.title"),
                Texts.get("mail.problem", problem))));
        return root;
    }

    public Parent accounts() {
        AccountsView view = new AccountsView(new AccountsViewModel(tasks, accounts.accounts(), accounts.mail(),
                accounts.licences(), user, credentials -> CredentialsDialog.show(owner, credentials.created(),
                credentials.welcomeMail())));
        Parent root = views.load(view);
        Platform.runLater(view::focusSearch);
        return root;
    }

    /** The CSLB licence master file: its last import, a new import, a look-up. */
    public Parent licenceFile() {
        return views.load(new LicenceFileView(new LicenceFileViewModel(tasks, accounts.cslbImport(),
                accounts.cslbLicences(), accounts.licences(), user)));
    }

    /** A mailbox check (in the background) added {@code added} requests: the open requests screen shows them. */
    public void mailboxChecked(int added) {
        AccountRequestsViewModel open = requests;
        if (added > 0 && open != null) {
            tasks.onUi(open::refresh);
        }
    }

    /** A mailbox check (in the background) failed: the open requests screen says why. */
    public void mailboxFailed(String problem) {
        AccountRequestsViewModel open = requests;
        if (open != null) {
            tasks.onUi(() -> open.showMailboxProblem(problem));
        }
    }
}
