package org.permitdesk.platform.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** A screen's message line: styled {@code error-message} while the message is an error, else {@code info-message}. */
public final class ErrorStyle {

    public static final String ERROR = "error-message";
    public static final String INFO = "info-message";

    private ErrorStyle() {
    }

    /** Keeps {@code label}'s style in step with {@code isError} from now on (other style classes are kept). */
    public static void bind(Node label, ObservableBooleanValue isError) {
        apply(label, isError.get());
        isError.addListener((obs, was, error) -> apply(label, error));
    }

    private static void apply(Node label, boolean error) {
        label.getStyleClass().removeAll(ERROR, INFO);
        label.getStyleClass().add(error ? ERROR : INFO);
    }
}
