-- What visitors search for, counted per month so curators see what they look for: the query (as the index
-- normalises it), how often it was searched and how often it found nothing. Nothing about who searched or when
-- within the month is kept.
CREATE TABLE search_query_month (
    query_month VARCHAR(7)    NOT NULL,
    query_text  VARCHAR(200)  NOT NULL,
    searches    BIGINT        NOT NULL,
    zero_hits   BIGINT        NOT NULL,
    PRIMARY KEY (query_month, query_text)
);
