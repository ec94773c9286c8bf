package org.permitdesk.account.request;

import java.util.regex.Pattern;

/**
 * What a label in a request means, before the account type says which field it fills: "Address" is the
 * mailing address of a contractor but the property address of an owner. Patterns match a normalised label
 * (lower case, words separated by one space, "#" read as "number").
 */
enum Concept {
    LICENSE("cslb number", "(?:(?:ca|california|state|cslb|contractor|contractors)\\s)*"
            + "(?:cslb|lic|license|licence|licensed)(?:\\s(?:number|num|no|nbr|numbers))?"
            + "|contractors? state licen[sc]e board(?:\\s(?:lic|license|licence))?(?:\\s(?:number|num|no|nbr))?"),
    BUSINESS("business name", "(?:legal\\s)?(?:business|company|firm|contractor|contractors|contracting company"
            + "|organization|dba)(?:\\s(?:name|dba|name dba))?|name of (?:the\\s)?(?:business|company|firm)"),
    MAILING_ADDRESS("mailing address", "(?:mailing|mail|business|company|office|billing|firm|postal)"
            + "\\s(?:address|addr)"),
    ADDRESS("address", "(?:(?:home|street|owner|owners|your|contact|residential|residence)\\s)?(?:address|addr)"),
    SITE_ADDRESS("property address", "(?:property|site|project|job|job site|jobsite|permit|construction|service)"
            + "\\s(?:address|addr|location)"),
    CONTACT_PERSON("contact person name", "(?:(?:primary|main)\\s)?contact(?:\\s(?:person|persons|person s|name"
            + "|full name|person name|persons name))?|(?:applicant|representative|requester|requestor)(?:\\sname)?"),
    NAME("name", "(?:(?:full|your|first and last|owner|owners|property owner|property owners|homeowner|home owner"
            + "|print)\\s)?name|(?:property\\s)?owner|homeowner"),
    EMAIL("contact email", "(?:(?:contact|your|business|company|owner|preferred|primary|work)\\s)?email"
            + "(?:\\s(?:address|addr|id))?"),
    PHONE("contact phone number", "(?:(?:contact|your|business|company|office|owner|best|daytime|primary|main"
            + "|direct|work|home)\\s)?(?:phone|telephone|tel|ph|cell|mobile|cellphone|cell phone|mobile phone)"
            + "(?:\\s(?:number|num|no|nbr))?|contact number"),
    PERMIT("permit number", "(?:(?:building|existing|related|your|the)\\s)?(?:permit|permit application"
            + "|application|plan check)\\s(?:number|num|no|nbr)|permit|permits");

    private final String templateLabel;
    private final Pattern pattern;

    Concept(String templateLabel, String regex) {
        this.templateLabel = templateLabel;
        this.pattern = Pattern.compile(regex);
    }

    /** The label as the handout writes it, normalised: "contact phone number". */
    String templateLabel() {
        return templateLabel;
    }

    boolean matches(String normalisedLabel) {
        return pattern.matcher(normalisedLabel).matches();
    }

    /** The label exactly as the handout writes it ("contact phone number"), or a bare "phone number"/"name". */
    boolean isTemplateLabel(String normalisedLabel) {
        return templateLabel.equals(normalisedLabel) || (this == PHONE && normalisedLabel.equals("phone number"));
    }

    /** Licence numbers, phones and emails can be recognised by their value when a label has no colon. */
    boolean hasRecognisableValue() {
        return this == LICENSE || this == PHONE || this == EMAIL || this == PERMIT;
    }

    boolean isAddress() {
        return this == MAILING_ADDRESS || this == ADDRESS || this == SITE_ADDRESS;
    }
}
