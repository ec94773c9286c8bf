package org.permitdesk.platform.ui;

import java.nio.file.Path;

/** Opens a saved file in the computer's own program for it (a PDF in its viewer, to print). */
public final class DesktopFiles {

    private DesktopFiles() {
    }

    /**
     * Opens {@code file} where the desktop allows, on a thread of its own (AWT must not block the JavaFX thread).
     * The caller has already said where the file is saved: opening it is a convenience.
     */
    public static void open(Path file) {
        Thread opener = new Thread(() -> {
            try {
                if (java.awt.Desktop.isDesktopSupported()) {
                    java.awt.Desktop.getDesktop().open(file.toFile());
                }
            } catch (Exception | Error notPossible) {
                // The file is saved and its place shown; opening it is a convenience.
            }
        }, "permitdesk-open-file");
        opener.setDaemon(true);
        opener.start();
    }
}
