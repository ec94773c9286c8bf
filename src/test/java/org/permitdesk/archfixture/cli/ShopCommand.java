package org.permitdesk.archfixture.cli;

import javafx.application.Platform;
import org.permitdesk.archfixture.shop.ui.WidgetViewModel;

/** Broken: a command that uses JavaFX and a screen. */
public final class ShopCommand {
    public WidgetViewModel screen;

    public void run() {
        Platform.exit();
    }
}
