-- Links a participant was sent and that a newer one (a reminder, a link resent by the sender, the
-- download link at the end) replaced: only the SHA-256 of each token, never the token, so that an
-- old message answers "replaced on this date" rather than "unknown link". The rows go with their
-- participant, and so with their workflow.

CREATE TABLE workflow_replaced_link (
    token_hash          VARCHAR(64)   NOT NULL PRIMARY KEY,
    participant_id      UUID          NOT NULL REFERENCES workflow_participant (id) ON DELETE CASCADE,
    replaced_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reason              VARCHAR(20)   NOT NULL
);
CREATE INDEX workflow_replaced_link_participant ON workflow_replaced_link (participant_id);
