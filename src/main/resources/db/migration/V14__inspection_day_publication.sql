-- A supervisor publishes a day's assignments (inspectors review their route before 7:30am): when and by whom,
-- the assignments as they were published (to show each inspector what changed since), and when an
-- inspection's assignment last changed. Publishing the day again replaces the published assignments.
CREATE TABLE inspection_day_publication (
    inspection_day DATE                     NOT NULL PRIMARY KEY,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by   VARCHAR(120)             NOT NULL
);

CREATE TABLE inspection_published_stop (
    inspection_day DATE       NOT NULL,
    inspection_id  BIGINT     NOT NULL,
    inspector_id   BIGINT     NOT NULL,
    time_window    VARCHAR(2) NOT NULL,
    CONSTRAINT inspection_published_stop_pk PRIMARY KEY (inspection_day, inspection_id),
    CONSTRAINT inspection_published_stop_day_fk FOREIGN KEY (inspection_day)
        REFERENCES inspection_day_publication (inspection_day) ON DELETE CASCADE,
    CONSTRAINT inspection_published_stop_inspection_fk FOREIGN KEY (inspection_id)
        REFERENCES inspection (id) ON DELETE CASCADE,
    CONSTRAINT inspection_published_stop_inspector_fk FOREIGN KEY (inspector_id) REFERENCES staff_user (id)
);

ALTER TABLE inspection ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX inspection_published_stop_inspection_ix ON inspection_published_stop (inspection_id);
