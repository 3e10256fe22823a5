-- When the holder of a participant's current link asked for one-time passwords, so that asking is
-- limited (for example 3 codes in 10 minutes) on every node of a cluster alike. At most as many
-- rows per participant as the limit counts; a new link clears them. Existing participants start
-- with none, that is with a full budget.

CREATE TABLE workflow_otp_request (
    participant_id      UUID          NOT NULL REFERENCES workflow_participant (id) ON DELETE CASCADE,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX workflow_otp_request_participant ON workflow_otp_request (participant_id);
