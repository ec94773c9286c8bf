package org.permitdesk.archfixture.platform;

/** A harmless shared-kit class. */
public final class Kit {
}
