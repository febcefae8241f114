-- Limits and budgets set on a team, app or key through the admin API (a JSON
-- document). Clearing a policy stores an empty one, so every node's
-- incremental reload sees the change.
CREATE TABLE policies (
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    policy     TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (entity, entity_id)
);
CREATE INDEX policies_updated ON policies (updated_at);
