package org.permitdesk.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.account.request.ParsedRequest;
import org.permitdesk.account.request.RequestField;

/**
 * What a clerk enters for an account. For a property owner, {@code contactName} is the owner's name and
 * {@code mailingAddress} the property address, as on their request. Blank values are {@code null}.
 */
public record AccountDetails(AccountType type, String cslbNumber, String businessName, String contactName,
                             String email, String phone, String mailingAddress, String permitNumber) {

    public AccountDetails {
        cslbNumber = blankToNull(cslbNumber);
        businessName = blankToNull(businessName);
        contactName = blankToNull(contactName);
        email = blankToNull(email);
        phone = blankToNull(phone);
        mailingAddress = blankToNull(mailingAddress);
        permitNumber = blankToNull(permitNumber);
    }

    /** The form as the parser filled it from a request: values it found valid, nothing else. */
    public static AccountDetails from(ParsedRequest request) {
        Map<String, String> f = request.fields();
        boolean owner = request.accountType() == AccountType.PROPERTY_OWNER;
        return new AccountDetails(request.accountType(), f.get("cslbNumber"), f.get("businessName"),
                owner ? f.get("name") : f.get("contactName"), f.get("email"), f.get("phone"),
                owner ? f.get("address") : f.get("mailingAddress"), f.get("permitNumber"));
    }

    /** The value of a request field in this form. */
    public String value(RequestField field) {
        return switch (field) {
            case CSLB_NUMBER -> cslbNumber;
            case BUSINESS_NAME -> businessName;
            case CONTACT_NAME, NAME -> contactName;
            case EMAIL -> email;
            case PHONE -> phone;
            case MAILING_ADDRESS, ADDRESS -> mailingAddress;
            case PERMIT_NUMBER -> permitNumber;
        };
    }

    /** The fields of this account type with their values, in the handout's order. */
    public Map<RequestField, String> values() {
        Map<RequestField, String> values = new LinkedHashMap<>();
        if (type != null) {
            type.fields().forEach(field -> values.put(field, value(field)));
        }
        return values;
    }

    /** Contractors sign in with their licence number, everyone else with their email (in lower case). */
    public String username() {
        if (type == AccountType.CONTRACTOR) {
            return cslbNumber;
        }
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    /** Business name, else the person's name: how the account is listed. */
    public String displayName() {
        if (businessName != null) {
            return contactName == null ? businessName : businessName + " (" + contactName + ")";
        }
        return contactName == null ? (email == null ? "" : email) : contactName;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
