-- Callback deliveries: every state change of a workflow with a callbackUrl is written here in the
-- transaction that made it, then posted (signed with HMAC-SHA256) until the receiver accepts it.
ALTER TABLE workflow ADD COLUMN callback_secret VARCHAR(300);

CREATE TABLE callback_delivery (
    id              UUID          NOT NULL PRIMARY KEY,
    workflow_id     UUID          NOT NULL REFERENCES workflow (id),
    event           VARCHAR(60)   NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    payload         VARCHAR(4000) NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_status     INTEGER,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX callback_delivery_due ON callback_delivery (state, next_attempt_at);
CREATE INDEX callback_delivery_workflow ON callback_delivery (workflow_id, created_at);
