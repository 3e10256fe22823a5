-- Seal keys beyond PKCS#12: PKCS#11 tokens (HSMs, seal cards) and remote credentials reached over
-- the Cloud Signature Consortium API v2. A seal fills the columns of its credential_kind only, so
-- the PKCS#12 ones become optional. PIN and client secret are encrypted under the master key.
ALTER TABLE seal ALTER COLUMN pkcs12 DROP NOT NULL;
ALTER TABLE seal ALTER COLUMN pkcs12_password DROP NOT NULL;

ALTER TABLE seal ADD COLUMN pkcs11_library VARCHAR(500);
-- One slot id, or several (comma separated) for tokens holding the same key, used in parallel.
ALTER TABLE seal ADD COLUMN pkcs11_slots VARCHAR(500);
ALTER TABLE seal ADD COLUMN pkcs11_key_label VARCHAR(200);
ALTER TABLE seal ADD COLUMN pkcs11_pin VARCHAR(300);

ALTER TABLE seal ADD COLUMN csc_base_url VARCHAR(500);
ALTER TABLE seal ADD COLUMN csc_client_id VARCHAR(200);
ALTER TABLE seal ADD COLUMN csc_client_secret VARCHAR(1000);
ALTER TABLE seal ADD COLUMN csc_credential_id VARCHAR(200);

-- The certificate chains as read at registration (DER, one after the other): the seals page and
-- the trust anchors show them without reaching the token or the remote service.
ALTER TABLE seal ADD COLUMN pkcs11_chain BYTEA;
ALTER TABLE seal ADD COLUMN csc_chain BYTEA;
