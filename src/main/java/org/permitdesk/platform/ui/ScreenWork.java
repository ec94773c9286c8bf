package org.permitdesk.platform.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;

/**
 * What every view model needs around its background calls, in one place: whether the screen is busy, the one-line
 * message it shows (and whether that message is an error), and calls through the injected {@link TaskRunner} whose
 * failure becomes that message (via {@link UserMessages}). A view model owns one and hands out its properties; the
 * view styles the message with {@link ErrorStyle}.
 *
 * <p>Busy counts the calls under way: it stays true until the last of two overlapping calls has answered, and it is
 * false again before the answer (success or failure) is handled, so the answer may start the next call.
 */
public final class ScreenWork {

    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message;
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private int underWay;

    public ScreenWork(TaskRunner tasks) {
        this(tasks, "");
    }

    /** With {@code firstMessage} shown until something else is said. */
    public ScreenWork(TaskRunner tasks, String firstMessage) {
        this.tasks = tasks;
        this.message = new ReadOnlyStringWrapper(firstMessage);
    }

    /** Runs {@code work} in the background with the screen busy; a failure is shown as an error message. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess, this::fail);
    }

    /** Runs {@code work} in the background with the screen busy; {@code onFailure} says what went wrong. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        Busy call = busyUntilDone();
        tasks.run(work, result -> {
            call.done();
            onSuccess.accept(result);
        }, failure -> {
            call.done();
            onFailure.accept(failure);
        });
    }

    /**
     * Runs {@code work} in the background without making the screen busy (loading a list, a look-up as the user
     * types); a failure is shown as an error message.
     */
    public <T> void runQuietly(Callable<T> work, Consumer<? super T> onSuccess) {
        tasks.run(work, onSuccess, this::fail);
    }

    /** Runs {@code work} in the background without making the screen busy; {@code onFailure} handles a failure. */
    public <T> void runQuietly(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        tasks.run(work, onSuccess, onFailure);
    }

    /** Runs {@code update} on the user-interface thread (progress reported by background work). */
    public void onUi(Runnable update) {
        tasks.onUi(update);
    }

    /** Makes the screen busy until {@link Busy#done()} (e.g. while the database opens); done twice counts once. */
    public Busy busyUntilDone() {
        underWay++;
        busy.set(true);
        return new Busy();
    }

    /** A reason for the screen to be busy, ended once. */
    public final class Busy {
        private boolean ended;

        private Busy() {
        }

        public void done() {
            if (!ended) {
                ended = true;
                underWay--;
                busy.set(underWay > 0);
            }
        }
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Shows {@code text} as information. */
    public void say(String text) {
        show(text, false);
    }

    /** Shows {@code text} as an error. */
    public void sayError(String text) {
        show(text, true);
    }

    /** Shows {@code failure} as one line a user can read. */
    public void fail(Throwable failure) {
        sayError(UserMessages.describe(failure));
    }

    /** Shows {@code text}, as an error when {@code error}. */
    public void show(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    /** Shows no message. */
    public void clearMessage() {
        show("", false);
    }

    public String message() {
        return message.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
