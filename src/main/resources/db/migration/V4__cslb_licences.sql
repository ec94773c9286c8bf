-- Contractors' licences from the CSLB (California Contractors State License Board) licence master file.
-- Each import replaces the whole table in one transaction (CslbImportService); nothing else writes here.
-- The key is the licence number as a number, so "0123456" and "123456" are the same licence.
-- Sizes match the limits CslbLineParser checks: a longer value rejects its line, never the import.

CREATE TABLE cslb_licence (
    licence_number               INTEGER      NOT NULL PRIMARY KEY,
    business_name                VARCHAR(200) NOT NULL,
    address                      VARCHAR(200),
    city                         VARCHAR(60),
    state                        VARCHAR(20),
    zip                          VARCHAR(10),
    phone                        VARCHAR(30),
    issue_date                   DATE,
    expiration_date              DATE,
    inactivation_date            DATE,
    reactivation_date            DATE,
    status                       VARCHAR(40)  NOT NULL,
    secondary_status             VARCHAR(60),
    classifications              VARCHAR(200),
    workers_comp_coverage        VARCHAR(60),
    workers_comp_expiration_date DATE,
    imported_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);
