-- Retired seals: a seal taken out of service keeps its row, so that the seal history and the
-- trust anchors still know it, but can no longer seal. Retiring erases its secret (PKCS#12 key
-- material and password, PKCS#11 PIN, CSC client secret) and frees its name: the name column,
-- unique, then holds a key derived from the seal's id, and retired_name the name it had.
ALTER TABLE seal ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE seal ADD COLUMN retired_by VARCHAR(100);
ALTER TABLE seal ADD COLUMN retired_name VARCHAR(200);
-- A retired PKCS#12 seal's certificate chain (DER, one after the other), kept for history once
-- the PKCS#12 file that held it is erased.
ALTER TABLE seal ADD COLUMN pkcs12_chain BYTEA;
CREATE INDEX seal_retired_name_idx ON seal (retired_name);
