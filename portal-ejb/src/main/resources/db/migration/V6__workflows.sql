-- Signature workflows: the documents a sender submits, the participants who act on them in
-- order, and each participant's signature boxes. The Flowable engine keeps its own tables for
-- who must act when; these keep what the portal must prove afterwards.

CREATE TABLE workflow (
    id                  UUID          NOT NULL PRIMARY KEY,
    name                VARCHAR(300)  NOT NULL,
    sender_name         VARCHAR(100)  NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    process_instance_id VARCHAR(64),
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    reminder_interval   VARCHAR(40),
    callback_url        VARCHAR(2000),
    signature_modes     VARCHAR(40)   NOT NULL,
    editable_fields     VARCHAR(40)   NOT NULL,
    brand_colour        VARCHAR(7),
    brand_redirect_url  VARCHAR(2000),
    brand_logo          BYTEA,
    audit_trail_document_id UUID      REFERENCES document (id),
    finalisation_error  VARCHAR(2000),
    end_reason          VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at             TIMESTAMP WITH TIME ZONE,
    ended_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX workflow_sender ON workflow (sender_name, created_at);

CREATE TABLE workflow_document (
    id                  UUID          NOT NULL PRIMARY KEY,
    workflow_id         UUID          NOT NULL REFERENCES workflow (id),
    position            INTEGER       NOT NULL,
    document_id         UUID          NOT NULL REFERENCES document (id),
    original_sha256     VARCHAR(64)   NOT NULL,
    UNIQUE (workflow_id, position)
);

CREATE TABLE workflow_participant (
    id                  UUID          NOT NULL PRIMARY KEY,
    workflow_id         UUID          NOT NULL REFERENCES workflow (id),
    position            INTEGER       NOT NULL,
    order_number        INTEGER       NOT NULL,
    first_name          VARCHAR(200)  NOT NULL,
    surname             VARCHAR(200)  NOT NULL,
    email               VARCHAR(320),
    mobile              VARCHAR(40),
    message             VARCHAR(2000),
    action              VARCHAR(20)   NOT NULL,
    authentication      VARCHAR(10)   NOT NULL,
    portal_user         VARCHAR(100),
    state               VARCHAR(20)   NOT NULL,
    link_token_hash     VARCHAR(64)   UNIQUE,
    invited_at          TIMESTAMP WITH TIME ZONE,
    opened_at           TIMESTAMP WITH TIME ZONE,
    otp_hash            VARCHAR(64),
    otp_sent_at         TIMESTAMP WITH TIME ZONE,
    otp_expires_at      TIMESTAMP WITH TIME ZONE,
    otp_failures        INTEGER       NOT NULL,
    otp_verified_at     TIMESTAMP WITH TIME ZONE,
    acted_at            TIMESTAMP WITH TIME ZONE,
    decline_reason      VARCHAR(2000),
    client_ip           VARCHAR(64),
    user_agent          VARCHAR(400),
    signer_certificate  BYTEA,
    UNIQUE (workflow_id, position)
);
CREATE INDEX workflow_participant_user ON workflow_participant (portal_user, state);

CREATE TABLE workflow_field (
    participant_id      UUID          NOT NULL REFERENCES workflow_participant (id),
    position            INTEGER       NOT NULL,
    document_position   INTEGER       NOT NULL,
    page_number         INTEGER       NOT NULL,
    x                   REAL          NOT NULL,
    y                   REAL          NOT NULL,
    width               REAL          NOT NULL,
    height              REAL          NOT NULL,
    field_name          VARCHAR(100),
    PRIMARY KEY (participant_id, position)
);
CREATE INDEX audit_event_subject ON audit_event (subject);
