-- Whether a seal keeps what it seals (seals.domain.DocumentRetention). Every seal kept its
-- documents before, and a request could not ask otherwise: BY_DEFAULT keeps that behaviour for
-- every client that does not send keep=false.
ALTER TABLE seal ADD COLUMN document_retention VARCHAR(16) DEFAULT 'BY_DEFAULT' NOT NULL;

-- A seal record whose documents were not kept has no versions; it keeps the original's hash
-- beside the sealed file's. Records made before kept their documents.
ALTER TABLE seal_record ALTER COLUMN original_version_id DROP NOT NULL;
ALTER TABLE seal_record ALTER COLUMN sealed_version_id DROP NOT NULL;
ALTER TABLE seal_record ADD COLUMN original_sha256 VARCHAR(64);
ALTER TABLE seal_record ADD COLUMN documents_kept BOOLEAN DEFAULT TRUE NOT NULL;
