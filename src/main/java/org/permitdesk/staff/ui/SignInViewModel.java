package org.permitdesk.staff.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.staff.SignInResult;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.StaffService;
import org.permitdesk.staff.StaffUser;

/** State and command of the sign-in window. It opens before the database is ready and waits for it. */
public final class SignInViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Opening the database…");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper demoHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper databaseLabel = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSignIn;

    private final TaskRunner tasks;
    private final Clock clock;
    private final Consumer<SignedInUser> onSignedIn;
    private StaffService staff;
    private boolean signInWhenReady;

    public SignInViewModel(TaskRunner tasks, Clock clock, Consumer<SignedInUser> onSignedIn) {
        this.tasks = tasks;
        this.clock = clock;
        this.onSignedIn = onSignedIn;
        canSignIn = ready.and(busy.not())
                .and(Bindings.createBooleanBinding(() -> !username.get().isBlank() && !password.get().isEmpty(),
                        username, password));
    }

    /** The database is open: sign-in may start. {@code demoHint} is empty except on the demo database. */
    public void databaseReady(StaffService staffService, String database, String hint) {
        this.staff = staffService;
        databaseLabel.set(database);
        demoHint.set(hint);
        busy.set(false);
        ready.set(true);
        show("", false);
        if (signInWhenReady) {
            signInWhenReady = false;
            signIn();
        }
    }

    /** Signs in; pressed while the database is still opening, it signs in as soon as it is open. */
    public void signIn() {
        if (!ready.get() && !username.get().isBlank() && !password.get().isEmpty()) {
            signInWhenReady = true;
            show("Opening the database\u2026 you will be signed in as soon as it is ready.", false);
            return;
        }
        if (!canSignIn.get()) {
            if (ready.get() && !busy.get()) {
                show(username.get().isBlank() ? "Enter your username." : "Enter your password.", true);
            }
            return;
        }
        String name = username.get();
        String secret = password.get();
        busy.set(true);
        show("Signing in…", false);
        tasks.run(() -> staff.signIn(name, secret), this::signInAnswered, failure -> {
            busy.set(false);
            show("Cannot sign in: " + UserMessages.describe(failure) + " Try again.", true);
        });
    }

    private void signInAnswered(SignInResult result) {
        busy.set(false);
        if (result instanceof SignInResult.SignedIn signedIn) {
            show("", false);
            password.set("");
            onSignedIn.accept(signedIn.user());
        } else if (result instanceof SignInResult.WrongCredentials) {
            show(wrongCredentialsMessage(), true);
        } else if (result instanceof SignInResult.Locked locked) {
            long minutes = Math.max(1, (Duration.between(clock.instant(), locked.until()).getSeconds() + 59) / 60);
            show("This account is locked after " + StaffUser.MAX_FAILED_ATTEMPTS + " wrong passwords. Try again at "
                    + TIME.format(locked.until().atZone(ZoneId.systemDefault())) + " (in " + minutes
                    + (minutes == 1 ? " minute" : " minutes") + "), or ask an administrator.", true);
        } else {
            show("This account is disabled. Ask an administrator.", true);
        }
    }

    /**
     * The answer to a wrong password and to an unknown username alike: it never counts the tries left, which only a
     * real username has, so it does not tell anyone which usernames exist.
     */
    static String wrongCredentialsMessage() {
        long minutes = StaffUser.LOCK_DURATION.toMinutes();
        return "Wrong username or password. After " + StaffUser.MAX_FAILED_ATTEMPTS
                + " wrong tries in a row the account is locked for " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    private void show(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty demoHintProperty() {
        return demoHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseLabelProperty() {
        return databaseLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }
}
