-- Open data: secrets shared by every application node (the key that signs OAI-PMH resumption tokens),
-- created by whichever node needs one first. Kept in the database so several nodes agree on it.
CREATE TABLE shared_secret (
    name        VARCHAR(64)   PRIMARY KEY,
    secret      VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Harvesting pages through published and withdrawn records in modification order.
CREATE INDEX ix_artifact_updated_id ON artifact (updated_at, id);
