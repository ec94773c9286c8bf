package org.permitdesk.archfixture.shop;

import org.permitdesk.archfixture.Wiring;
import org.permitdesk.archfixture.cli.ShopCommand;

/** Broken: a feature reaches into the command line and into the composition root. */
public final class BrokenServiceUsesTheCommandLine {
    public ShopCommand command;
    public Wiring wiring;
}
