-- Why a seal was retired (seals.domain.RetirementReason). KEY_COMPROMISED makes the verifier treat
-- the seal's certificate as revoked from retired_at; every other reason leaves what the seal made
-- verifying as before. Seals retired before this version gave no reason: NOT_STATED, which is not
-- a compromise, so the documents they sealed verify as they did.
ALTER TABLE seal ADD COLUMN retired_reason VARCHAR(40);
UPDATE seal SET retired_reason = 'NOT_STATED' WHERE retired_at IS NOT NULL;
