package org.permitdesk.archfixture.shop;

import org.permitdesk.archfixture.shop.ui.WidgetViewModel;

/** Broken: a service depends on a screen. */
public final class BrokenServiceUsesAScreen {
    public WidgetViewModel screen;
}
