package org.permitdesk.archfixture.platform;

import org.permitdesk.archfixture.shop.Widget;

/** Broken: the platform kit knows the shop feature (and, as shop uses the kit, forms a cycle). */
public final class BrokenKitKnowsAFeature {
    public Widget widget;
}
