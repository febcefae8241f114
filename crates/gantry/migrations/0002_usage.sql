-- One row per API call, written in batches from the usage queue.
-- Durations in microseconds; cost in nano-USD (1e-9 $); flags 0/1.
-- No primary key and few indexes on purpose: every index is paid on each of
-- many inserts, and rows are only ever read by time range (and team).

CREATE TABLE usage_records (
    request_id         TEXT NOT NULL,
    at                 BIGINT NOT NULL,
    principal          TEXT NOT NULL,
    team               TEXT,
    app                TEXT,
    endpoint           TEXT NOT NULL,
    model              TEXT NOT NULL,
    provider           TEXT NOT NULL,
    upstream_model     TEXT NOT NULL,
    stream             BIGINT NOT NULL,
    status             BIGINT NOT NULL,
    error_code         TEXT,
    prompt_tokens      BIGINT NOT NULL,
    completion_tokens  BIGINT NOT NULL,
    cached_tokens      BIGINT NOT NULL,
    cache_write_tokens BIGINT NOT NULL,
    reasoning_tokens   BIGINT NOT NULL,
    tokens_reported    BIGINT NOT NULL,
    cost_nano_usd      BIGINT NOT NULL,
    latency_us         BIGINT NOT NULL,
    ttft_us            BIGINT,
    overhead_us        BIGINT NOT NULL
);
CREATE INDEX usage_at ON usage_records (at);
CREATE INDEX usage_team_at ON usage_records (team, at);
