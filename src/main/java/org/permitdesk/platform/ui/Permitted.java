package org.permitdesk.platform.ui;

import javafx.scene.Node;

/** Buttons of actions the signed-in person's role does not allow are not shown (the services refuse them anyway). */
public final class Permitted {

    private Permitted() {
    }

    /** Shows the controls (taking their place in the layout) only when {@code allowed}. */
    public static void showOnlyIf(boolean allowed, Node... controls) {
        for (Node control : controls) {
            control.setVisible(allowed);
            control.setManaged(allowed);
        }
    }
}
