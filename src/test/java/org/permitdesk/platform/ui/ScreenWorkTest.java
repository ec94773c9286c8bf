package org.permitdesk.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Group;
import org.junit.jupiter.api.Test;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserFacingException;

/**
 * The busy flag and the message line every screen shows. Background work is queued here and run when the test says,
 * so the test can look at the screen while a call is under way.
 */
class ScreenWorkTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final ScreenWork work = new ScreenWork(new TaskRunner(background::add, Runnable::run));

    private void finishNextCall() {
        background.remove().run();
    }

    @Test
    void busyWhileTheCallRunsAndNotBusyOnceItAnswered() {
        List<Boolean> busyWhenAnswered = new ArrayList<>();
        work.run(() -> "permit B2612-001", answer -> {
            busyWhenAnswered.add(work.isBusy());
            work.say("Saved " + answer + ".");
        });
        assertTrue(work.busyProperty().get(), "busy while the call is under way");

        finishNextCall();

        assertFalse(work.busyProperty().get());
        assertEquals(List.of(false), busyWhenAnswered, "no longer busy when the answer is handled");
        assertEquals("Saved permit B2612-001.", work.messageProperty().get());
        assertFalse(work.messageIsErrorProperty().get());
    }

    @Test
    void aFailureEndsBusyAndIsShownAsOneErrorLine() {
        List<String> answers = new ArrayList<>();
        work.<String>run(() -> {
            throw new IllegalStateException("Permit B2612-001 was changed by Dana meanwhile.\n\tat Some.stack(Trace.java)");
        }, answers::add);

        finishNextCall();

        assertFalse(work.isBusy(), "a failed call must not leave the screen busy");
        assertEquals("Permit B2612-001 was changed by Dana meanwhile.", work.messageProperty().get());
        assertTrue(work.messageIsErrorProperty().get());
        assertEquals(List.of(), answers);
    }

    @Test
    void aFailureWithItsOwnWordsEndsBusyToo() {
        work.run(() -> {
            throw new UserFacingException("The mailbox refused the password.");
        }, answer -> { }, failure -> work.sayError("Could not check the mailbox: " + failure.getMessage()));

        finishNextCall();

        assertFalse(work.isBusy());
        assertEquals("Could not check the mailbox: The mailbox refused the password.", work.messageProperty().get());
        assertTrue(work.messageIsErrorProperty().get());
    }

    @Test
    void aSecondCallWhileBusyKeepsTheScreenBusyUntilBothAnswered() {
        work.run(() -> 1, answer -> { });
        work.run(() -> 2, answer -> { });

        finishNextCall();
        assertTrue(work.isBusy(), "still busy: the second call has not answered");

        finishNextCall();
        assertFalse(work.isBusy());
    }

    @Test
    void anAnswerMayStartTheNextCall() {
        work.run(() -> 1, answer -> work.run(() -> 2, next -> work.say("reloaded")));
        finishNextCall();
        assertTrue(work.isBusy(), "the reload started by the answer is under way");
        finishNextCall();
        assertFalse(work.isBusy());
        assertEquals("reloaded", work.messageProperty().get());
    }

    @Test
    void aQuietCallNeverMakesTheScreenBusyButItsFailureIsShown() {
        work.runQuietly(() -> {
            throw new IllegalStateException("Database is closed");
        }, answer -> { });
        assertFalse(work.isBusy());

        finishNextCall();

        assertEquals("Database is closed", work.messageProperty().get());
        assertTrue(work.messageIsErrorProperty().get());
    }

    @Test
    void informationAfterAnErrorIsNoLongerAnError() {
        work.sayError("Fix the fields flagged in red first.");
        work.say("Saved.");
        assertFalse(work.messageIsErrorProperty().get());
        work.clearMessage();
        assertEquals("", work.messageProperty().get());
    }

    @Test
    void busyUntilDoneCountsOnceHoweverOftenItIsEnded() {
        ScreenWork signIn = new ScreenWork(TaskRunner.sameThread(), "Opening the database…");
        ScreenWork.Busy opening = signIn.busyUntilDone();
        assertTrue(signIn.isBusy());
        assertEquals("Opening the database…", signIn.messageProperty().get());
        signIn.busyUntilDone();
        opening.done();
        opening.done();
        assertTrue(signIn.isBusy(), "the other reason to be busy is still there");
    }

    @Test
    void theMessageLineIsRedOnlyWhileItIsAnError() {
        Group line = new Group(); // stands for the message label (a Label needs the JavaFX toolkit started)
        line.getStyleClass().add("muted");
        SimpleBooleanProperty isError = new SimpleBooleanProperty(true);

        ErrorStyle.bind(line, isError);
        assertTrue(line.getStyleClass().contains("error-message"), "styled from the start");

        isError.set(false);
        assertFalse(line.getStyleClass().contains("error-message"));
        assertTrue(line.getStyleClass().contains("info-message"));
        assertTrue(line.getStyleClass().contains("muted"), "the label's own style is kept");
    }
}
