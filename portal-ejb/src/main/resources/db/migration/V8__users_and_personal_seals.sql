-- Users the administrators create, with an e-mail address, and personal seals: a seal with an
-- owner is a certificate of that user, which only that user may seal with. A seal without an owner
-- is one of the organisation's, as before.
ALTER TABLE app_user ADD COLUMN email VARCHAR(320);

ALTER TABLE seal ADD COLUMN owner_username VARCHAR(100);
ALTER TABLE seal ADD CONSTRAINT seal_owner_fk FOREIGN KEY (owner_username) REFERENCES app_user (username);
CREATE INDEX seal_owner_idx ON seal (owner_username);
