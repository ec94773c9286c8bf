package org.permitdesk.account.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.account.AccountDetails;
import org.permitdesk.account.AccountMail;
import org.permitdesk.account.AccountRequestService;
import org.permitdesk.account.AccountService;
import org.permitdesk.account.CreatedAccount;
import org.permitdesk.account.DuplicateCheck;
import org.permitdesk.account.LicenceCheck;
import org.permitdesk.account.MailboxPoller;
import org.permitdesk.account.RequestDetail;
import org.permitdesk.account.RequestSummary;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/**
 * The requests inbox: the list of requests, the selected one's original message beside the account form
 * (filled by the parser), the duplicate check and licence status as the clerk types, and the decisions:
 * create the account, link to an existing one, ask for missing info, reject, not an account request.
 */
public final class AccountRequestsViewModel {

    /** What the clerk sees once after creating an account: the credentials and how the welcome email went. */
    public record Credentials(CreatedAccount created, String welcomeMail) {
    }

    private final ScreenWork work;
    private final AccountRequestService requestService;
    private final AccountService accountService;
    private final AccountMail mail;
    private final LicenceCheck licences;
    private final Optional<MailboxPoller> mailbox;
    private final SignedInUser clerk;
    private final Consumer<Credentials> showCredentials;

    private final ObservableList<RequestSummary> requests = FXCollections.observableArrayList();
    private final BooleanProperty showHandled = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<RequestDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper originalText = new ReadOnlyStringWrapper("");
    private final AccountFormViewModel form;
    private final ObjectProperty<DuplicateCheck> duplicates = new SimpleObjectProperty<>(DuplicateCheck.none());
    private final ReadOnlyStringWrapper licenceNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LicenceCheck.Standing> licenceStanding =
            new ReadOnlyObjectWrapper<>(LicenceCheck.Standing.NONE);
    private final BooleanBinding canDecide;
    private final BooleanBinding canCreate;
    private long checkGeneration;
    private long selectGeneration;

    public AccountRequestsViewModel(TaskRunner tasks, AccountRequestService requestService,
                                    AccountService accountService, AccountMail mail, LicenceCheck licences,
                                    Optional<MailboxPoller> mailbox, SignedInUser clerk, Consumer<Credentials> showCredentials) {
        this.work = new ScreenWork(tasks);
        this.requestService = requestService;
        this.accountService = accountService;
        this.mail = mail;
        this.licences = licences;
        this.mailbox = mailbox;
        this.clerk = clerk;
        this.showCredentials = showCredentials;
        this.form = new AccountFormViewModel(accountService.rules());
        form.onChange(this::checkDuplicatesAndLicence);
        showHandled.addListener((obs, old, now) -> refresh());
        canDecide = Bindings.createBooleanBinding(() -> detail.get() != null
                && detail.get().summary().status().isOpen() && !work.isBusy(), detail, work.busyProperty());
        canCreate = Bindings.createBooleanBinding(() -> canDecide.get() && form.validProperty().get()
                && !duplicates.get().blocksCreating(), canDecide, form.validProperty(), duplicates);
    }

    public void refresh() {
        Long selectedId = detail.get() == null ? null : detail.get().summary().id();
        work.run(() -> requestService.inbox(showHandled.get()), list -> {
            requests.setAll(list);
            if (selectedId != null && list.stream().noneMatch(r -> r.id() == selectedId)) {
                select(null);
            }
        });
    }

    /** Shows a request: its original message beside the form the parser filled. */
    public void select(RequestSummary request) {
        long generation = ++selectGeneration;
        if (request == null) {
            detail.set(null);
            originalText.set("");
            form.clear();
            duplicates.set(DuplicateCheck.none());
            return;
        }
        work.run(() -> requestService.open(request.id()), opened -> {
            if (generation == selectGeneration) {
                show(opened);
            }
        });
    }

    private void show(RequestDetail opened) {
        detail.set(opened);
        originalText.set(opened.originalText());
        if (opened.readable() && opened.parsed().isAccountRequest()) {
            form.fill(AccountDetails.from(opened.parsed()), opened.parsed().problems());
        } else {
            form.clear();
        }
        if (!opened.readable()) {
            work.sayError(Texts.get("requests.unreadable", opened.unreadable()));
        } else if (!opened.summary().status().isOpen()) {
            work.say(opened.summary().status().label() + statusDetail(opened.summary()));
        } else {
            int problems = opened.parsed().problems().size();
            work.say(problems == 0 ? Texts.get("requests.complete") : Texts.get("requests.problems", problems));
        }
    }

    public void addPasted(String text) {
        work.run(() -> requestService.addPasted(text), added -> afterAdding(List.of(added)));
    }

    public void addFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        work.run(() -> files.stream().map(requestService::addFile).toList(), this::afterAdding);
    }

    public void checkMailbox() {
        mailbox.ifPresent(poller -> work.run(poller::fetchNow, count -> {
            work.say(count == 0 ? Texts.get("requests.mailbox.none") : Texts.get("requests.mailbox.added", count));
            refresh();
        }));
    }

    /** The background mailbox check failed: say so (the requests already here are unaffected). */
    public void showMailboxProblem(String problem) {
        work.sayError(Texts.get("requests.mailbox.failed", problem));
    }

    private void afterAdding(List<AccountRequestService.Added> added) {
        long already = added.stream().filter(AccountRequestService.Added::alreadyInInbox).count();
        long fresh = added.size() - already;
        work.say(Texts.get("requests.added", fresh)
                + (already > 0 ? Texts.get("requests.alreadyInInbox", already) : ""));
        refresh();
        added.stream().map(AccountRequestService.Added::request).reduce((first, second) -> second).ifPresent(this::select);
    }

    /** Creates the account from the form, links the request, sends (or saves) the welcome email. */
    public void createAccount() {
        if (!canCreate.get()) {
            work.sayError(createBlockedReason());
            return;
        }
        long requestId = detail.get().summary().id();
        AccountDetails details = form.details();
        work.run(() -> {
            CreatedAccount created = accountService.createAccount(details, clerk, requestId);
            return new Credentials(created, mail.sendWelcome(created));
        }, credentials -> {
            work.say(Texts.get("requests.created", credentials.created().account().username(), credentials.welcomeMail()));
            showCredentials.accept(credentials);
            refresh();
            select(null);
        });
    }

    /** Links the request to the account that already has this licence (or email). */
    public void linkToExisting() {
        duplicates.get().sameUsername().ifPresent(existing -> work.run(
                () -> requestService.linkToExisting(detail.get().summary().id(), existing.id(), clerk), done -> {
                    work.say(Texts.get("requests.linked", existing.username()));
                    refresh();
                    select(null);
                }));
    }

    /** Sends the "we still need…" reply listing the form's problems, and marks the request as waiting. */
    public void askForMissingInfo() {
        RequestDetail current = detail.get();
        List<String> missing = form.problemLines();
        if (current == null || missing.isEmpty()) {
            work.sayError(Texts.get("requests.nothingMissing"));
            return;
        }
        work.run(() -> {
            String outcome = mail.askForMissingInfo(current, missing);
            requestService.markNeedsInfo(current.summary().id(), String.join(" ", missing), clerk);
            return outcome;
        }, outcome -> {
            work.say(Texts.get("requests.needsInfo", outcome));
            refresh();
        });
    }

    public void reject(String reason) {
        decide(() -> requestService.reject(detail.get().summary().id(), reason, clerk), Texts.get("requests.rejected"));
    }

    public void markNotAnAccountRequest() {
        decide(() -> requestService.markNotAnAccountRequest(detail.get().summary().id(), clerk),
                Texts.get("requests.notARequest"));
    }

    public void reopen() {
        if (detail.get() != null) {
            long id = detail.get().summary().id();
            work.run(() -> requestService.reopen(id, clerk), reopened -> {
                work.say(Texts.get("requests.reopened"));
                refresh();
                select(reopened);
            });
        }
    }

    private void decide(java.util.concurrent.Callable<RequestSummary> decision, String done) {
        if (detail.get() == null) {
            return;
        }
        work.run(decision, decided -> {
            work.say(done);
            refresh();
            select(null);
        });
    }

    private void checkDuplicatesAndLicence() {
        long generation = ++checkGeneration;
        AccountDetails details = form.details();
        if (details.type() == null) {
            duplicates.set(DuplicateCheck.none());
            licenceNotice.set("");
            licenceStanding.set(LicenceCheck.Standing.NONE);
            return;
        }
        work.runQuietly(() -> new Checked(accountService.findDuplicates(details, null),
                details.type() == AccountType.CONTRACTOR ? licences.check(details.cslbNumber()) : LicenceCheck.Result.NONE),
                checked -> {
                    if (generation == checkGeneration) {
                        duplicates.set(checked.duplicates());
                        licenceNotice.set(checked.licence().text());
                        licenceStanding.set(checked.licence().standing());
                    }
                }, failure -> work.sayError(Texts.get("requests.duplicates.failed", UserMessages.describe(failure))));
    }

    private record Checked(DuplicateCheck duplicates, LicenceCheck.Result licence) {
    }

    private String createBlockedReason() {
        if (detail.get() == null) {
            return Texts.get("requests.blocked.noRequest");
        }
        if (!detail.get().summary().status().isOpen()) {
            return Texts.get("requests.blocked.closed", detail.get().summary().status().label());
        }
        if (duplicates.get().blocksCreating()) {
            return Texts.get(form.details().type() == AccountType.CONTRACTOR
                    ? "requests.blocked.licenceTaken" : "requests.blocked.emailTaken");
        }
        return Texts.get("requests.blocked.fixFields");
    }

    private static String statusDetail(RequestSummary summary) {
        StringBuilder text = new StringBuilder();
        if (summary.statusReason() != null) {
            text.append(": ").append(summary.statusReason());
        }
        if (summary.handledBy() != null) {
            text.append(" (").append(summary.handledBy()).append(", ")
                    .append(org.permitdesk.platform.Formats.dateTime(summary.handledAt())).append(')');
        }
        return text.toString();
    }

    public ObservableList<RequestSummary> requests() {
        return requests;
    }

    public BooleanProperty showHandledProperty() {
        return showHandled;
    }

    public ReadOnlyObjectProperty<RequestDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty originalTextProperty() {
        return originalText.getReadOnlyProperty();
    }

    public AccountFormViewModel form() {
        return form;
    }

    public ObjectProperty<DuplicateCheck> duplicatesProperty() {
        return duplicates;
    }

    public ReadOnlyStringProperty licenceNoticeProperty() {
        return licenceNotice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LicenceCheck.Standing> licenceStandingProperty() {
        return licenceStanding.getReadOnlyProperty();
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

    public BooleanBinding canDecideProperty() {
        return canDecide;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public boolean hasMailbox() {
        return mailbox.isPresent();
    }
}
