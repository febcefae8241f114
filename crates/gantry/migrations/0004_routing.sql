-- Routing: which target served each call, after how many upstream attempts,
-- and why it moved past a target (empty when it did not).
ALTER TABLE usage_records ADD COLUMN target TEXT NOT NULL DEFAULT '';
ALTER TABLE usage_records ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE usage_records ADD COLUMN fallback_reason TEXT;
