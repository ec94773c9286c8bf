package org.permitdesk.account.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTypeDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Contractor - eTRAKiT Account Setup | CONTRACTOR",
        "Property Owner - eTRAKiT Account Setup | PROPERTY_OWNER",
        "Design Professional - eTRAKiT Login Setup | DESIGN_PROFESSIONAL",
        "Fwd: Contractor - eTRAKiT Account Setup | CONTRACTOR",
        "RE: FW: Property Owner - eTRAKiT Account Setup | PROPERTY_OWNER",
        "Re: [External] design professional-etrakit login set up | DESIGN_PROFESSIONAL",
        "FW:Contractor-eTrakit Acct Set Up | CONTRACTOR",
        "Property owner – e-TRAKiT account | PROPERTY_OWNER",
        "Homeowner account setup | PROPERTY_OWNER",
        "Architect eTRAKiT login request | DESIGN_PROFESSIONAL",
        "Design Professionals - eTRAKiT Login Setup | DESIGN_PROFESSIONAL",
        "New eTRAKiT account for contractor Park Electric | CONTRACTOR",
        "Design Prof. - eTRAKiT Login Setup | DESIGN_PROFESSIONAL",
        "eTRAKiT Account Setup - Contractor | CONTRACTOR",
        "Request: contractor account | CONTRACTOR"})
    void subjectsNameTheirAccountType(String subject, AccountType expected) {
        assertEquals(Optional.of(expected), AccountTypeDetector.fromSubject(subject));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Question about my inspection", "Re: permit B2609-0412", "eTRAKiT password reset help",
        "Contractor invoice", "", "Fwd:", "Contractor account balance question"})
    void subjectsThatAskForNoAccountNameNoType(String subject) {
        assertEquals(Optional.empty(), AccountTypeDetector.fromSubject(subject));
    }
}
