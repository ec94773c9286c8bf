-- Administrators' inspection settings: correction-library items can be retired (kept for the record, no longer
-- offered) and both the library and the inspection types carry a version so two administrators editing the
-- same row do not overwrite each other. The office location and the request cut-off are app_setting rows
-- (inspection.office_latitude, inspection.office_longitude, inspection.request_cutoff), unset = the defaults.
ALTER TABLE correction_item ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE correction_item ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE inspection_type ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
