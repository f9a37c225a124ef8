-- Paid artifact health checks (文物健檢): requests from outside the museum, their timeline and messages.
-- Requester contact details are personal data; they live only in health_check_case.

CREATE SEQUENCE health_check_case_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE health_check_event_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE health_check_message_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE health_check_attempt_seq START WITH 1 INCREMENT BY 50;

-- Case numbers (HC-2026-0042) are counted per year here, in the submitting transaction: the row lock
-- serialises concurrent submissions on every node, and a rolled-back submission gives its number back.
CREATE TABLE health_check_counter (
    counter_year  INTEGER PRIMARY KEY,
    last_number   INTEGER NOT NULL
);

CREATE TABLE health_check_case (
    id                      BIGINT PRIMARY KEY,
    case_number             VARCHAR(20)   NOT NULL,
    access_code_hash        VARCHAR(64)   NOT NULL,
    submission_token        VARCHAR(64),
    language                VARCHAR(8)    NOT NULL,
    requester_type          VARCHAR(20)   NOT NULL,
    requester_name          VARCHAR(200)  NOT NULL,
    requester_organisation  VARCHAR(300),
    requester_email         VARCHAR(320)  NOT NULL,
    requester_phone         VARCHAR(50),
    requester_address       VARCHAR(500),
    consent_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    consent_version         VARCHAR(20)   NOT NULL,
    object_count            INTEGER       NOT NULL,
    object_description      VARCHAR(4000) NOT NULL,
    object_materials        VARCHAR(1000),
    object_age              VARCHAR(200),
    object_size             VARCHAR(500),
    services                VARCHAR(200)  NOT NULL,
    on_site                 BOOLEAN       NOT NULL,
    site_address            VARCHAR(500),
    preferred_from          DATE,
    preferred_to            DATE,
    status                  VARCHAR(20)   NOT NULL,
    scheduled_for           DATE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT uq_health_check_case_number UNIQUE (case_number),
    -- a form submitted twice (double click, resend) makes one case
    CONSTRAINT uq_health_check_case_token UNIQUE (submission_token)
);
CREATE INDEX ix_health_check_case_status ON health_check_case (status, created_at);

CREATE TABLE health_check_event (
    id       BIGINT PRIMARY KEY,
    case_id  BIGINT        NOT NULL REFERENCES health_check_case (id),
    status   VARCHAR(20)   NOT NULL,
    actor    VARCHAR(100)  NOT NULL,
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    note     VARCHAR(2000)
);
CREATE INDEX ix_health_check_event_case ON health_check_event (case_id);

CREATE TABLE health_check_message (
    id           BIGINT PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES health_check_case (id),
    author       VARCHAR(16)   NOT NULL,
    author_name  VARCHAR(100),
    body         VARCHAR(4000) NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_health_check_message_case ON health_check_message (case_id);

-- Failed access-code attempts, for throttling guessers on every node. client_key is a hash, not an address.
CREATE TABLE health_check_attempt (
    id           BIGINT PRIMARY KEY,
    case_number  VARCHAR(40)   NOT NULL,
    client_key   VARCHAR(64)   NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_health_check_attempt_number ON health_check_attempt (case_number, at);
CREATE INDEX ix_health_check_attempt_client ON health_check_attempt (client_key, at);

-- Quotes: computed from the fee schedule, edited by staff while a draft, then sent to the requester, who
-- accepts or declines. A declined quote is kept; the next one gets the next quote_no.
CREATE SEQUENCE health_check_quote_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE health_check_quote_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE health_check_quote (
    id             BIGINT PRIMARY KEY,
    case_id        BIGINT        NOT NULL REFERENCES health_check_case (id),
    quote_no       INTEGER       NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    urgent         BOOLEAN       NOT NULL,
    total          BIGINT        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE,
    decided_at     TIMESTAMP WITH TIME ZONE,
    decision_note  VARCHAR(2000),
    CONSTRAINT uq_health_check_quote_no UNIQUE (case_id, quote_no)
);

CREATE TABLE health_check_quote_line (
    id           BIGINT PRIMARY KEY,
    quote_id     BIGINT        NOT NULL REFERENCES health_check_quote (id),
    line_no      INTEGER       NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    service      VARCHAR(32),
    text         VARCHAR(300),
    quantity     INTEGER       NOT NULL,
    unit_amount  BIGINT        NOT NULL,
    amount       BIGINT        NOT NULL
);
CREATE INDEX ix_health_check_quote_line_quote ON health_check_quote_line (quote_id);

-- Photos the requester sent with the request: files in the media store (content-addressed, type detected
-- from the bytes), seen by staff only.
CREATE SEQUENCE health_check_photo_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE health_check_photo (
    id           BIGINT PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES health_check_case (id),
    storage_key  VARCHAR(80)   NOT NULL,
    media_type   VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    width        INTEGER,
    height       INTEGER,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_health_check_photo_case ON health_check_photo (case_id);
