package org.permitdesk.platform.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The few standard dialogs: a problem with "Try again", a plain error, and a question before something that
 * cannot be undone. Never a stack trace.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** Shows the problem and returns true when the person chose "Try again", false for "Quit". */
    public static boolean retryOrQuit(Window owner, String title, String message) {
        ButtonType retry = new ButtonType(Texts.get("dialogs.retry"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Texts.get("dialogs.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, retry, quit);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        return alert.showAndWait().orElse(quit) == retry;
    }

    public static void error(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    /** Asks before something that cannot be undone; true for OK, false for Cancel or closing the dialog. */
    public static boolean confirm(Window owner, String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
