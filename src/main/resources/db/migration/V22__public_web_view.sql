-- The public web view (org.permitdesk.web) reads only the relations named public_*: what anyone may see of a permit,
-- never a phone, an email, a note, a person's name (other than an inspector's display name), an account, a payment
-- or an inspection request's contact, access notes or cancel reason. On PostgreSQL the web view connects as a role
-- granted SELECT on these and nothing else (docs/public-web-role.sql); on H2 it reads the same relations.

-- The public search index: like permit_search_term (same terms, same rules, PermitSearchTerms.forPublic), but only
-- from a permit's number, parcel, address and its contractors' business names. Filled for existing permits by V23.
CREATE TABLE public_search_term (
    term      VARCHAR(40)${text_collate} NOT NULL,
    permit_id BIGINT      NOT NULL,
    CONSTRAINT public_search_term_pk PRIMARY KEY (term, permit_id),
    CONSTRAINT public_search_term_permit_fk FOREIGN KEY (permit_id) REFERENCES permit (id) ON DELETE CASCADE
);
CREATE INDEX public_search_term_permit_ix ON public_search_term (permit_id, term);

CREATE VIEW public_permit AS
SELECT id, permit_number, permit_type_id, permit_subtype_id, site_id, status, status_text, applied_date,
       approved_date, issued_date, finaled_date, expires_date, void_date, valuation, description
FROM permit;

CREATE VIEW public_site AS
SELECT id, address_line, city, state, zip, parcel_number, latitude, longitude
FROM site;

CREATE VIEW public_permit_type AS
SELECT id, code, name FROM permit_type;

CREATE VIEW public_permit_subtype AS
SELECT id, permit_type_id, name FROM permit_subtype;

-- A contractor's business name and licence number; never the person's name, phone, email or address.
CREATE VIEW public_permit_contractor AS
SELECT id, permit_id, business_name, license_number
FROM permit_contact
WHERE role = 'CONTRACTOR';

-- The licence's status as the CSLB master file gives it (no phone, no address).
CREATE VIEW public_contractor_licence AS
SELECT licence_number, business_name, status, expiration_date
FROM cslb_licence;

CREATE VIEW public_permit_status_change AS
SELECT id, permit_id, from_status, to_status, changed_on
FROM permit_status_change;

CREATE VIEW public_plan_review AS
SELECT id, permit_id, cycle, status, started_on, finished_on
FROM plan_review;

-- An inspection without its request's contact name, phone, email, access notes or cancel reason, with the
-- inspector's display name (whether the time window and inspector are shown yet is the web view's rule).
CREATE VIEW public_inspection AS
SELECT i.id, i.permit_id, t.name AS inspection_type, t.position AS type_position, i.requested_date, i.time_window,
       i.status, i.result, i.result_notes, u.full_name AS inspector_name
FROM inspection i
JOIN inspection_type t ON t.id = i.inspection_type_id
LEFT JOIN staff_user u ON u.id = i.inspector_id;

CREATE VIEW public_inspection_correction AS
SELECT id, inspection_id, code_ref, text
FROM inspection_correction;

CREATE VIEW public_inspection_day AS
SELECT inspection_day FROM inspection_day_publication;
