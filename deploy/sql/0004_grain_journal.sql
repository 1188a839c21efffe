-- The write journal: with group commit on, every state write is appended here as a new version (many writes from
-- many grains share one INSERT and one commit) and compacted into grain_state (the snapshot) in the background.
-- A grain's state is the highest version in either table. Portable: SQLite 3.35+ and PostgreSQL 15.
CREATE TABLE grain_journal (
    grain_type TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    state_name TEXT NOT NULL,
    version BIGINT NOT NULL,
    payload TEXT,
    written_at BIGINT NOT NULL,
    PRIMARY KEY (grain_type, grain_key, state_name, version)
);
