package org.permitdesk.permit.blds;

import java.util.List;

/** The BLDS column names PermitDesk reads and writes (see ../shared/reference/blds.md). */
final class BldsColumns {

    static final String PERMIT_NUM = "PermitNum";
    static final String DESCRIPTION = "Description";
    static final String APPLIED_DATE = "AppliedDate";
    static final String ISSUED_DATE = "IssuedDate";
    static final String COMPLETED_DATE = "CompletedDate";
    static final String STATUS_CURRENT = "StatusCurrent";
    static final String STATUS_CURRENT_MAPPED = "StatusCurrentMapped";
    static final String STATUS_DATE = "StatusDate";
    static final String ADDRESS1 = "OriginalAddress1";
    static final String ADDRESS2 = "OriginalAddress2";
    static final String CITY = "OriginalCity";
    static final String STATE = "OriginalState";
    static final String ZIP = "OriginalZip";
    static final String PERMIT_TYPE = "PermitType";
    static final String PERMIT_TYPE_MAPPED = "PermitTypeMapped";
    static final String PERMIT_TYPE_DESC = "PermitTypeDesc";
    static final String EST_PROJECT_COST = "EstProjectCost";
    static final String PIN = "PIN";
    static final String LATITUDE = "Latitude";
    static final String LONGITUDE = "Longitude";
    static final String CONTRACTOR_COMPANY = "ContractorCompanyName";
    static final String CONTRACTOR_FULL_NAME = "ContractorFullName";
    static final String CONTRACTOR_LIC_NUM = "ContractorLicNum";
    static final String CONTRACTOR_STATE_LIC = "ContractorStateLic";
    static final String CONTRACTOR_PHONE = "ContractorPhone";
    static final String CONTRACTOR_EMAIL = "ContractorEmail";
    static final String CONTRACTOR_ADDRESS1 = "ContractorAddress1";
    static final String CONTRACTOR_CITY = "ContractorCity";
    static final String CONTRACTOR_STATE = "ContractorState";
    static final String CONTRACTOR_ZIP = "ContractorZip";
    static final String EXPIRES_DATE = "ExpiresDate";
    static final String VOID_DATE = "VoidDate";

    /** The columns {@code export-blds} writes, in this order. */
    static final List<String> EXPORTED = List.of(PERMIT_NUM, DESCRIPTION, APPLIED_DATE, ISSUED_DATE, COMPLETED_DATE,
            STATUS_CURRENT, STATUS_CURRENT_MAPPED, STATUS_DATE, ADDRESS1, ADDRESS2, CITY, STATE, ZIP, PERMIT_TYPE,
            PERMIT_TYPE_DESC, EST_PROJECT_COST, PIN, LATITUDE, LONGITUDE, CONTRACTOR_COMPANY, CONTRACTOR_FULL_NAME,
            CONTRACTOR_LIC_NUM, CONTRACTOR_PHONE, CONTRACTOR_EMAIL, EXPIRES_DATE, VOID_DATE);

    private BldsColumns() {
    }
}
