package org.permitdesk.staff.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.StaffService;

/**
 * First start on a new shared database: nobody can sign in, so the app asks for the first administrator.
 * Problems are listed as the person types; nothing typed is lost when creating fails.
 */
public final class FirstAdministratorViewModel {

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeatPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");

    private final ScreenWork work;
    private final StaffService staff;
    private final Consumer<SignedInUser> onCreated;
    private boolean triedOnce;

    public FirstAdministratorViewModel(TaskRunner tasks, StaffService staff, Consumer<SignedInUser> onCreated) {
        this.work = new ScreenWork(tasks);
        this.staff = staff;
        this.onCreated = onCreated;
        for (StringProperty field : List.of(username, fullName, password, repeatPassword)) {
            field.addListener((obs, was, now) -> {
                if (triedOnce) {
                    validate();
                }
            });
        }
    }

    /** Lists what is wrong; true when the administrator can be created. */
    public boolean validate() {
        List<String> found = StaffService.problemsWithNewUser(username.get(), fullName.get(), password.get(),
                repeatPassword.get());
        problems.set(String.join("\n", found));
        return found.isEmpty();
    }

    public void create() {
        triedOnce = true;
        work.clearMessage();
        if (!validate() || work.isBusy()) {
            return;
        }
        String name = username.get();
        String full = fullName.get();
        String secret = password.get();
        work.run(() -> staff.createFirstAdministrator(name, full, secret), onCreated,
                error -> work.sayError(Texts.get("firstAdmin.failed", UserMessages.describe(error))));
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatPasswordProperty() {
        return repeatPassword;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
