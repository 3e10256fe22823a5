-- The id of the request that caused an audit event (web.operations.RequestIds), as its log lines
-- carry it; null for events recorded outside a request and for every event recorded before.
ALTER TABLE audit_event ADD COLUMN request_id VARCHAR(64);
