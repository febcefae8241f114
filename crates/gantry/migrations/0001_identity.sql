-- Identity and tenancy. Portable SQL: the same text runs on SQLite and PostgreSQL.
-- Times are Unix milliseconds; flags are 0/1; JSON documents are TEXT.

CREATE TABLE teams (
    id          TEXT PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    metadata    TEXT NOT NULL DEFAULT '{}',
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE users (
    id          TEXT PRIMARY KEY,
    role        TEXT NOT NULL,
    team_id     TEXT REFERENCES teams(id),
    token_hash  TEXT UNIQUE,
    disabled    BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE apps (
    id          TEXT PRIMARY KEY,
    team_id     TEXT NOT NULL REFERENCES teams(id),
    description TEXT NOT NULL DEFAULT '',
    owner       TEXT,
    metadata    TEXT NOT NULL DEFAULT '{}',
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE api_keys (
    id          TEXT PRIMARY KEY,
    hash        TEXT NOT NULL UNIQUE,
    prefix      TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    team_id     TEXT NOT NULL REFERENCES teams(id),
    app_id      TEXT REFERENCES apps(id),
    created_by  TEXT NOT NULL,
    models      TEXT NOT NULL DEFAULT '[]',
    expires_at  BIGINT,
    enabled     BIGINT NOT NULL DEFAULT 1,
    revoked_at  BIGINT,
    metadata    TEXT NOT NULL DEFAULT '{}',
    tags        TEXT NOT NULL DEFAULT '[]',
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX api_keys_updated ON api_keys (updated_at);
CREATE INDEX api_keys_team ON api_keys (team_id);

CREATE TABLE subscriptions (
    id           TEXT PRIMARY KEY,
    app_id       TEXT NOT NULL REFERENCES apps(id),
    api          TEXT NOT NULL,
    status       TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    decided_by   TEXT,
    decided_at   BIGINT,
    reason       TEXT NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    UNIQUE (app_id, api)
);
CREATE INDEX subscriptions_updated ON subscriptions (updated_at);

CREATE TABLE audit_log (
    id         TEXT PRIMARY KEY,
    at         BIGINT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    before     TEXT,
    after      TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
