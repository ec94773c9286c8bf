package org.permitdesk.staff;

/**
 * Each action a service guards, with the words a refusal uses ("Taking a payment is for …"). Who may do which is
 * the table in {@link Permissions} (and docs/permissions.md).
 */
public enum Permission {
    ENTER_PERMIT("Entering a permit"),
    EDIT_PERMIT("Changing a permit's details and contacts"),
    MOVE_PERMIT("Moving a permit along (plan review, approve, issue, final)"),
    VOID_PERMIT("Voiding a permit"),
    REINSTATE_PERMIT("Reinstating a permit"),
    OVERRIDE_FINAL("Finaling a permit without its required inspections"),
    MANAGE_REVIEWS_AND_HOLDS("Recording plan reviews, holds and notices"),
    ATTACH_FILES("Attaching files to a permit"),
    ASSESS_FEES("Assessing fees and adding fee lines"),
    TAKE_PAYMENT("Taking a payment"),
    EDIT_FEE_SCHEDULES("Changing permit types and fee schedules"),
    REQUEST_INSPECTION("Requesting an inspection"),
    CANCEL_INSPECTION("Cancelling an inspection"),
    ASSIGN_INSPECTIONS("Assigning inspectors and publishing the day"),
    RECORD_RESULTS("Recording inspection results"),
    CORRECT_RESULTS("Correcting a recorded inspection result"),
    MANAGE_ACCOUNTS("Creating and changing portal accounts"),
    MANAGE_STAFF("Adding staff users"),
    IMPORT_DATA("Importing permits or the CSLB licence file"),
    EXPORT_DATA("Exporting permits and printing supervisor reports"),
    EDIT_SETTINGS("Changing inspection settings (types, correction items, districts, holidays, office)");

    private final String doing;

    Permission(String doing) {
        this.doing = doing;
    }

    /** "Taking a payment": the action as the subject of a sentence. */
    public String doing() {
        return doing;
    }
}
