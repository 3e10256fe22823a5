-- The message outbox: every e-mail and SMS is written here in the transaction of the state change
-- that causes it, then delivered by the dispatcher, retried with backoff while the mail server or
-- the gateway is down, and kept as FAILED with its error when it is refused for good.
CREATE TABLE outbox_message (
    id              UUID          NOT NULL PRIMARY KEY,
    channel         VARCHAR(10)   NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(1000),
    body            VARCHAR(10000) NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_message_due ON outbox_message (state, next_attempt_at);
CREATE INDEX outbox_message_created ON outbox_message (created_at);
