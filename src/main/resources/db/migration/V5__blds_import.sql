-- BLDS import (ADR 0007). The status text of the system a permit was imported from ("Final",
-- "Application Entered", "Withdrawn"…), kept as it was and shown on the permit screen; the permit's own
-- status is derived from it and the dates. NULL for permits made in PermitDesk.
ALTER TABLE permit ADD COLUMN status_text VARCHAR(100);
ALTER TABLE permit_aud ADD COLUMN status_text VARCHAR(100);
