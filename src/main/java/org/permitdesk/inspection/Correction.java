package org.permitdesk.inspection;

/** A correction item: the code reference (may be empty for a typed item) and what to correct. */
public record Correction(String codeRef, String text) {

    /** "CPC 507.2 Strap the water heater…", or the text alone when it has no code reference. */
    public String label() {
        return codeRef == null || codeRef.isBlank() ? text : codeRef + " " + text;
    }
}
