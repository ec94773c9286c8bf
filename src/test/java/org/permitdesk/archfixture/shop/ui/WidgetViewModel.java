package org.permitdesk.archfixture.shop.ui;

import java.util.List;
import org.permitdesk.archfixture.shop.Widget;

/** Broken: a view model handed an entity with a lazy association. */
public final class WidgetViewModel {
    private final List<Widget> shown;

    public WidgetViewModel(List<Widget> shown) {
        this.shown = shown;
    }

    public int count() {
        return shown.size();
    }
}
