-- The persistent seal job queue: batches of documents to seal, and one job per document. A job's
-- input is a stored document version; its options say how to seal it. Several nodes share the
-- queue through the database: a node claims a job by a conditional update (state, lease, version),
-- and a RUNNING job whose lease has run out (its node died) is claimed again.
-- Runs unchanged on H2 and PostgreSQL.

CREATE TABLE seal_batch (
    id              UUID          NOT NULL PRIMARY KEY,
    owner_name      VARCHAR(100)  NOT NULL,
    owner_kind      VARCHAR(20)   NOT NULL,
    document_count  INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX seal_batch_owner ON seal_batch (owner_name, created_at);

CREATE TABLE seal_job (
    id               UUID          NOT NULL PRIMARY KEY,
    kind             VARCHAR(40)   NOT NULL,
    batch_id         UUID          REFERENCES seal_batch (id),
    batch_position   INTEGER       NOT NULL,
    document_id      UUID          NOT NULL REFERENCES document (id),
    input_version_id UUID          NOT NULL REFERENCES document_version (id),
    -- how to seal: the seal, format, level, placement, reason and location of the request
    seal_id          UUID          NOT NULL REFERENCES seal (id),
    format           VARCHAR(10)   NOT NULL,
    level            VARCHAR(10)   NOT NULL,
    placement_kind   VARCHAR(20)   NOT NULL,
    page             INTEGER,
    x                REAL,
    y                REAL,
    width            REAL,
    height           REAL,
    keyword          VARCHAR(4096),
    field_name       VARCHAR(4096),
    reason           VARCHAR(4096),
    location         VARCHAR(4096),
    -- who asked: every seal records the person or process behind it
    actor_name       VARCHAR(100)  NOT NULL,
    actor_kind       VARCHAR(20)   NOT NULL,
    client_ip        VARCHAR(64),
    user_agent       VARCHAR(400),
    -- where the job stands
    state            VARCHAR(10)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    not_before       TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by        VARCHAR(200),
    lock_token       UUID,
    locked_until     TIMESTAMP WITH TIME ZONE,
    error_type       VARCHAR(100),
    error_detail     VARCHAR(2000),
    seal_record_id   UUID          REFERENCES seal_record (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    row_version      BIGINT        NOT NULL
);
CREATE INDEX seal_job_due ON seal_job (state, not_before);
CREATE INDEX seal_job_batch ON seal_job (batch_id, batch_position);
