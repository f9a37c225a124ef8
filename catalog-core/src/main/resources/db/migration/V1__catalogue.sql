-- Catalogue schema. Portable between H2 (PostgreSQL mode) and PostgreSQL: no vendor types,
-- sequences allocate in blocks of 50 so Hibernate can batch inserts during bulk imports.

CREATE SEQUENCE term_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE agent_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE place_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE artifact_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE media_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE staff_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE term (
    id              BIGINT PRIMARY KEY,
    vocabulary      VARCHAR(32)   NOT NULL,
    code            VARCHAR(100)  NOT NULL,
    label_zh        VARCHAR(500)  NOT NULL,
    label_en        VARCHAR(500),
    scope_note_zh   VARCHAR(4000),
    scope_note_en   VARCHAR(4000),
    parent_id       BIGINT REFERENCES term (id),
    retired         BOOLEAN       NOT NULL DEFAULT FALSE,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_term_code UNIQUE (vocabulary, code)
);

CREATE TABLE agent (
    id              BIGINT PRIMARY KEY,
    kind            VARCHAR(16)   NOT NULL,
    name_zh         VARCHAR(500)  NOT NULL,
    name_en         VARCHAR(500),
    sort_name       VARCHAR(500),
    biography_zh    VARCHAR(8000),
    biography_en    VARCHAR(8000),
    nationality_zh  VARCHAR(200),
    nationality_en  VARCHAR(200),
    begin_year      INTEGER,
    end_year        INTEGER,
    external_id     VARCHAR(200),
    retired         BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_agent_external_id UNIQUE (external_id)
);

CREATE TABLE place (
    id              BIGINT PRIMARY KEY,
    name_zh         VARCHAR(500)  NOT NULL,
    name_en         VARCHAR(500),
    parent_id       BIGINT REFERENCES place (id),
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    retired         BOOLEAN       NOT NULL DEFAULT FALSE,
    version         BIGINT        NOT NULL
);

CREATE TABLE artifact (
    id                   BIGINT PRIMARY KEY,
    object_number        VARCHAR(64)   NOT NULL,
    title_zh             VARCHAR(1000) NOT NULL,
    title_en             VARCHAR(1000),
    object_name_id       BIGINT REFERENCES term (id),
    classification_id    BIGINT REFERENCES term (id),
    description_zh       VARCHAR(20000),
    description_en       VARCHAR(20000),
    date_display_zh      VARCHAR(200),
    date_display_en      VARCHAR(200),
    date_earliest        INTEGER,
    date_latest          INTEGER,
    production_place_id  BIGINT REFERENCES place (id),
    inscription_zh       VARCHAR(4000),
    inscription_en       VARCHAR(4000),
    provenance_zh        VARCHAR(8000),
    provenance_en        VARCHAR(8000),
    credit_line_zh       VARCHAR(1000),
    credit_line_en       VARCHAR(1000),
    licence              VARCHAR(500),
    rights_statement_zh  VARCHAR(2000),
    rights_statement_en  VARCHAR(2000),
    status               VARCHAR(16)   NOT NULL,
    storage_location     VARCHAR(500),
    insurance_value      DECIMAL(18, 2),
    insurance_currency   VARCHAR(3),
    internal_notes       VARCHAR(8000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100)  NOT NULL,
    published_at         TIMESTAMP WITH TIME ZONE,
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_artifact_object_number UNIQUE (object_number)
);
CREATE INDEX ix_artifact_status ON artifact (status);
CREATE INDEX ix_artifact_classification ON artifact (classification_id);
CREATE INDEX ix_artifact_updated ON artifact (updated_at);

CREATE TABLE artifact_maker (
    artifact_id  BIGINT       NOT NULL REFERENCES artifact (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    agent_id     BIGINT       NOT NULL REFERENCES agent (id),
    role_zh      VARCHAR(200),
    role_en      VARCHAR(200),
    PRIMARY KEY (artifact_id, position)
);
CREATE INDEX ix_artifact_maker_agent ON artifact_maker (agent_id);

CREATE TABLE artifact_term (
    artifact_id  BIGINT       NOT NULL REFERENCES artifact (id) ON DELETE CASCADE,
    field        VARCHAR(16)  NOT NULL,
    position     INTEGER      NOT NULL,
    term_id      BIGINT       NOT NULL REFERENCES term (id),
    PRIMARY KEY (artifact_id, position)
);
CREATE INDEX ix_artifact_term_term ON artifact_term (term_id);

CREATE TABLE artifact_dimension (
    artifact_id  BIGINT        NOT NULL REFERENCES artifact (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    part_zh      VARCHAR(200),
    part_en      VARCHAR(200),
    aspect       VARCHAR(32)   NOT NULL,
    amount       DECIMAL(14, 4) NOT NULL,
    unit         VARCHAR(16)   NOT NULL,
    PRIMARY KEY (artifact_id, position)
);

CREATE TABLE artifact_link (
    artifact_id  BIGINT        NOT NULL REFERENCES artifact (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    url          VARCHAR(2000) NOT NULL,
    label_zh     VARCHAR(500),
    label_en     VARCHAR(500),
    PRIMARY KEY (artifact_id, position)
);

CREATE TABLE media (
    id                 BIGINT PRIMARY KEY,
    artifact_id        BIGINT        NOT NULL REFERENCES artifact (id) ON DELETE CASCADE,
    kind               VARCHAR(16)   NOT NULL,
    position           INTEGER       NOT NULL,
    is_primary         BOOLEAN       NOT NULL DEFAULT FALSE,
    caption_zh         VARCHAR(2000),
    caption_en         VARCHAR(2000),
    rights             VARCHAR(1000),
    original_filename  VARCHAR(255)  NOT NULL,
    media_type         VARCHAR(100)  NOT NULL,
    size_bytes         BIGINT        NOT NULL,
    sha256             VARCHAR(64)   NOT NULL,
    storage_key        VARCHAR(200)  NOT NULL,
    width              INTEGER,
    height             INTEGER,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL
);
CREATE INDEX ix_media_artifact ON media (artifact_id);

CREATE TABLE audit_entry (
    id           BIGINT PRIMARY KEY,
    entity_type  VARCHAR(32)    NOT NULL,
    entity_key   VARCHAR(200)   NOT NULL,
    action       VARCHAR(16)    NOT NULL,
    actor        VARCHAR(100)   NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    before_json  VARCHAR(100000),
    after_json   VARCHAR(100000)
);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_key);

CREATE TABLE staff_user (
    id             BIGINT PRIMARY KEY,
    username       VARCHAR(100)  NOT NULL,
    password_hash  VARCHAR(200)  NOT NULL,
    display_name   VARCHAR(200)  NOT NULL,
    roles          VARCHAR(200)  NOT NULL,
    enabled        BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uq_staff_user_username UNIQUE (username)
);
