-- Valuations (Spectrum: Valuation) and deaccession and disposal (Spectrum: Deaccessioning and disposal).
-- Valuations become the one place an object's worth is kept: the catalogue record's old insurance value
-- and the insurance values registrars typed into loan reviews move here, and a loan object now points at
-- the valuation it was approved with. Nothing is dropped before it has been copied.

CREATE SEQUENCE valuation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE valuation (
    id                 BIGINT PRIMARY KEY,
    artifact_id        BIGINT         NOT NULL REFERENCES artifact (id),
    amount             NUMERIC(15, 2) NOT NULL,
    currency           VARCHAR(3)     NOT NULL,
    valued_on          DATE           NOT NULL,
    valuer             VARCHAR(200),
    purpose            VARCHAR(20)    NOT NULL,
    reference          VARCHAR(200),
    notes              VARCHAR(4000),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        VARCHAR(100)   NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100)   NOT NULL,
    version            BIGINT         NOT NULL,
    -- only while this migration runs: which loan object a copied value came from
    from_loan_object   BIGINT
);
CREATE INDEX ix_valuation_artifact ON valuation (artifact_id, purpose, valued_on);

-- 1. The catalogue record's insurance value, dated by the record's last change (the best date it has).
INSERT INTO valuation (id, artifact_id, amount, currency, valued_on, valuer, purpose, reference, notes,
                       recorded_at, recorded_by, updated_at, updated_by, version)
SELECT nextval('valuation_seq'), a.id, a.insurance_value, COALESCE(a.insurance_currency, 'TWD'),
       CAST(a.updated_at AS DATE), NULL, 'INSURANCE', NULL,
       '由編目紀錄的保險金額移入 / Moved from the catalogue record''s insurance value',
       a.updated_at, a.updated_by, a.updated_at, a.updated_by, 0
FROM artifact a
WHERE a.insurance_value IS NOT NULL;

-- 2. Values agreed in loan reviews, dated and signed by the review, referring to the loan.
INSERT INTO valuation (id, artifact_id, amount, currency, valued_on, valuer, purpose, reference, notes,
                       recorded_at, recorded_by, updated_at, updated_by, version, from_loan_object)
SELECT nextval('valuation_seq'), lo.artifact_id, lo.insurance_value, COALESCE(lo.insurance_currency, 'TWD'),
       CAST(COALESCE(l.reviewed_at, l.updated_at) AS DATE), l.reviewed_by, 'INSURANCE', l.loan_number, NULL,
       COALESCE(l.reviewed_at, l.updated_at), COALESCE(l.reviewed_by, 'system'),
       COALESCE(l.reviewed_at, l.updated_at), COALESCE(l.reviewed_by, 'system'), 0, lo.id
FROM loan_object lo JOIN loan l ON l.id = lo.loan_id
WHERE lo.insurance_value IS NOT NULL;

ALTER TABLE loan_object ADD COLUMN valuation_id BIGINT REFERENCES valuation (id);
UPDATE loan_object SET valuation_id = (SELECT v.id FROM valuation v WHERE v.from_loan_object = loan_object.id)
WHERE insurance_value IS NOT NULL;
CREATE INDEX ix_loan_object_valuation ON loan_object (valuation_id);

ALTER TABLE valuation DROP COLUMN from_loan_object;
ALTER TABLE loan_object DROP COLUMN insurance_value;
ALTER TABLE loan_object DROP COLUMN insurance_currency;
ALTER TABLE artifact DROP COLUMN insurance_value;
ALTER TABLE artifact DROP COLUMN insurance_currency;

-- Deaccession: a proposal for one or more objects, the committee's decision, then the disposal.
CREATE SEQUENCE deaccession_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE deaccession_document_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE deaccession (
    id                  BIGINT PRIMARY KEY,
    deaccession_number  VARCHAR(20)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    justification       VARCHAR(8000) NOT NULL,
    proposed_method     VARCHAR(16)   NOT NULL,
    proposed_recipient  VARCHAR(500),
    proposed_by         VARCHAR(100)  NOT NULL,
    proposed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decision            VARCHAR(16),
    decision_date       DATE,
    minute_reference    VARCHAR(200),
    decision_note       VARCHAR(4000),
    decided_by          VARCHAR(100),
    decided_at          TIMESTAMP WITH TIME ZONE,
    disposal_method     VARCHAR(16),
    disposal_recipient  VARCHAR(500),
    disposed_on         DATE,
    disposal_note       VARCHAR(4000),
    disposal_by         VARCHAR(100),
    disposal_at         TIMESTAMP WITH TIME ZONE,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_deaccession_number UNIQUE (deaccession_number)
);
CREATE INDEX ix_deaccession_status ON deaccession (status, proposed_at);

CREATE TABLE deaccession_reason (
    deaccession_id  BIGINT      NOT NULL REFERENCES deaccession (id),
    position        INTEGER     NOT NULL,
    reason          VARCHAR(20) NOT NULL,
    PRIMARY KEY (deaccession_id, position)
);

CREATE TABLE deaccession_object (
    deaccession_id  BIGINT  NOT NULL REFERENCES deaccession (id),
    position        INTEGER NOT NULL,
    artifact_id     BIGINT  NOT NULL REFERENCES artifact (id),
    PRIMARY KEY (deaccession_id, position)
);
CREATE INDEX ix_deaccession_object_artifact ON deaccession_object (artifact_id);

CREATE TABLE deaccession_document (
    id              BIGINT PRIMARY KEY,
    deaccession_id  BIGINT        NOT NULL REFERENCES deaccession (id),
    storage_key     VARCHAR(100)  NOT NULL,
    media_type      VARCHAR(100)  NOT NULL,
    filename        VARCHAR(255)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by     VARCHAR(100)  NOT NULL
);
CREATE INDEX ix_deaccession_document ON deaccession_document (deaccession_id);
