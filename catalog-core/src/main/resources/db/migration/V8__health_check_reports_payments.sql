-- Health checks, the rest of the process: report versions, invoices and payments, the satisfaction survey,
-- and the anonymisation of requesters' contact details after the retention period.

-- Each issue of a case's report is a new version; old versions stay (staff may download them).
CREATE SEQUENCE health_check_report_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE health_check_report (
    id             BIGINT PRIMARY KEY,
    case_id        BIGINT        NOT NULL REFERENCES health_check_case (id),
    version_no     INTEGER       NOT NULL,
    report_number  VARCHAR(40)   NOT NULL,
    storage_key    VARCHAR(80)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by      VARCHAR(100)  NOT NULL,
    note           VARCHAR(2000),
    CONSTRAINT uq_health_check_report_version UNIQUE (case_id, version_no),
    CONSTRAINT uq_health_check_report_number UNIQUE (report_number)
);

-- One invoice per case (amounts in whole New Taiwan dollars); payments, possibly partial, against it.
CREATE SEQUENCE health_check_invoice_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE health_check_invoice (
    id              BIGINT PRIMARY KEY,
    case_id         BIGINT        NOT NULL REFERENCES health_check_case (id),
    invoice_number  VARCHAR(40)   NOT NULL,
    amount          BIGINT        NOT NULL,
    issued_on       DATE          NOT NULL,
    due_on          DATE,
    issued_by       VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_health_check_invoice_case UNIQUE (case_id),
    CONSTRAINT uq_health_check_invoice_number UNIQUE (invoice_number)
);

CREATE SEQUENCE health_check_payment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE health_check_payment (
    id           BIGINT PRIMARY KEY,
    invoice_id   BIGINT        NOT NULL REFERENCES health_check_invoice (id),
    amount       BIGINT        NOT NULL,
    method       VARCHAR(20)   NOT NULL,
    reference    VARCHAR(200),
    paid_on      DATE          NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL
);
CREATE INDEX ix_health_check_payment_invoice ON health_check_payment (invoice_id);
CREATE INDEX ix_health_check_payment_paid_on ON health_check_payment (paid_on);

-- The requester's answer to the satisfaction survey, once per case, after it closes.
CREATE SEQUENCE health_check_survey_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE health_check_survey (
    id            BIGINT PRIMARY KEY,
    case_id       BIGINT        NOT NULL REFERENCES health_check_case (id),
    rating        INTEGER       NOT NULL,
    comment       VARCHAR(2000),
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_health_check_survey_case UNIQUE (case_id)
);
CREATE INDEX ix_health_check_survey_at ON health_check_survey (submitted_at);

-- When the requester's contact details were erased (retention rule); finished_at: when the case ended.
ALTER TABLE health_check_case ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE health_check_case ADD COLUMN finished_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_health_check_case_finished ON health_check_case (finished_at);
