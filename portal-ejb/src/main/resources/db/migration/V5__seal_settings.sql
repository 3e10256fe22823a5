-- Per-seal settings: what the visible annotation shows (and in which time zone), the reason and
-- location used when a request gives none, a logo; the default level, the timestamp authorities
-- tried in order (none: the portal's own) and whether to fall back to B-B when none answers.
-- Existing seals keep what they did: organisation and UTC time, B-T with the portal's TSA.
ALTER TABLE seal ADD COLUMN annotation_show_organisation BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE seal ADD COLUMN annotation_show_person BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE seal ADD COLUMN annotation_show_time BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE seal ADD COLUMN annotation_time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;
ALTER TABLE seal ADD COLUMN annotation_show_reason BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE seal ADD COLUMN annotation_show_location BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE seal ADD COLUMN annotation_default_reason VARCHAR(200);
ALTER TABLE seal ADD COLUMN annotation_default_location VARCHAR(200);
ALTER TABLE seal ADD COLUMN annotation_logo BYTEA;
ALTER TABLE seal ADD COLUMN default_level VARCHAR(10) DEFAULT 'B-T' NOT NULL;
ALTER TABLE seal ADD COLUMN tsa_urls VARCHAR(2000);
ALTER TABLE seal ADD COLUMN degrade_without_tsa BOOLEAN DEFAULT FALSE NOT NULL;

-- A seal asked at B-T or above but made at B-B because no timestamp authority answered keeps
-- the level asked for here; NULL for every other seal.
ALTER TABLE seal_record ADD COLUMN degraded_from VARCHAR(10);
