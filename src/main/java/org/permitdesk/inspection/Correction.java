package org.permitdesk.inspection;

/** A correction item: the code reference (may be empty for a typed item) and what to correct. */
public record Correction(String codeRef, String text) {
}
