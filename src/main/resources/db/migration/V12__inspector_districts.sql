-- An inspector's district (NE, NW, SE or SW of the office), used to propose assignments; empty = anywhere.
ALTER TABLE staff_user ADD COLUMN district VARCHAR(2);
