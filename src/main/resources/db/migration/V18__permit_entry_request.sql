-- The request id of the New permit form a permit was saved from: saving the same form again (a second Ctrl+S,
-- a retry after a lost answer, two submissions at once) finds the permit already saved instead of making another.
-- Permits entered before this, imported or made by the demo have none (NULL: any number of them may).
ALTER TABLE permit ADD COLUMN entry_request_id VARCHAR(36);
ALTER TABLE permit ADD CONSTRAINT permit_entry_request_uk UNIQUE (entry_request_id);
