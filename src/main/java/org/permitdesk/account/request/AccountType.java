package org.permitdesk.account.request;

import static org.permitdesk.account.request.RequestField.ADDRESS;
import static org.permitdesk.account.request.RequestField.BUSINESS_NAME;
import static org.permitdesk.account.request.RequestField.CONTACT_NAME;
import static org.permitdesk.account.request.RequestField.CSLB_NUMBER;
import static org.permitdesk.account.request.RequestField.EMAIL;
import static org.permitdesk.account.request.RequestField.MAILING_ADDRESS;
import static org.permitdesk.account.request.RequestField.NAME;
import static org.permitdesk.account.request.RequestField.PERMIT_NUMBER;
import static org.permitdesk.account.request.RequestField.PHONE;

import java.util.List;

/** The three kinds of portal account people ask for by email, with the subject and fields of each template. */
public enum AccountType {
    CONTRACTOR("Contractor", "Contractor - eTRAKiT Account Setup",
            List.of(CSLB_NUMBER, BUSINESS_NAME, MAILING_ADDRESS, CONTACT_NAME, EMAIL, PHONE)),
    PROPERTY_OWNER("Property Owner", "Property Owner - eTRAKiT Account Setup",
            List.of(NAME, ADDRESS, PHONE, PERMIT_NUMBER, EMAIL)),
    DESIGN_PROFESSIONAL("Design Professional", "Design Professional - eTRAKiT Login Setup",
            List.of(BUSINESS_NAME, MAILING_ADDRESS, CONTACT_NAME, EMAIL, PHONE, PERMIT_NUMBER));

    private final String displayName;
    private final String templateSubject;
    private final List<RequestField> fields;

    AccountType(String displayName, String templateSubject, List<RequestField> fields) {
        this.displayName = displayName;
        this.templateSubject = templateSubject;
        this.fields = fields;
    }

    public String displayName() {
        return displayName;
    }

    /** The subject line the handout asks people to copy. */
    public String templateSubject() {
        return templateSubject;
    }

    /** The fields the request must give, in the handout's order; all are required. */
    public List<RequestField> fields() {
        return fields;
    }
}
