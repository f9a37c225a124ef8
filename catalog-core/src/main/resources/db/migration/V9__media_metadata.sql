-- What an image's EXIF/XMP or a document's properties say (read with Apache Tika on import), kept beside
-- the media record: capture date, creator and copyright as the file states them (not the museum's rights
-- statement), a document's title and pages, and its text for search.
CREATE TABLE media_metadata (
    media_id        BIGINT PRIMARY KEY REFERENCES media (id) ON DELETE CASCADE,
    captured_at     VARCHAR(40),
    creator         VARCHAR(500),
    copyright       VARCHAR(1000),
    title           VARCHAR(1000),
    page_count      INTEGER,
    extracted_text  TEXT
);
