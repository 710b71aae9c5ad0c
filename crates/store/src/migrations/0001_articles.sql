-- Articles as ingested. The body text is stored once and never rewritten; paragraphs and every
-- later annotation are byte spans into it.
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    outlet       TEXT,
    url          TEXT,
    title        TEXT,
    published    TEXT,          -- RFC 3339, UTC
    author       TEXT,
    language     TEXT,
    category     TEXT,
    text         TEXT NOT NULL,
    source_path  TEXT,
    format       TEXT,
    encoding     TEXT,
    ingested_at  TEXT NOT NULL
) STRICT;
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_outlet_published ON articles(outlet, published);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE paragraphs (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) STRICT, WITHOUT ROWID;

CREATE TABLE comments (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    author     TEXT,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) STRICT, WITHOUT ROWID;
