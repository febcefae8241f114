//! Cluster mode: budgets shared by every replica through Redis.
//!
//! Each bucket is a hash `{prefix}bg:{budget}:{entity}` holding spend per
//! window (or rolling slot) start (`n:<start>` nano-USD, `t:<start>` tokens),
//! the sum of holds (`held_n`, `held_t`) and `seeded` once the store's past
//! spend was loaded; and a sorted set `…:holds` of the holds themselves
//! (`id|nano|tokens`, scored by their deadline), so the hold of a replica
//! that died mid-call is released when its deadline passes. Reserving and
//! settling are one Lua script each, atomic over all of a call's buckets.

use std::sync::{Arc, LazyLock};

use gantry_protocol::ApiError;
use redis::Script;

use super::{Amount, BucketKey, Budgets, Estimate, Reservation};
use crate::cluster::{Redis, Unavailable};

/// KEYS: per bucket, its hash and its holds. ARGV: now, hold id, hold deadline,
/// needed n/t, worst n/t, then per bucket: cap n/t, min start, expire-at (0: never).
/// Returns `{0, grant n, grant t, grant-by, held n, held t}` (-1: no cap),
/// `{b, spent n, spent t, held n, held t}` when bucket b refuses, `{-b}` when
/// bucket b needs seeding.
static RESERVE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local BIG = 9e18
local now, id, deadline = tonumber(ARGV[1]), ARGV[2], tonumber(ARGV[3])
local need_n, need_t = tonumber(ARGV[4]), tonumber(ARGV[5])
local worst_n, worst_t = tonumber(ARGV[6]), tonumber(ARGV[7])
local nb = #KEYS / 2
local grant_n, grant_t, grant_by = BIG, BIG, 0
for b = 1, nb do
  local hash, holds = KEYS[2 * b - 1], KEYS[2 * b]
  local cap_n, cap_t = tonumber(ARGV[4 + 4 * b]), tonumber(ARGV[5 + 4 * b])
  local min_start = tonumber(ARGV[6 + 4 * b])
  if redis.call('HEXISTS', hash, 'seeded') == 0 then return {-b} end
  local stale = redis.call('ZRANGEBYSCORE', holds, '-inf', now)
  for _, m in ipairs(stale) do
    local n, t = string.match(m, '|(%-?%d+)|(%-?%d+)$')
    redis.call('HINCRBY', hash, 'held_n', -tonumber(n))
    redis.call('HINCRBY', hash, 'held_t', -tonumber(t))
  end
  if #stale > 0 then redis.call('ZREMRANGEBYSCORE', holds, '-inf', now) end
  local all = redis.call('HGETALL', hash)
  local sn, st, hn, ht = 0, 0, 0, 0
  for i = 1, #all, 2 do
    local f, v = all[i], tonumber(all[i + 1])
    if f == 'held_n' then hn = v
    elseif f == 'held_t' then ht = v
    else
      local kind, start = string.match(f, '^([nt]):(%-?%d+)$')
      if kind then
        if tonumber(start) < min_start then redis.call('HDEL', hash, f)
        elseif kind == 'n' then sn = sn + v
        else st = st + v end
      end
    end
  end
  local left_n, left_t = cap_n - sn - hn, cap_t - st - ht
  if (cap_n < BIG and (left_n <= 0 or left_n < need_n)) or (cap_t < BIG and (left_t <= 0 or left_t < need_t)) then
    return {b, sn, st, hn, ht}
  end
  if left_n < grant_n or left_t < grant_t then grant_by = b end
  grant_n = math.min(grant_n, left_n)
  grant_t = math.min(grant_t, left_t)
end
local held_n, held_t = math.min(worst_n, grant_n), math.min(worst_t, grant_t)
local member = id .. '|' .. string.format('%d', held_n) .. '|' .. string.format('%d', held_t)
for b = 1, nb do
  local hash, holds = KEYS[2 * b - 1], KEYS[2 * b]
  redis.call('HINCRBY', hash, 'held_n', string.format('%d', held_n))
  redis.call('HINCRBY', hash, 'held_t', string.format('%d', held_t))
  redis.call('ZADD', holds, deadline, member)
  local expire_at = tonumber(ARGV[7 + 4 * b])
  if expire_at > 0 then
    redis.call('PEXPIREAT', hash, expire_at)
    redis.call('PEXPIREAT', holds, math.max(expire_at, deadline))
  end
end
local function out(x) if x >= BIG then return -1 end return x end
return {0, out(grant_n), out(grant_t), grant_by, held_n, held_t}
",
    )
});

/// KEYS: the bucket's hash. ARGV: expire-at (0: never), then start/nano/tokens triples.
static SEED: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
if redis.call('HSETNX', KEYS[1], 'seeded', 1) == 1 then
  for i = 2, #ARGV, 3 do
    redis.call('HINCRBY', KEYS[1], 'n:' .. ARGV[i], ARGV[i + 1])
    redis.call('HINCRBY', KEYS[1], 't:' .. ARGV[i], ARGV[i + 2])
  end
  if tonumber(ARGV[1]) > 0 then redis.call('PEXPIREAT', KEYS[1], ARGV[1]) end
end
return 0
",
    )
});

/// KEYS: per bucket, its hash and its holds. ARGV: hold member, held n/t,
/// spent n/t, then per bucket: min start, charge start. Returns per bucket the
/// spend in its window before this charge (n, t).
static SETTLE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local held_n, held_t = ARGV[2], ARGV[3]
local spent_n, spent_t = ARGV[4], ARGV[5]
local out = {}
for b = 1, #KEYS / 2 do
  local hash, holds = KEYS[2 * b - 1], KEYS[2 * b]
  local min_start, start = tonumber(ARGV[4 + 2 * b]), ARGV[5 + 2 * b]
  if redis.call('ZREM', holds, ARGV[1]) == 1 then
    redis.call('HINCRBY', hash, 'held_n', -tonumber(held_n))
    redis.call('HINCRBY', hash, 'held_t', -tonumber(held_t))
  end
  local all = redis.call('HGETALL', hash)
  local sn, st = 0, 0
  for i = 1, #all, 2 do
    local kind, s = string.match(all[i], '^([nt]):(%-?%d+)$')
    if kind and tonumber(s) >= min_start then
      if kind == 'n' then sn = sn + tonumber(all[i + 1]) else st = st + tonumber(all[i + 1]) end
    end
  end
  redis.call('HINCRBY', hash, 'n:' .. start, spent_n)
  redis.call('HINCRBY', hash, 't:' .. start, spent_t)
  out[#out + 1] = sn
  out[#out + 1] = st
end
return out
",
    )
});

fn bucket_keys(redis: &Redis, key: &BucketKey) -> [String; 2] {
    let base = format!("{}bg:{}:{}", redis.prefix, key.rule.bucket_id, key.entity);
    let holds = format!("{base}:holds");
    [base, holds]
}

fn cap_arg(cap: i64) -> String {
    cap.to_string()
}

/// Reserves in Redis; the outer error is Redis failing, the inner one a refusal.
pub(super) async fn reserve(
    budgets: &Arc<Budgets>,
    redis: &Redis,
    keys: &[BucketKey],
    needed: Amount,
    worst: Amount,
    estimate: &Estimate<'_>,
    now: i64,
) -> Result<Result<Reservation, ApiError>, Unavailable> {
    let redis_keys: Vec<String> = keys.iter().flat_map(|k| bucket_keys(redis, k)).collect();
    let id = uuid::Uuid::now_v7().simple().to_string();
    let deadline = now + i64::try_from(estimate.hold_ms).unwrap_or(i64::MAX / 2) + 60_000;
    let mut args = vec![
        now.to_string(),
        id.clone(),
        deadline.to_string(),
        needed.nano.to_string(),
        needed.tokens.to_string(),
        worst.nano.to_string(),
        worst.tokens.to_string(),
    ];
    for key in keys {
        let span = budgets.span(&key.rule, now);
        let rule = &key.rule;
        args.extend([
            cap_arg(rule.cap.nano),
            cap_arg(rule.cap.tokens),
            span.min_start.to_string(),
            span.expire_at.to_string(),
        ]);
    }
    // Each bucket may need its past spend loaded once; then the script runs again.
    for _ in 0..=keys.len() {
        let reply: Vec<i64> = redis.eval(&RESERVE, &redis_keys, &args).await?;
        let first = reply.first().copied().unwrap_or(0);
        let index = |b: i64| usize::try_from(b.unsigned_abs()).ok().and_then(|b| b.checked_sub(1));
        let bad_reply = || Unavailable::Error(format!("unexpected reply {reply:?}"));
        if first < 0 {
            let key = index(first).and_then(|b| keys.get(b)).ok_or_else(bad_reply)?;
            seed(budgets, redis, key, now).await?;
            continue;
        }
        if first > 0 {
            let key = index(first).and_then(|b| keys.get(b)).ok_or_else(bad_reply)?;
            let [sn, st, hn, ht] = [1, 2, 3, 4].map(|i| reply.get(i).copied().unwrap_or(0));
            let rule = &key.rule;
            return Ok(Err(budgets.exhausted(
                rule,
                &key.entity,
                Amount { nano: sn, tokens: st },
                Amount { nano: hn, tokens: ht },
                worst,
                estimate.stream,
                now,
            )));
        }
        let [grant_n, grant_t, grant_by, held_n, held_t] = [1, 2, 3, 4, 5].map(|i| reply.get(i).copied().unwrap_or(0));
        let unlimited = |v: i64| if v < 0 { i64::MAX } else { v };
        let grant = Amount {
            nano: unlimited(grant_n),
            tokens: unlimited(grant_t),
        };
        let held = Amount {
            nano: held_n,
            tokens: held_t,
        };
        let grant_by = index(grant_by)
            .and_then(|b| keys.get(b))
            .map(|k| k.rule.name.clone())
            .unwrap_or_default();
        return Ok(Ok(Reservation {
            budgets: budgets.clone(),
            buckets: keys.to_vec(),
            held,
            partial: held != worst,
            grant,
            grant_by,
            shared_hold: Some(format!("{id}|{held_n}|{held_t}")),
            fell_back: false,
        }));
    }
    Err(Unavailable::Error("budget buckets were not seeded".to_owned()))
}

/// Loads a bucket's past spend from the store into Redis, unless another replica did.
async fn seed(budgets: &Budgets, redis: &Redis, key: &BucketKey, now: i64) -> Result<(), Unavailable> {
    let [hash, _] = bucket_keys(redis, key);
    let span = budgets.span(&key.rule, now);
    let mut args = vec![span.expire_at.to_string()];
    for (start, amount) in budgets.past_spend(key, now).await {
        args.extend([start.to_string(), amount.nano.to_string(), amount.tokens.to_string()]);
    }
    redis.eval::<i64>(&SEED, &[hash], &args).await.map(|_| ())
}

/// Releases the hold and charges the spend; returns each bucket's spend
/// before the charge, with its window start (for soft-limit alerts).
pub(super) async fn settle(
    budgets: &Budgets,
    redis: &Redis,
    keys: &[BucketKey],
    member: &str,
    held: Amount,
    spent: Amount,
    now: i64,
) -> Result<Vec<(Amount, i64)>, Unavailable> {
    let redis_keys: Vec<String> = keys.iter().flat_map(|k| bucket_keys(redis, k)).collect();
    let mut args = vec![
        member.to_owned(),
        held.nano.to_string(),
        held.tokens.to_string(),
        spent.nano.to_string(),
        spent.tokens.to_string(),
    ];
    let spans: Vec<_> = keys.iter().map(|k| budgets.span(&k.rule, now)).collect();
    for span in &spans {
        args.extend([span.min_start.to_string(), span.charge_start.to_string()]);
    }
    let reply: Vec<i64> = redis.eval(&SETTLE, &redis_keys, &args).await?;
    Ok(reply
        .chunks(2)
        .zip(&spans)
        .map(|(pair, span)| {
            let before = Amount {
                nano: pair.first().copied().unwrap_or(0),
                tokens: pair.get(1).copied().unwrap_or(0),
            };
            (before, span.min_start)
        })
        .collect())
}
