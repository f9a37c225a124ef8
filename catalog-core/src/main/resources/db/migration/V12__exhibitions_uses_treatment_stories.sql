-- Exhibitions with their object lists, recorded uses of the collection (workshops, research, filming ...),
-- and treatment stories: conservation work told to the public, reviewed before publication.

-- An exhibition (in-house or travelling). Its dates say whether it is upcoming, current or past; the public
-- sees it only once published. location_id: the gallery (location authority, V11) its objects move to.
-- installation: PLANNED, INSTALLED (objects moved to its location), CLOSED (objects moved back home).
CREATE SEQUENCE exhibition_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE exhibition (
    id               BIGINT PRIMARY KEY,
    exhibition_number VARCHAR(20)  NOT NULL,
    title_zh         VARCHAR(500)  NOT NULL,
    title_en         VARCHAR(500),
    description_zh   VARCHAR(8000),
    description_en   VARCHAR(8000),
    venue_zh         VARCHAR(500),
    venue_en         VARCHAR(500),
    kind             VARCHAR(20)   NOT NULL,
    curator          VARCHAR(200),
    opens_on         DATE          NOT NULL,
    closes_on        DATE,
    location_id      BIGINT        REFERENCES location (id),
    published_at     TIMESTAMP WITH TIME ZONE,
    installation     VARCHAR(20)   NOT NULL,
    installed_at     TIMESTAMP WITH TIME ZONE,
    closed_at        TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_exhibition_number UNIQUE (exhibition_number),
    CONSTRAINT ck_exhibition_dates CHECK (closes_on IS NULL OR closes_on >= opens_on)
);
CREATE INDEX ix_exhibition_opens_on ON exhibition (opens_on);

-- The objects of an exhibition in display order: the label the public reads and the display notes staff
-- need (case, mount, light levels), which never leave the workspace; when each went up and came back.
CREATE SEQUENCE exhibition_object_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE exhibition_object (
    id               BIGINT PRIMARY KEY,
    exhibition_id    BIGINT        NOT NULL REFERENCES exhibition (id) ON DELETE CASCADE,
    artifact_id      BIGINT        NOT NULL REFERENCES artifact (id),
    position         INTEGER       NOT NULL,
    label_zh         VARCHAR(2000),
    label_en         VARCHAR(2000),
    display_notes    VARCHAR(4000),
    installed_at     TIMESTAMP WITH TIME ZONE,
    returned_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_exhibition_object UNIQUE (exhibition_id, artifact_id)
);
CREATE INDEX ix_exhibition_object_artifact ON exhibition_object (artifact_id);

-- A recorded use of collection objects (Spectrum: Use of collections) that no other record tells: a
-- workshop, research visit, photography or filming, publication, event.
CREATE SEQUENCE collection_use_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE collection_use (
    id               BIGINT PRIMARY KEY,
    kind             VARCHAR(20)   NOT NULL,
    purpose_zh       VARCHAR(1000) NOT NULL,
    purpose_en       VARCHAR(1000),
    used_from        DATE          NOT NULL,
    used_until       DATE,
    used_by          VARCHAR(500),
    notes            VARCHAR(4000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT ck_collection_use_dates CHECK (used_until IS NULL OR used_until >= used_from)
);
CREATE INDEX ix_collection_use_from ON collection_use (used_from);

CREATE TABLE collection_use_object (
    use_id           BIGINT        NOT NULL REFERENCES collection_use (id) ON DELETE CASCADE,
    position         INTEGER       NOT NULL,
    artifact_id      BIGINT        NOT NULL REFERENCES artifact (id),
    PRIMARY KEY (use_id, position)
);
CREATE INDEX ix_collection_use_object_artifact ON collection_use_object (artifact_id);

-- A treatment story: a conservator's public account of a treatment record (a condition check of context
-- TREATMENT), with chosen photos. status: DRAFT, IN_REVIEW, PUBLISHED; someone who did not write it approves.
-- review_note is the reviewer's internal comment; credit_examiner says the examiner agreed to be named.
CREATE SEQUENCE treatment_story_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE treatment_story (
    id               BIGINT PRIMARY KEY,
    artifact_id      BIGINT        NOT NULL REFERENCES artifact (id),
    treatment_check_id BIGINT      NOT NULL REFERENCES condition_check (id),
    title_zh         VARCHAR(500)  NOT NULL,
    title_en         VARCHAR(500),
    summary_zh       VARCHAR(1000),
    summary_en       VARCHAR(1000),
    body_zh          VARCHAR(20000) NOT NULL,
    body_en          VARCHAR(20000),
    credit_examiner  BOOLEAN       NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    submitted_by     VARCHAR(100),
    submitted_at     TIMESTAMP WITH TIME ZONE,
    reviewed_by      VARCHAR(100),
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    review_note      VARCHAR(4000),
    published_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX ix_treatment_story_artifact ON treatment_story (artifact_id);
CREATE INDEX ix_treatment_story_status ON treatment_story (status, published_at);

-- The photos chosen for the story (from the object's condition checks), in order, with the public caption.
CREATE TABLE treatment_story_photo (
    story_id         BIGINT        NOT NULL REFERENCES treatment_story (id) ON DELETE CASCADE,
    position         INTEGER       NOT NULL,
    check_id         BIGINT        NOT NULL REFERENCES condition_check (id),
    photo_id         BIGINT        NOT NULL REFERENCES condition_photo (id),
    stage            VARCHAR(16)   NOT NULL,
    caption_zh       VARCHAR(1000),
    caption_en       VARCHAR(1000),
    PRIMARY KEY (story_id, position)
);
