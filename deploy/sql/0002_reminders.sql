-- Durable reminders. Portable: runs unchanged on SQLite 3.35+ and PostgreSQL 15.
-- start_at is unix time in milliseconds; version is the ETag and grows on every upsert.
CREATE TABLE reminders (
    grain_type TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    reminder_name TEXT NOT NULL,
    start_at BIGINT NOT NULL,
    period_ms BIGINT NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (grain_type, grain_key, reminder_name)
);
