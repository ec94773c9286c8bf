package org.permitdesk.account.request;

/** A field of an emailed account request, with its JSON key and the words a clerk uses to ask for it. */
public enum RequestField {
    CSLB_NUMBER("cslbNumber", "CSLB number", "the contractor's California (CSLB) licence number, 1 to 8 digits"),
    BUSINESS_NAME("businessName", "Business name", "the business name"),
    MAILING_ADDRESS("mailingAddress", "Mailing address", "the mailing address (street, city, state and ZIP)"),
    CONTACT_NAME("contactName", "Contact person name", "the name of the contact person"),
    NAME("name", "Name", "the property owner's name"),
    ADDRESS("address", "Address", "the property address (street, city, state and ZIP)"),
    EMAIL("email", "Contact email", "the email address the account should use"),
    PHONE("phone", "Phone number", "a phone number with area code, e.g. (760) 555-0123"),
    PERMIT_NUMBER("permitNumber", "Permit number", "the permit number, e.g. B2609-0412");

    private final String key;
    private final String label;
    private final String askFor;

    RequestField(String key, String label, String askFor) {
        this.key = key;
        this.label = label;
        this.askFor = askFor;
    }

    /** The JSON key, e.g. {@code cslbNumber}. */
    public String key() {
        return key;
    }

    /** The field as a clerk calls it, capitalised for the start of a sentence. */
    public String label() {
        return label;
    }

    /** What the clerk should ask the sender for, e.g. "the email address the account should use". */
    public String askFor() {
        return askFor;
    }
}
