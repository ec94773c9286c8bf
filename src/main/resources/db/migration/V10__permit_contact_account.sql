-- A permit contact is linked to the portal account of the same person or business when there is one.
ALTER TABLE permit_contact ADD COLUMN account_id BIGINT;
ALTER TABLE permit_contact ADD CONSTRAINT permit_contact_account_fk FOREIGN KEY (account_id) REFERENCES portal_account (id);
CREATE INDEX permit_contact_account_ix ON permit_contact (account_id);
