package org.permitdesk.archfixture;

/** The fixture's composition root. */
public final class Wiring {
}
