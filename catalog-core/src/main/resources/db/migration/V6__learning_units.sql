-- Learning units (導覽學習單元): an ordered story of sections over catalogue items, published on a
-- schedule (publish_at; NULL is a draft), and the broken-link check of external links.

CREATE SEQUENCE learning_unit_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE learning_unit (
    id            BIGINT PRIMARY KEY,
    slug          VARCHAR(80)   NOT NULL,
    title_zh      VARCHAR(500)  NOT NULL,
    title_en      VARCHAR(500),
    summary_zh    VARCHAR(4000),
    summary_en    VARCHAR(4000),
    age_group     VARCHAR(20)   NOT NULL,
    goals_zh      VARCHAR(8000),
    goals_en      VARCHAR(8000),
    questions_zh  VARCHAR(8000),
    questions_en  VARCHAR(8000),
    -- Visible to the public from this moment on; NULL while a draft.
    publish_at    TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uq_learning_unit_slug UNIQUE (slug)
);
CREATE INDEX ix_learning_unit_publish_at ON learning_unit (publish_at);

-- Themes are terms of the subject vocabulary, by code.
CREATE TABLE learning_unit_theme (
    unit_id     BIGINT       NOT NULL REFERENCES learning_unit (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    theme_code  VARCHAR(100) NOT NULL,
    PRIMARY KEY (unit_id, position)
);
CREATE INDEX ix_learning_unit_theme_code ON learning_unit_theme (theme_code);

CREATE TABLE learning_unit_reference (
    unit_id      BIGINT        NOT NULL REFERENCES learning_unit (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    citation_zh  VARCHAR(1000),
    citation_en  VARCHAR(1000),
    url          VARCHAR(2000),
    PRIMARY KEY (unit_id, position)
);

CREATE TABLE learning_unit_section (
    unit_id     BIGINT        NOT NULL REFERENCES learning_unit (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    heading_zh  VARCHAR(500),
    heading_en  VARCHAR(500),
    body_zh     VARCHAR(20000),
    body_en     VARCHAR(20000),
    PRIMARY KEY (unit_id, position)
);

-- Items of every section in one list; section_index is the position of their section.
CREATE TABLE learning_unit_item (
    unit_id        BIGINT        NOT NULL REFERENCES learning_unit (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    section_index  INTEGER       NOT NULL,
    artifact_id    BIGINT        NOT NULL REFERENCES artifact (id),
    media_id       BIGINT        REFERENCES media (id) ON DELETE SET NULL,
    caption_zh     VARCHAR(2000),
    caption_en     VARCHAR(2000),
    PRIMARY KEY (unit_id, position)
);
CREATE INDEX ix_learning_unit_item_artifact ON learning_unit_item (artifact_id);

-- Broken-link check. One row per job: which node holds it until when, and when it last finished, so
-- that of several application nodes only one runs the check, and only when it is due.
CREATE TABLE scheduled_job (
    name           VARCHAR(50) PRIMARY KEY,
    locked_by      VARCHAR(100),
    locked_until   TIMESTAMP WITH TIME ZONE,
    last_run_at    TIMESTAMP WITH TIME ZONE
);
INSERT INTO scheduled_job (name) VALUES ('link-check');

-- The outcome of the last check of each distinct external URL.
CREATE TABLE link_check_result (
    url          VARCHAR(2000) NOT NULL,
    ok           BOOLEAN       NOT NULL,
    http_status  INTEGER,
    problem      VARCHAR(500),
    sources      VARCHAR(4000) NOT NULL,
    checked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (url)
);
