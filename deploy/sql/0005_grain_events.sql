-- Grains' event logs (event sourcing): a grain's state is its snapshot in grain_state plus the entries here after the
-- position the snapshot records. Appends from many grains share one INSERT and one commit (group commit); entries a
-- snapshot holds are deleted, except the newest, which marks how far the log reached. Portable: SQLite 3.35+ and PostgreSQL 15.
CREATE TABLE grain_events (
    grain_type TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    log_name TEXT NOT NULL,
    position BIGINT NOT NULL,
    payload TEXT NOT NULL,
    written_at BIGINT NOT NULL,
    PRIMARY KEY (grain_type, grain_key, log_name, position)
);
