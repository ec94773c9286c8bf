package org.permitdesk.inspection.route;

/** Half of the inspector's day a stop was booked for; every morning stop is driven before any afternoon stop. */
public enum Window {
    AM,
    PM
}
