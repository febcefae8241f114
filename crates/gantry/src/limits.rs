//! Rate limits by requests and by tokens, per window, scoped to any
//! combination of key, app, team, org, model and client IP (local mode:
//! in this process).
//!
//! Each limit is a GCRA (generic cell rate algorithm, the token bucket in
//! one timestamp): a bucket of `amount` per `window` that refills
//! continuously. Requests take one cell on admission. Tokens are not known
//! until the call ends, so a token limit admits while its bucket is not empty
//! and the call's real tokens are charged when it finishes — a bucket can go
//! into debt, and later calls wait until it is paid off (how providers' own
//! TPM limits behave). governor implements GCRA too, but cannot charge after
//! the fact, which token limits need.
//!
//! Cluster mode (`redis:` in config): the buckets live in Redis and one Lua
//! script checks and takes every bucket of a call atomically, on Redis's
//! clock, so N replicas enforce one limit. When Redis fails, the failure
//! policy decides: fall back to this process's buckets (`open`), or refuse
//! with 503 (`closed`).

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use gantry_protocol::ApiError;
use schemars::JsonSchema;
use serde::Deserialize;
use tokio::time::Instant;

use crate::auth::Caller;
use crate::cluster::Redis;
use crate::config::schema::RedisFailurePolicy;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The credential (virtual key, config key or JWT subject).
    Key,
    App,
    Team,
    /// The whole deployment.
    Org,
    /// The public model called.
    Model,
    /// The client's IP address.
    Ip,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Window {
    Second,
    Minute,
    Hour,
    Day,
}

impl Window {
    fn duration(self) -> Duration {
        Duration::from_secs(match self {
            Window::Second => 1,
            Window::Minute => 60,
            Window::Hour => 3_600,
            Window::Day => 86_400,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Window::Second => "second",
            Window::Minute => "minute",
            Window::Hour => "hour",
            Window::Day => "day",
        }
    }
}

/// One limit as written in config.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LimitConfig {
    /// Named in 429 errors and logs.
    pub name: String,
    /// What is counted together, e.g. `[key]`, `[team, model]`, `[ip]`; `[org]` or empty: everyone.
    #[serde(default)]
    pub per: Vec<Scope>,
    /// Requests allowed per window.
    #[serde(default)]
    pub requests: Option<u64>,
    /// Tokens (prompt + completion) allowed per window.
    #[serde(default)]
    pub tokens: Option<u64>,
    pub window: Window,
    /// Only calls to these public models (names or globs) count; empty: every model.
    #[serde(default)]
    pub models: Vec<String>,
}

/// What a limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Requests,
    Tokens,
}

/// A compiled limit of one kind.
#[derive(Debug)]
pub struct Rule {
    name: String,
    /// The start of this rule's bucket keys (after the Redis prefix):
    /// `rl:{name}:{r|t}` for config limits, `rl:{team|app|key}:{id}:{n}:{r|t}` for the store's.
    key_base: String,
    per: Vec<Scope>,
    kind: Kind,
    amount: u64,
    window: Window,
    /// Nanoseconds of refill per unit.
    interval_ns: f64,
    /// The window in nanoseconds (computed once).
    window_ns: f64,
    models: crate::auth::ModelFilter,
}

const SHARDS: usize = 16;

/// Theoretical arrival times (ns since `epoch`) per rule and scope values.
pub struct Limiter {
    rules: Vec<Rule>,
    /// The Redis key prefix (cluster mode), before every bucket key.
    prefix: String,
    /// This process's buckets: the only ones in local mode, the fallback in cluster mode.
    shards: Vec<Mutex<HashMap<String, f64>>>,
    hasher: std::collections::hash_map::RandomState,
    epoch: Instant,
    /// Cluster mode: the shared buckets.
    redis: Option<Arc<Redis>>,
}

impl std::fmt::Debug for Limiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limiter").field("rules", &self.rules).finish()
    }
}

/// The state of the tightest limit of each kind after admission, for the
/// `x-ratelimit-*` headers.
#[derive(Debug, Clone, Default)]
pub struct Headroom {
    pub requests: Option<(u64, u64, Duration)>,
    pub tokens: Option<(u64, u64, Duration)>,
}

impl Rule {
    /// A limit's rules (one per kind it counts); their bucket keys start with `key_base`.
    pub fn compile(cfg: &LimitConfig, key_base: &str) -> Result<Vec<Rule>, String> {
        if cfg.requests.is_none() && cfg.tokens.is_none() {
            return Err(format!("limit `{}` needs `requests` or `tokens`", cfg.name));
        }
        let mut rules = Vec::new();
        for (kind, amount) in [(Kind::Requests, cfg.requests), (Kind::Tokens, cfg.tokens)] {
            let Some(amount) = amount else { continue };
            if amount == 0 {
                return Err(format!("limit `{}`: an amount of 0 would refuse everything", cfg.name));
            }
            let mut per = cfg.per.clone();
            per.retain(|s| *s != Scope::Org);
            per.dedup();
            let letter = if kind == Kind::Requests { 'r' } else { 't' };
            rules.push(Rule {
                name: cfg.name.clone(),
                key_base: format!("{key_base}:{letter}"),
                per,
                kind,
                amount,
                window: cfg.window,
                interval_ns: cfg.window.duration().as_nanos() as f64 / amount as f64,
                window_ns: cfg.window.duration().as_nanos() as f64,
                models: crate::auth::ModelFilter::new(cfg.models.clone()),
            });
        }
        Ok(rules)
    }
}

impl Headroom {
    /// Keeps the tightest limit of the rule's kind; `ahead_ns` is how far the
    /// bucket's TAT is ahead of now (what is in use).
    fn add(&mut self, rule: &Rule, ahead_ns: f64) {
        let used = (ahead_ns / rule.interval_ns).ceil() as u64;
        let remaining = rule.amount.saturating_sub(used);
        let reset = Duration::from_nanos(ahead_ns as u64);
        let slot = match rule.kind {
            Kind::Requests => &mut self.requests,
            Kind::Tokens => &mut self.tokens,
        };
        if slot.is_none_or(|(_, r, _)| remaining < r) {
            *slot = Some((rule.amount, remaining, reset));
        }
    }
}

/// An admitted call: what to charge its tokens to when it ends.
pub struct Admission {
    limiter: Arc<Limiter>,
    /// Each token bucket the call counted against, with its refill interval (ns per token).
    token_buckets: Vec<(f64, String)>,
    pub headroom: Headroom,
    /// Admitted by the shared buckets in Redis (tokens are charged there too).
    shared: bool,
    /// Cluster mode, but Redis failed: admitted by the local fallback.
    pub fell_back: bool,
}

impl std::fmt::Debug for Admission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Admission").field("headroom", &self.headroom).finish()
    }
}

impl Admission {
    /// Charges the call's tokens to every token limit it counted against.
    pub fn settle(&self, tokens: u64) {
        if tokens == 0 || self.token_buckets.is_empty() {
            return;
        }
        if self.shared
            && let Some(redis) = self.limiter.redis.clone()
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            let limiter = self.limiter.clone();
            let buckets = self.token_buckets.clone();
            // Off the response path; if Redis fails meanwhile, the local fallback is charged.
            runtime.spawn(async move {
                let keys: Vec<String> = buckets.iter().map(|(_, key)| key.clone()).collect();
                let costs: Vec<String> = buckets
                    .iter()
                    .map(|(interval_ns, _)| micros(interval_ns * tokens as f64))
                    .collect();
                if redis.eval::<i64>(&SETTLE_SCRIPT, &keys, &costs).await.is_err() {
                    limiter.settle_local(&buckets, tokens);
                }
            });
            return;
        }
        self.limiter.settle_local(&self.token_buckets, tokens);
    }
}

/// Nanoseconds as the decimal microseconds the Redis scripts count in.
fn micros(ns: f64) -> String {
    format!("{:.3}", ns / 1000.0)
}

/// GCRA over every bucket of one call, all or nothing, on Redis's clock.
/// KEYS: the buckets. ARGV: per bucket, interval µs, window µs, 1 to take a cell.
/// Returns `{0, tat-now µs…}` when admitted, `{i, wait µs}` when bucket i refuses.
static ADMIT_SCRIPT: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| {
    redis::Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tats = {}
for i, key in ipairs(KEYS) do
  local interval = tonumber(ARGV[3 * i - 2])
  local window = tonumber(ARGV[3 * i - 1])
  local tat = tonumber(redis.call('GET', key) or '0')
  if tat < now then tat = now end
  local need = tat + interval - window
  if need > now then return {i, math.ceil(need - now)} end
  tats[i] = tat
end
local out = {0}
for i, key in ipairs(KEYS) do
  local tat = tats[i]
  if ARGV[3 * i] == '1' then
    tat = tat + tonumber(ARGV[3 * i - 2])
    redis.call('SET', key, string.format('%.3f', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
  end
  out[i + 1] = math.floor(tat - now)
end
return out
",
    )
});

/// Charges tokens after a call: every bucket's TAT moves by its cost (ARGV, µs).
static SETTLE_SCRIPT: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| {
    redis::Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
for i, key in ipairs(KEYS) do
  local tat = tonumber(redis.call('GET', key) or '0')
  if tat < now then tat = now end
  tat = tat + tonumber(ARGV[i])
  redis.call('SET', key, string.format('%.3f', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
end
return 0
",
    )
});

impl Default for Limiter {
    fn default() -> Self {
        Limiter {
            rules: Vec::new(),
            prefix: String::new(),
            shards: (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect(),
            hasher: Default::default(),
            epoch: Instant::now(),
            redis: None,
        }
    }
}

impl Limiter {
    /// Compiles the limits; with `redis`, they are shared by every replica using it.
    pub fn new(configs: &[LimitConfig], redis: Option<Arc<Redis>>) -> Result<Limiter, String> {
        let mut rules = Vec::new();
        for (i, cfg) in configs.iter().enumerate() {
            if configs[..i].iter().any(|c| c.name == cfg.name) {
                return Err(format!("two limits are named `{}`: names must be unique", cfg.name));
            }
            rules.extend(Rule::compile(cfg, &format!("rl:{}", cfg.name))?);
        }
        Ok(Limiter {
            rules,
            prefix: redis.as_ref().map(|r| r.prefix.clone()).unwrap_or_default(),
            redis,
            ..Limiter::default()
        })
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    fn now_ns(&self) -> f64 {
        self.epoch.elapsed().as_nanos() as f64
    }

    fn with_bucket<R>(&self, key: &str, f: impl FnOnce(&mut f64) -> R) -> R {
        let shard = &self.shards[(self.hasher.hash_one(key) as usize) % SHARDS];
        let mut map = match shard.lock() {
            Ok(map) => map,
            Err(poisoned) => poisoned.into_inner(),
        };
        // Look up before inserting: the common case (a known bucket) allocates nothing.
        if let Some(tat) = map.get_mut(key) {
            return f(tat);
        }
        f(map.entry(key.to_owned()).or_insert(0.0))
    }

    fn bucket_key(&self, rule: &Rule, caller: &Caller, model: &str, ip: Option<IpAddr>) -> String {
        let mut key = String::with_capacity(self.prefix.len() + rule.key_base.len() + 40);
        key.push_str(&self.prefix);
        key.push_str(&rule.key_base);
        for scope in &rule.per {
            key.push('\u{1f}');
            match scope {
                Scope::Key => key.push_str(&caller.principal),
                Scope::App => key.push_str(caller.app.as_deref().unwrap_or("")),
                Scope::Team => key.push_str(caller.team.as_deref().unwrap_or("")),
                Scope::Org => {}
                Scope::Model => key.push_str(model),
                Scope::Ip => {
                    if let Some(ip) = ip {
                        key.push_str(&ip.to_string());
                    }
                }
            }
        }
        key
    }

    /// Admits a call or refuses it with 429 naming the limit, with `Retry-After`.
    /// A refused call takes nothing from any bucket.
    /// `entity_rules` are the limits set in the store on the caller's key, app and team.
    pub async fn admit(
        self: &Arc<Self>,
        caller: &Caller,
        entity_rules: &[&Rule],
        model: &str,
        ip: Option<IpAddr>,
    ) -> Result<Option<Admission>, ApiError> {
        if self.rules.is_empty() && entity_rules.is_empty() {
            return Ok(None);
        }
        let applicable: Vec<(&Rule, String)> = self
            .rules
            .iter()
            .chain(entity_rules.iter().copied())
            .filter(|r| r.models.allows(model))
            .map(|r| (r, self.bucket_key(r, caller, model, ip)))
            .collect();
        if applicable.is_empty() {
            return Ok(None);
        }
        let Some(redis) = &self.redis else {
            return self.admit_local(applicable).map(Some);
        };
        match self.admit_shared(redis, &applicable).await {
            Ok(outcome) => outcome.map(|headroom| Some(self.admission(applicable, headroom, true))),
            Err(unavailable) => match redis.on_failure {
                RedisFailurePolicy::Closed => Err(ApiError::new(
                    503,
                    "api_error",
                    "limits_unavailable",
                    format!("rate limits cannot be checked (redis {unavailable}); try again shortly"),
                )),
                RedisFailurePolicy::Open => {
                    let mut admission = self.admit_local(applicable)?;
                    admission.fell_back = true;
                    Ok(Some(admission))
                }
            },
        }
    }

    fn admission(self: &Arc<Self>, applicable: Vec<(&Rule, String)>, headroom: Headroom, shared: bool) -> Admission {
        let token_buckets = applicable
            .into_iter()
            .filter(|(rule, _)| rule.kind == Kind::Tokens)
            .map(|(rule, key)| (rule.interval_ns, key))
            .collect();
        Admission {
            limiter: self.clone(),
            token_buckets,
            headroom,
            shared,
            fell_back: false,
        }
    }

    /// One script run in Redis checks and takes every bucket.
    async fn admit_shared(
        &self,
        redis: &Redis,
        applicable: &[(&Rule, String)],
    ) -> Result<Result<Headroom, ApiError>, crate::cluster::Unavailable> {
        let keys: Vec<String> = applicable.iter().map(|(_, key)| key.clone()).collect();
        let mut args = Vec::with_capacity(applicable.len() * 3);
        for (rule, _) in applicable {
            args.push(micros(rule.interval_ns));
            args.push(micros(rule.window_ns));
            args.push(if rule.kind == Kind::Requests { "1" } else { "0" }.to_owned());
        }
        let reply: Vec<i64> = redis.eval(&ADMIT_SCRIPT, &keys, &args).await?;
        let (first, rest) = reply.split_first().unwrap_or((&0, &[]));
        if *first > 0 {
            let Some((rule, _)) = applicable.get(*first as usize - 1) else {
                return Err(crate::cluster::Unavailable::Error(format!(
                    "unexpected reply {reply:?}"
                )));
            };
            let wait = rest.first().copied().unwrap_or(0).max(0) as u64;
            return Ok(Err(limited(rule, Duration::from_micros(wait))));
        }
        let mut headroom = Headroom::default();
        for ((rule, _), ahead_us) in applicable.iter().zip(rest) {
            headroom.add(rule, (*ahead_us).max(0) as f64 * 1000.0);
        }
        Ok(Ok(headroom))
    }

    fn admit_local(self: &Arc<Self>, applicable: Vec<(&Rule, String)>) -> Result<Admission, ApiError> {
        let now = self.now_ns();
        // Check-and-take each bucket atomically; if a later limit refuses, give
        // back what the earlier ones took, so a refusal costs nothing.
        let mut headroom = Headroom::default();
        let mut taken: Vec<(&Rule, &str)> = Vec::new();
        let mut refusal = None;
        for (rule, key) in &applicable {
            // Requests: room for one more cell. Tokens: the bucket holds at least one token.
            let outcome = self.with_bucket(key, |tat| {
                let need = tat.max(now) + rule.interval_ns - rule.window_ns;
                if need > now {
                    return Err(Duration::from_nanos((need - now) as u64));
                }
                if rule.kind == Kind::Requests {
                    *tat = tat.max(now) + rule.interval_ns;
                }
                Ok(*tat)
            });
            match outcome {
                Ok(tat) => headroom.add(rule, (tat - now).max(0.0)),
                Err(wait) => {
                    refusal = Some(limited(rule, wait));
                    break;
                }
            }
            if rule.kind == Kind::Requests {
                taken.push((rule, key));
            }
        }
        if let Some(error) = refusal {
            for (rule, key) in taken {
                self.with_bucket(key, |tat| *tat -= rule.interval_ns);
            }
            return Err(error);
        }
        Ok(self.admission(applicable, headroom, false))
    }

    fn settle_local(&self, buckets: &[(f64, String)], tokens: u64) {
        let now = self.now_ns();
        for (interval_ns, key) in buckets {
            let cost = interval_ns * tokens as f64;
            self.with_bucket(key, |tat| {
                *tat = tat.max(now) + cost;
            });
        }
    }

    /// Forgets buckets that have refilled completely (they equal a fresh one), so memory tracks active callers.
    pub fn retain_active(&self) {
        let now = self.now_ns();
        for shard in &self.shards {
            if let Ok(mut map) = shard.lock() {
                map.retain(|_, tat| *tat > now);
            }
        }
    }

    pub fn buckets(&self) -> usize {
        self.shards.iter().map(|s| s.lock().map(|m| m.len()).unwrap_or(0)).sum()
    }
}

fn limited(rule: &Rule, wait: Duration) -> ApiError {
    let what = match rule.kind {
        Kind::Requests => "requests",
        Kind::Tokens => "tokens",
    };
    let per = if rule.per.is_empty() {
        "for the whole gateway".to_owned()
    } else {
        format!(
            "per {}",
            rule.per
                .iter()
                .map(|s| format!("{s:?}").to_lowercase())
                .collect::<Vec<_>>()
                .join(" and ")
        )
    };
    let seconds = wait.as_secs_f64().ceil().max(1.0) as u64;
    let mut error = ApiError::new(
        429,
        "rate_limit_error",
        "rate_limit_exceeded",
        format!(
            "rate limit `{}` reached: {} {what} per {} {per}; retry in {seconds} s",
            rule.name,
            rule.amount,
            rule.window.name()
        ),
    );
    error.retry_after = Some(seconds);
    error
}

/// `x-ratelimit-*` headers in OpenAI's names.
pub fn headers(headroom: &Headroom, headers: &mut http::HeaderMap) {
    use http::{HeaderName, HeaderValue};
    // Names built once at compile time: parsing them per response showed in profiles.
    const REQUESTS: [HeaderName; 3] = [
        HeaderName::from_static("x-ratelimit-limit-requests"),
        HeaderName::from_static("x-ratelimit-remaining-requests"),
        HeaderName::from_static("x-ratelimit-reset-requests"),
    ];
    const TOKENS: [HeaderName; 3] = [
        HeaderName::from_static("x-ratelimit-limit-tokens"),
        HeaderName::from_static("x-ratelimit-remaining-tokens"),
        HeaderName::from_static("x-ratelimit-reset-tokens"),
    ];
    for (state, [limit_name, remaining_name, reset_name]) in [(headroom.requests, REQUESTS), (headroom.tokens, TOKENS)]
    {
        let Some((limit, remaining, reset)) = state else {
            continue;
        };
        headers.insert(limit_name, HeaderValue::from(limit));
        headers.insert(remaining_name, HeaderValue::from(remaining));
        let mut seconds = (reset.as_secs_f64().ceil() as u64).to_string();
        seconds.push('s');
        if let Ok(value) = HeaderValue::from_str(&seconds) {
            headers.insert(reset_name, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caller(key: &str, team: &str) -> Caller {
        Caller {
            principal: key.to_owned(),
            team: Some(team.to_owned()),
            app: None,
            models: Default::default(),
        }
    }

    impl Limiter {
        async fn admit_for(
            self: &Arc<Self>,
            caller: &Caller,
            model: &str,
            ip: Option<IpAddr>,
        ) -> Result<Option<Admission>, ApiError> {
            self.admit(caller, &[], model, ip).await
        }
    }

    fn limit(per: Vec<Scope>, requests: Option<u64>, tokens: Option<u64>) -> LimitConfig {
        LimitConfig {
            name: "l".into(),
            per,
            requests,
            tokens,
            window: Window::Minute,
            models: vec![],
        }
    }

    #[tokio::test(start_paused = true)]
    async fn requests_per_window_refill_continuously() {
        let limiter = Arc::new(Limiter::new(&[limit(vec![Scope::Key], Some(3), None)], None).unwrap());
        let a = caller("key:a", "t");
        for expected_remaining in [2, 1, 0] {
            let admitted = limiter.admit_for(&a, "m", None).await.unwrap().unwrap();
            assert_eq!(
                admitted.headroom.requests.map(|h| (h.0, h.1)),
                Some((3, expected_remaining))
            );
        }
        let refused = limiter.admit_for(&a, "m", None).await.unwrap_err();
        assert_eq!(refused.status, 429);
        assert_eq!(refused.retry_after, Some(20), "one request frees up every 20 s");
        assert!(
            refused
                .message
                .contains("rate limit `l` reached: 3 requests per minute per key")
        );
        // Another key has its own bucket.
        assert!(limiter.admit_for(&caller("key:b", "t"), "m", None).await.is_ok());
        tokio::time::advance(Duration::from_secs(20)).await;
        assert!(limiter.admit_for(&a, "m", None).await.is_ok());
        assert!(limiter.admit_for(&a, "m", None).await.is_err());
        tokio::time::advance(Duration::from_secs(61)).await;
        limiter.retain_active();
        assert_eq!(limiter.buckets(), 0, "refilled buckets are forgotten");
    }

    #[tokio::test(start_paused = true)]
    async fn tokens_are_charged_after_the_call_and_debt_blocks() {
        let limiter = Arc::new(Limiter::new(&[limit(vec![Scope::Team], None, Some(1000))], None).unwrap());
        let a = caller("key:a", "ml");
        let first = limiter.admit_for(&a, "m", None).await.unwrap().unwrap();
        first.settle(1500);
        let refused = limiter
            .admit_for(&caller("key:other", "ml"), "m", None)
            .await
            .unwrap_err();
        assert_eq!(
            refused.retry_after,
            Some(31),
            "500 tokens of debt plus one token at 60 ms/token"
        );
        assert!(
            limiter.admit_for(&caller("key:x", "ops"), "m", None).await.is_ok(),
            "another team"
        );
        tokio::time::advance(Duration::from_secs(31)).await;
        let ok = limiter.admit_for(&a, "m", None).await.unwrap().unwrap();
        let (limit, remaining, _) = ok.headroom.tokens.unwrap();
        assert_eq!(limit, 1000);
        // At 31 s the debt (90 s of refill) has 59 s left: 983.3 tokens used, 16 remain.
        assert_eq!(remaining, 16);
    }

    #[tokio::test(start_paused = true)]
    async fn a_refusal_costs_the_other_limits_nothing_and_models_filter() {
        let mut narrow = limit(vec![Scope::Key, Scope::Model], Some(1), None);
        narrow.models = vec!["big-*".into()];
        let mut wide = limit(vec![], Some(100), None);
        wide.name = "wide".into();
        let limiter = Arc::new(Limiter::new(&[wide.clone(), narrow], None).unwrap());
        let a = caller("key:a", "t");
        assert!(limiter.admit_for(&a, "big-model", None).await.is_ok());
        for _ in 0..5 {
            assert!(limiter.admit_for(&a, "big-model", None).await.is_err());
        }
        let ok = limiter.admit_for(&a, "small", None).await.unwrap().unwrap();
        assert_eq!(
            ok.headroom.requests.map(|h| h.1),
            Some(98),
            "refusals did not count against the wide limit"
        );
        assert!(Limiter::new(&[limit(vec![], None, None)], None).is_err());
        assert!(Limiter::new(&[limit(vec![], Some(0), None)], None).is_err());
        let twice = Limiter::new(&[wide.clone(), wide], None).unwrap_err();
        assert!(twice.contains("two limits are named `wide`"), "{twice}");
    }
}
