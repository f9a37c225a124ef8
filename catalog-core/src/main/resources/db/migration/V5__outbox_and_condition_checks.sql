-- Shared foundations: the mail outbox and condition checks (used by health checks, conservation of the
-- museum's own artifacts, and loans).

-- Mail is written here in the transaction of the change it announces; a scheduled sender delivers it.
-- A sender claims a row (claimed_by, claimed_until) with a conditional UPDATE, so two nodes never send the
-- same mail; a claim that is not released by then (a crashed node) may be taken again.
CREATE SEQUENCE mail_outbox_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE mail_outbox (
    id               BIGINT PRIMARY KEY,
    recipient        VARCHAR(320)  NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    body             VARCHAR(20000) NOT NULL,
    topic            VARCHAR(100),
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by       VARCHAR(100),
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);

-- One condition record for every look at an object: its subject is a museum artifact, or object n of a
-- health-check case (objects outside the collection have no artifact record).
CREATE SEQUENCE condition_check_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE condition_check (
    id                   BIGINT PRIMARY KEY,
    artifact_id          BIGINT        REFERENCES artifact (id),
    case_id              BIGINT        REFERENCES health_check_case (id),
    case_object_no       INTEGER,
    context              VARCHAR(20)   NOT NULL,
    context_ref          VARCHAR(100),
    examined_at          DATE          NOT NULL,
    examined_by          VARCHAR(200)  NOT NULL,
    identification_zh    VARCHAR(1000),
    identification_en    VARCHAR(1000),
    category             VARCHAR(200),
    quantity             INTEGER       NOT NULL,
    period_zh            VARCHAR(200),
    period_en            VARCHAR(200),
    provenance_zh        VARCHAR(2000),
    provenance_en        VARCHAR(2000),
    materials_zh         VARCHAR(1000),
    materials_en         VARCHAR(1000),
    dimensions           VARCHAR(500),
    grade                VARCHAR(16)   NOT NULL,
    summary_zh           VARCHAR(4000),
    summary_en           VARCHAR(4000),
    causes_zh            VARCHAR(4000),
    causes_en            VARCHAR(4000),
    risk                 VARCHAR(16),
    urgency              VARCHAR(16),
    recommendations_zh   VARCHAR(4000),
    recommendations_en   VARCHAR(4000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100)  NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT ck_condition_check_subject CHECK (
        (artifact_id IS NOT NULL AND case_id IS NULL AND case_object_no IS NULL)
        OR (artifact_id IS NULL AND case_id IS NOT NULL AND case_object_no IS NOT NULL))
);
CREATE INDEX ix_condition_check_artifact ON condition_check (artifact_id, examined_at);
CREATE INDEX ix_condition_check_case ON condition_check (case_id, case_object_no);

-- Damages: a term of the CONDITION vocabulary and where on the object it is.
CREATE TABLE condition_damage (
    check_id      BIGINT        NOT NULL REFERENCES condition_check (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    term_id       BIGINT        NOT NULL REFERENCES term (id),
    location_zh   VARCHAR(1000),
    location_en   VARCHAR(1000),
    PRIMARY KEY (check_id, position)
);

-- Photos of the check, in the media store, each with its annotation (what the photo shows and where).
CREATE SEQUENCE condition_photo_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE condition_photo (
    id             BIGINT PRIMARY KEY,
    check_id       BIGINT        NOT NULL REFERENCES condition_check (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    storage_key    VARCHAR(80)   NOT NULL,
    media_type     VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    width          INTEGER,
    height         INTEGER,
    annotation_zh  VARCHAR(1000),
    annotation_en  VARCHAR(1000),
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_condition_photo_check ON condition_photo (check_id);

-- The damage types conservators record, in the CONDITION vocabulary (more can be added as terms).
CREATE TABLE condition_seed (code VARCHAR(100), label_zh VARCHAR(500), label_en VARCHAR(500));
INSERT INTO condition_seed (code, label_zh, label_en) VALUES
    ('cracking', '龜裂', 'Cracking'),
    ('flaking-paint', '彩繪剝落', 'Flaking paint'),
    ('insect-damage', '蟲蛀', 'Insect damage'),
    ('mould', '發霉', 'Mould'),
    ('corrosion', '鏽蝕', 'Corrosion'),
    ('fading', '褪色', 'Fading'),
    ('staining', '污漬', 'Staining'),
    ('soiling', '積塵髒污', 'Dust and soiling'),
    ('loss', '缺損', 'Loss'),
    ('warping', '變形翹曲', 'Warping'),
    ('delamination', '層離', 'Delamination'),
    ('tear', '破裂撕裂', 'Tear'),
    ('abrasion', '磨損', 'Abrasion'),
    ('salt-efflorescence', '鹽害析出', 'Salt efflorescence'),
    ('previous-repair', '舊修補', 'Previous repair'),
    ('smoke-damage', '煙燻', 'Smoke and soot damage');
INSERT INTO term (id, vocabulary, code, label_zh, label_en, retired, version)
    SELECT nextval('term_seq'), 'CONDITION', s.code, s.label_zh, s.label_en, FALSE, 0
    FROM condition_seed s
    WHERE NOT EXISTS (SELECT 1 FROM term t WHERE t.vocabulary = 'CONDITION' AND t.code = s.code);
DROP TABLE condition_seed;
