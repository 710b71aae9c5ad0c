-- What the pipeline extracted from each article. Offsets are byte offsets into articles.text;
-- they are converted to character offsets only where data leaves marsad (JSON, exports).

-- Which articles have been analysed, and by which pipeline version; re-analysing an article
-- replaces its rows in every table below.
CREATE TABLE analyses (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    pipeline    TEXT NOT NULL,
    sentences   INTEGER NOT NULL,
    analyzed_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Every actor that appears in a stored mention: known ones from the knowledge base and
-- unresolved ones (id 'unresolved.<search key>') found by the NER model.
CREATE TABLE actors (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    name_en  TEXT,
    type     TEXT NOT NULL,      -- state, person, organisation, armed_group, movement, place
    code     TEXT,               -- CAMEO actor code, e.g. LBYMIL
    country  TEXT,               -- ISO 3166-1 alpha-3
    resolved INTEGER NOT NULL    -- 1: from the knowledge base; 0: unresolved NER name
) STRICT, WITHOUT ROWID;

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    actor_id   TEXT NOT NULL REFERENCES actors(id),
    code       TEXT,              -- the actor's code at this mention (dated roles refine it)
    how        TEXT NOT NULL,     -- alias, fuzzy, title, coref, ner
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) STRICT, WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions(actor_id, article_id);

-- One row per distinct event; the same event reported by several articles or outlets is one
-- row here with several rows in event_mentions (as GDELT's events and mentions tables).
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,  -- source|target|cameo|date|modality|negated
    source_actor TEXT REFERENCES actors(id),
    target_actor TEXT REFERENCES actors(id),
    source_code  TEXT,
    target_code  TEXT,
    cameo        TEXT NOT NULL,
    quad_class   INTEGER NOT NULL,      -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein    REAL NOT NULL,
    plover_type  TEXT,
    plover_mode  TEXT,
    negated      INTEGER NOT NULL,
    modality     TEXT NOT NULL,         -- asserted, future, hypothetical, reported
    date         TEXT,                  -- YYYY-MM-DD
    location     TEXT
) STRICT;
CREATE INDEX events_source ON events(source_actor, date);
CREATE INDEX events_target ON events(target_actor, date);
CREATE INDEX events_date ON events(date);

CREATE TABLE event_mentions (
    event_id       INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    reported_by    TEXT,                -- actor id of an attributing source ("the paper said")
    confidence     REAL NOT NULL,
    PRIMARY KEY (event_id, article_id, trigger_start)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_mentions_article ON event_mentions(article_id);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    speaker    TEXT REFERENCES actors(id),
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    direct     INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) STRICT, WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker);
