-- The fees-collected report reads the payments received in a date range: without an index every payment of
-- every year was read (H2 scanned the whole table).
CREATE INDEX payment_received_ix ON payment (received_at);
