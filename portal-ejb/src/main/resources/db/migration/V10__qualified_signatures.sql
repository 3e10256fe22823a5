-- A QUALIFIED_SIGN participant's pending authorisation at the remote trust service: the SHA-256
-- of the OAuth2 state sent with the redirect (single use, cleared when the service sends the
-- browser back) and until when it may come back.
ALTER TABLE workflow_participant ADD COLUMN qualified_state_hash VARCHAR(64);
ALTER TABLE workflow_participant ADD COLUMN qualified_state_expires_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX workflow_participant_qualified_state ON workflow_participant (qualified_state_hash);
