-- Cluster membership. Portable: runs unchanged on SQLite 3.35+ and PostgreSQL 15.
-- One version row per cluster, bumped (compare-and-set) by every change of a silo's row; heartbeats only touch
-- heartbeat_at and stats and leave the version alone. Times are unix milliseconds.
CREATE TABLE membership_version (
    cluster_id TEXT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
);

CREATE TABLE membership (
    cluster_id TEXT NOT NULL,
    silo_key TEXT NOT NULL,
    name TEXT NOT NULL,
    host TEXT NOT NULL,
    port INTEGER NOT NULL,
    gateway_port INTEGER NOT NULL,
    generation BIGINT NOT NULL,
    status TEXT NOT NULL,
    heartbeat_at BIGINT NOT NULL,
    started_at BIGINT NOT NULL,
    stats TEXT,
    PRIMARY KEY (cluster_id, silo_key)
);
