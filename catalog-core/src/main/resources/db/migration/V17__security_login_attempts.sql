-- Failed staff sign-ins (form and HTTP Basic), for throttling password guessing on every node at once.
-- client_key is a hash of the caller's address, not the address.
CREATE SEQUENCE staff_login_attempt_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE staff_login_attempt (
    id          BIGINT PRIMARY KEY,
    username    VARCHAR(100)  NOT NULL,
    client_key  VARCHAR(64)   NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_staff_login_attempt_user ON staff_login_attempt (username, at);
CREATE INDEX ix_staff_login_attempt_client ON staff_login_attempt (client_key, at);
