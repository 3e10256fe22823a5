-- Foundation schema: users, seals and the demo trust setup, documents and their versions, the
-- seal history and the hash-chained audit log. Runs unchanged on H2 and PostgreSQL.

CREATE TABLE app_user (
    id              UUID          NOT NULL PRIMARY KEY,
    username        VARCHAR(100)  NOT NULL UNIQUE,
    display_name    VARCHAR(200)  NOT NULL,
    password_hash   VARCHAR(300)  NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_user_role (
    user_id         UUID          NOT NULL REFERENCES app_user (id),
    role_name       VARCHAR(40)   NOT NULL,
    PRIMARY KEY (user_id, role_name)
);

-- Key material of the demo trust setup (root CA, timestamp authority), one row per role.
CREATE TABLE trust_authority (
    authority_role  VARCHAR(40)   NOT NULL PRIMARY KEY,
    pkcs12          BYTEA         NOT NULL,
    pkcs12_password VARCHAR(300)  NOT NULL,
    test            BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE seal (
    id                 UUID          NOT NULL PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL UNIQUE,
    organisation_name  VARCHAR(300)  NOT NULL,
    credential_kind    VARCHAR(20)   NOT NULL,
    pkcs12             BYTEA         NOT NULL,
    pkcs12_password    VARCHAR(300)  NOT NULL,
    test               BOOLEAN       NOT NULL,
    organisation_default BOOLEAN     NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document (
    id              UUID          NOT NULL PRIMARY KEY,
    name            VARCHAR(300)  NOT NULL,
    owner_name      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document_version (
    id              UUID          NOT NULL PRIMARY KEY,
    document_id     UUID          NOT NULL REFERENCES document (id),
    version_number  INTEGER       NOT NULL,
    content         BYTEA         NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (document_id, version_number)
);

CREATE TABLE seal_record (
    id                 UUID          NOT NULL PRIMARY KEY,
    seal_id            UUID          NOT NULL REFERENCES seal (id),
    document_id        UUID          NOT NULL REFERENCES document (id),
    original_version_id UUID         NOT NULL REFERENCES document_version (id),
    sealed_version_id  UUID          NOT NULL REFERENCES document_version (id),
    level              VARCHAR(10)   NOT NULL,
    visible            BOOLEAN       NOT NULL,
    actor_name         VARCHAR(100)  NOT NULL,
    actor_kind         VARCHAR(20)   NOT NULL,
    test               BOOLEAN       NOT NULL,
    sealed_sha256      VARCHAR(64)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX seal_record_created_at ON seal_record (created_at);

-- The audit log is append-only: each event carries the SHA-256 of the previous one.
CREATE TABLE audit_event (
    sequence_number BIGINT        NOT NULL PRIMARY KEY,
    id              UUID          NOT NULL UNIQUE,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_name      VARCHAR(200)  NOT NULL,
    actor_kind      VARCHAR(20)   NOT NULL,
    action          VARCHAR(60)   NOT NULL,
    subject         VARCHAR(300),
    details         VARCHAR(4000),
    client_ip       VARCHAR(64),
    user_agent      VARCHAR(400),
    previous_hash   VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);

-- One row: the head of the chain. Appending locks it, so events are chained one at a time
-- across all nodes.
CREATE TABLE audit_chain_head (
    id              INTEGER       NOT NULL PRIMARY KEY,
    last_sequence   BIGINT        NOT NULL,
    last_hash       VARCHAR(64)   NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
