package org.permitdesk.archfixture.shop.route;

import org.permitdesk.archfixture.shop.BrokenRouteCycle;

/** Broken with {@link BrokenRouteCycle}: a sub-package depending back on its parent. */
public final class Leg {
    public BrokenRouteCycle owner;
}
