-- Guards: the verdict of the guard policy that applied to a call (JSON: entity
-- types and counts, injection score and rules, moderation rule ids; never values).
ALTER TABLE usage_records ADD COLUMN guard TEXT;
