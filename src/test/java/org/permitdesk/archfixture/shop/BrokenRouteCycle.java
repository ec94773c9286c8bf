package org.permitdesk.archfixture.shop;

import org.permitdesk.archfixture.shop.route.Leg;

/** Broken with {@link Leg}: shop and shop.route depend on each other (the old inspection <-> inspection.route). */
public final class BrokenRouteCycle {
    public Leg leg;
}
