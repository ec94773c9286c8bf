-- Audit (Hibernate Envers) of every record staff change, beside permit_aud (V1): one row per revision of a record,
-- revtype 0 = added, 1 = changed, 2 = removed. Password hashes and attachment content are never copied here.
-- Records written with plain SQL (settings, holidays, correction library, inspection types, districts, correction
-- items) leave a row in audit_change instead, written by the service that changes them.

CREATE TABLE staff_user_aud (
    id        BIGINT       NOT NULL,
    rev       BIGINT       NOT NULL,
    revtype   SMALLINT,
    username  VARCHAR(60),
    full_name VARCHAR(120),
    active    BOOLEAN,
    CONSTRAINT staff_user_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT staff_user_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE staff_user_role_aud (
    rev           BIGINT      NOT NULL,
    revtype       SMALLINT,
    staff_user_id BIGINT      NOT NULL,
    role          VARCHAR(20) NOT NULL,
    CONSTRAINT staff_user_role_aud_pk PRIMARY KEY (rev, staff_user_id, role),
    CONSTRAINT staff_user_role_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE portal_account_aud (
    id                   BIGINT       NOT NULL,
    rev                  BIGINT       NOT NULL,
    revtype              SMALLINT,
    account_type         VARCHAR(30),
    username             VARCHAR(254),
    cslb_number          VARCHAR(8),
    business_name        VARCHAR(200),
    contact_name         VARCHAR(200),
    email                VARCHAR(254),
    phone                VARCHAR(40),
    mailing_address      VARCHAR(300),
    permit_number        VARCHAR(30),
    must_change_password BOOLEAN,
    password_expires_at  TIMESTAMP WITH TIME ZONE,
    disabled             BOOLEAN,
    CONSTRAINT portal_account_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT portal_account_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE permit_type_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         SMALLINT,
    code            VARCHAR(20),
    name            VARCHAR(100),
    prefix          VARCHAR(10),
    number_template VARCHAR(60),
    expiry_days     INTEGER,
    active          BOOLEAN,
    CONSTRAINT permit_type_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT permit_type_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE fee_schedule_item_aud (
    id             BIGINT         NOT NULL,
    rev            BIGINT         NOT NULL,
    revtype        SMALLINT,
    permit_type_id BIGINT,
    position       INTEGER,
    kind           VARCHAR(20),
    description    VARCHAR(200),
    amount         NUMERIC(12, 2),
    rate           NUMERIC(12, 4),
    rate_per       NUMERIC(12, 2),
    band_from      NUMERIC(12, 2),
    band_to        NUMERIC(12, 2),
    unit_name      VARCHAR(40),
    active         BOOLEAN,
    CONSTRAINT fee_schedule_item_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT fee_schedule_item_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE permit_contact_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         SMALLINT,
    permit_id       BIGINT,
    role            VARCHAR(30),
    name            VARCHAR(120),
    business_name   VARCHAR(160),
    license_number  VARCHAR(20),
    email           VARCHAR(254),
    phone           VARCHAR(40),
    mailing_address VARCHAR(300),
    account_id      BIGINT,
    CONSTRAINT permit_contact_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT permit_contact_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX permit_contact_aud_permit_ix ON permit_contact_aud (permit_id);

CREATE TABLE permit_fee_line_aud (
    id          BIGINT         NOT NULL,
    rev         BIGINT         NOT NULL,
    revtype     SMALLINT,
    permit_id   BIGINT,
    description VARCHAR(200),
    amount      NUMERIC(12, 2),
    source      VARCHAR(20),
    reason      VARCHAR(500),
    created_by  VARCHAR(60),
    created_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT permit_fee_line_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT permit_fee_line_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX permit_fee_line_aud_permit_ix ON permit_fee_line_aud (permit_id);

CREATE TABLE payment_aud (
    id             BIGINT         NOT NULL,
    rev            BIGINT         NOT NULL,
    revtype        SMALLINT,
    permit_id      BIGINT,
    amount         NUMERIC(12, 2),
    method         VARCHAR(10),
    reference      VARCHAR(60),
    payer_name     VARCHAR(120),
    received_by    VARCHAR(60),
    received_at    TIMESTAMP WITH TIME ZONE,
    receipt_number VARCHAR(20),
    CONSTRAINT payment_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT payment_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX payment_aud_permit_ix ON payment_aud (permit_id);

CREATE TABLE plan_review_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     SMALLINT,
    permit_id   BIGINT,
    cycle       INTEGER,
    reviewer    VARCHAR(120),
    started_on  DATE,
    finished_on DATE,
    status      VARCHAR(30),
    comments    VARCHAR(4000),
    CONSTRAINT plan_review_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT plan_review_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX plan_review_aud_permit_ix ON plan_review_aud (permit_id);

CREATE TABLE permit_condition_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     SMALLINT,
    permit_id   BIGINT,
    kind        VARCHAR(10),
    text        VARCHAR(1000),
    added_by    VARCHAR(60),
    added_at    TIMESTAMP WITH TIME ZONE,
    released_by VARCHAR(60),
    released_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT permit_condition_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT permit_condition_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX permit_condition_aud_permit_ix ON permit_condition_aud (permit_id);

-- Name and size only: the file's content is never copied.
CREATE TABLE permit_attachment_aud (
    id           BIGINT       NOT NULL,
    rev          BIGINT       NOT NULL,
    revtype      SMALLINT,
    permit_id    BIGINT,
    file_name    VARCHAR(255),
    content_type VARCHAR(100),
    size_bytes   BIGINT,
    added_by     VARCHAR(60),
    added_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT permit_attachment_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT permit_attachment_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX permit_attachment_aud_permit_ix ON permit_attachment_aud (permit_id);

CREATE TABLE inspection_aud (
    id                 BIGINT        NOT NULL,
    rev                BIGINT        NOT NULL,
    revtype            SMALLINT,
    permit_id          BIGINT,
    inspection_type_id BIGINT,
    requested_date     DATE,
    time_window        VARCHAR(2),
    contact_name       VARCHAR(120),
    phone              VARCHAR(40),
    email              VARCHAR(254),
    notes              VARCHAR(1000),
    status             VARCHAR(20),
    inspector_id       BIGINT,
    cancel_reason      VARCHAR(500),
    requested_by       VARCHAR(60),
    requested_at       TIMESTAMP WITH TIME ZONE,
    result             VARCHAR(20),
    result_notes       VARCHAR(2000),
    resulted_by        VARCHAR(60),
    resulted_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT inspection_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT inspection_aud_rev_fk FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX inspection_aud_permit_ix ON inspection_aud (permit_id);

-- Changes made with plain SQL, which Envers cannot see: what changed (subject), the value before and after,
-- who and when; permit_id when the change belongs to a permit (an inspection's correction items).
CREATE TABLE audit_change (
    id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(60)   NOT NULL,
    permit_id  BIGINT,
    subject    VARCHAR(200)  NOT NULL,
    old_value  VARCHAR(2000),
    new_value  VARCHAR(2000)
);
CREATE INDEX audit_change_permit_ix ON audit_change (permit_id);
CREATE INDEX audit_change_subject_ix ON audit_change (subject, changed_at);
