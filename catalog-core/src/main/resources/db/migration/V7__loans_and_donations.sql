-- Loans out (藏品貸出) and donations in (捐贈). Borrower contacts, donor details and insurance values are
-- restricted data: they live only in these tables and reach staff views only.

-- Numbers handed out per key and year (LN-2026-0001, DO-2026-0001, accession numbers): the row is
-- incremented in the allocating transaction, so concurrent allocations on any node wait for each other
-- and a rolled-back one gives its number back.
CREATE TABLE numbering_counter (
    counter_key   VARCHAR(60) PRIMARY KEY,
    last_number   INTEGER     NOT NULL
);

CREATE SEQUENCE loan_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE loan_object_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE loan_reminder_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE loan (
    id                    BIGINT PRIMARY KEY,
    loan_number           VARCHAR(20)   NOT NULL,
    submission_token      VARCHAR(64),
    language              VARCHAR(8)    NOT NULL,
    institution           VARCHAR(300)  NOT NULL,
    institution_address   VARCHAR(500),
    contact_name          VARCHAR(200)  NOT NULL,
    contact_email         VARCHAR(320)  NOT NULL,
    contact_phone         VARCHAR(50),
    consent_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    consent_version       VARCHAR(20)   NOT NULL,
    exhibition_title      VARCHAR(500)  NOT NULL,
    purpose               VARCHAR(4000),
    venue                 VARCHAR(500)  NOT NULL,
    facility_security     VARCHAR(2000),
    facility_climate      VARCHAR(2000),
    facility_lighting     VARCHAR(2000),
    period_from           DATE          NOT NULL,
    period_to             DATE          NOT NULL,
    transport_proposal    VARCHAR(2000),
    insurance_proposal    VARCHAR(2000),
    status                VARCHAR(20)   NOT NULL,
    loan_conditions       VARCHAR(4000),
    reviewed_by           VARCHAR(100),
    reviewed_at           TIMESTAMP WITH TIME ZONE,
    agreement_key         VARCHAR(100),
    agreement_media_type  VARCHAR(100),
    agreement_uploaded_at TIMESTAMP WITH TIME ZONE,
    departed_on           DATE,
    returned_on           DATE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT uq_loan_number UNIQUE (loan_number),
    CONSTRAINT uq_loan_token UNIQUE (submission_token)
);
CREATE INDEX ix_loan_status ON loan (status, period_to);

CREATE TABLE loan_object (
    id                  BIGINT PRIMARY KEY,
    loan_id             BIGINT        NOT NULL REFERENCES loan (id),
    artifact_id         BIGINT        NOT NULL REFERENCES artifact (id),
    position            INTEGER       NOT NULL,
    decision            VARCHAR(16)   NOT NULL,
    refusal_reason      VARCHAR(20),
    decision_note       VARCHAR(2000),
    insurance_value     NUMERIC(15, 2),
    insurance_currency  VARCHAR(3),
    departure_check_id  BIGINT        REFERENCES condition_check (id),
    return_check_id     BIGINT        REFERENCES condition_check (id),
    CONSTRAINT uq_loan_object UNIQUE (loan_id, artifact_id)
);
CREATE INDEX ix_loan_object_artifact ON loan_object (artifact_id);

-- One row per reminder sent: the unique key makes each reminder go out once, whichever node runs the job.
CREATE TABLE loan_reminder (
    id           BIGINT PRIMARY KEY,
    loan_id      BIGINT        NOT NULL REFERENCES loan (id),
    offset_days  INTEGER       NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_loan_reminder UNIQUE (loan_id, offset_days)
);

CREATE SEQUENCE donation_offer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE donation_object_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE donation_photo_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE donation_offer (
    id                   BIGINT PRIMARY KEY,
    offer_number         VARCHAR(20)   NOT NULL,
    submission_token     VARCHAR(64),
    language             VARCHAR(8)    NOT NULL,
    donor_name           VARCHAR(200)  NOT NULL,
    donor_email          VARCHAR(320)  NOT NULL,
    donor_phone          VARCHAR(50),
    donor_address        VARCHAR(500),
    consent_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    consent_version      VARCHAR(20)   NOT NULL,
    credit_choice        VARCHAR(16)   NOT NULL,
    credit_name          VARCHAR(300),
    gift_conditions      VARCHAR(4000),
    status               VARCHAR(20)   NOT NULL,
    eval_relevance       VARCHAR(2000),
    eval_condition       VARCHAR(2000),
    eval_provenance      VARCHAR(2000),
    eval_storage_cost    VARCHAR(2000),
    recommendation       VARCHAR(16),
    evaluated_by         VARCHAR(100),
    evaluated_at         TIMESTAMP WITH TIME ZONE,
    decision             VARCHAR(16),
    decision_date        DATE,
    minutes_reference    VARCHAR(200),
    decided_by           VARCHAR(100),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_donation_offer_number UNIQUE (offer_number),
    CONSTRAINT uq_donation_offer_token UNIQUE (submission_token)
);
CREATE INDEX ix_donation_offer_status ON donation_offer (status, created_at);

CREATE TABLE donation_object (
    id              BIGINT PRIMARY KEY,
    offer_id        BIGINT        NOT NULL REFERENCES donation_offer (id),
    position        INTEGER       NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    history         VARCHAR(8000),
    date_made       VARCHAR(200),
    object_number   VARCHAR(64)
);
CREATE INDEX ix_donation_object_offer ON donation_object (offer_id);

CREATE TABLE donation_photo (
    id            BIGINT PRIMARY KEY,
    object_id     BIGINT        NOT NULL REFERENCES donation_object (id),
    storage_key   VARCHAR(100)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    width         INTEGER,
    height        INTEGER
);
CREATE INDEX ix_donation_photo_object ON donation_photo (object_id);
