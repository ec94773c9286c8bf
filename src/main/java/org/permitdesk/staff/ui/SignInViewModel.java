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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignInResult;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.StaffService;
import org.permitdesk.staff.StaffUser;

/** State and command of the sign-in window. It opens before the database is ready and waits for it. */
public final class SignInViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper demoHint = new ReadOnlyStringWrapper("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper databaseLabel = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSignIn;

    private final ScreenWork work;
    private final ScreenWork.Busy openingDatabase;
    private final Clock clock;
    private final Consumer<SignedInUser> onSignedIn;
    private StaffService staff;
    private boolean signInWhenReady;

    public SignInViewModel(TaskRunner tasks, Clock clock, Consumer<SignedInUser> onSignedIn) {
        this.work = new ScreenWork(tasks, Texts.get("signIn.opening"));
        this.openingDatabase = work.busyUntilDone();
        this.clock = clock;
        this.onSignedIn = onSignedIn;
        canSignIn = ready.and(work.busyProperty().not())
                .and(Bindings.createBooleanBinding(() -> !username.get().isBlank() && !password.get().isEmpty(),
                        username, password));
    }

    /** The database is open: sign-in may start. {@code demoHint} is empty except on the demo database. */
    public void databaseReady(StaffService staffService, String database, String hint) {
        this.staff = staffService;
        databaseLabel.set(database);
        demoHint.set(hint);
        openingDatabase.done();
        ready.set(true);
        work.clearMessage();
        if (signInWhenReady) {
            signInWhenReady = false;
            signIn();
        }
    }

    /** Signs in; pressed while the database is still opening, it signs in as soon as it is open. */
    public void signIn() {
        if (!ready.get() && !username.get().isBlank() && !password.get().isEmpty()) {
            signInWhenReady = true;
            work.say(Texts.get("signIn.openingThenSignIn"));
            return;
        }
        if (!canSignIn.get()) {
            if (ready.get() && !work.isBusy()) {
                work.sayError(Texts.get(username.get().isBlank() ? "signIn.enterUsername" : "signIn.enterPassword"));
            }
            return;
        }
        String name = username.get();
        String secret = password.get();
        work.say(Texts.get("signIn.signingIn"));
        work.run(() -> staff.signIn(name, secret), this::signInAnswered,
                failure -> work.sayError(Texts.get("signIn.failed", UserMessages.describe(failure))));
    }

    private void signInAnswered(SignInResult result) {
        if (result instanceof SignInResult.SignedIn signedIn) {
            work.clearMessage();
            password.set("");
            onSignedIn.accept(signedIn.user());
        } else if (result instanceof SignInResult.WrongCredentials) {
            work.sayError(wrongCredentialsMessage());
        } else if (result instanceof SignInResult.Locked locked) {
            long minutes = Math.max(1, (Duration.between(clock.instant(), locked.until()).getSeconds() + 59) / 60);
            work.sayError(Texts.get("signIn.locked", StaffUser.MAX_FAILED_ATTEMPTS,
                    TIME.format(locked.until().atZone(ZoneId.systemDefault())), minutes));
        } else {
            work.sayError(Texts.get("signIn.disabled"));
        }
    }

    /**
     * The answer to a wrong password and to an unknown username alike: it never counts the tries left, which only a
     * real username has, so it does not tell anyone which usernames exist.
     */
    static String wrongCredentialsMessage() {
        long minutes = StaffUser.LOCK_DURATION.toMinutes();
        return Texts.get("signIn.wrong", StaffUser.MAX_FAILED_ATTEMPTS, minutes);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return work.messageIsErrorProperty();
    }

    public ReadOnlyStringProperty demoHintProperty() {
        return demoHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseLabelProperty() {
        return databaseLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }
}
