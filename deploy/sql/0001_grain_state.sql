-- Grain state, one row per (grain, state name). Portable: runs unchanged on SQLite 3.35+ and PostgreSQL 15.
-- version is the ETag. It only ever grows: clearing a state sets payload to NULL and bumps version instead of
-- deleting the row, so an ETag handed out before the clear can never match a state written after it.
-- updated_at is unix time in milliseconds.
CREATE TABLE grain_state (
    grain_type TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    state_name TEXT NOT NULL,
    payload TEXT,
    version BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (grain_type, grain_key, state_name)
);
