//! Quotas and money budgets per key, app, team or org, with windows and nesting.
//!
//! Enforcement is by reservation and settlement. Before a call, its worst
//! case (estimated prompt + `max_tokens`, priced) is reserved in every budget
//! it counts toward (its key's, app's, team's and the org's); after it, the
//! reservation is released and the real cost charged. A call is refused when a
//! budget cannot cover it: whole answers need their full worst case; streams
//! need room for the prompt and get a *grant* of what is left, and the relay
//! ends a stream with an error event once its running cost passes the grant.
//! See docs/configuration.md for the overshoot bound.
//!
//! Spend lives in this process, or in Redis in cluster mode ([`shared`]), and
//! is seeded from the usage records in the store the first time a budget is
//! touched (so restarts lose nothing).

mod shared;

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, OnceLock};

use gantry_protocol::ApiError;
use gantry_protocol::usage::Tokens;
use schemars::JsonSchema;
use serde::Deserialize;

use crate::auth::Caller;
use crate::cluster::Redis;
use crate::config::schema::RedisFailurePolicy;
use crate::pricing::Price;
use crate::store::Store;
use crate::store::usage::SpentBy;

/// Output tokens reserved for calls that do not set `max_tokens`.
pub const DEFAULT_RESERVED_OUTPUT: u64 = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BudgetScope {
    Key,
    App,
    Team,
    Org,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CalendarWindow {
    /// The UTC calendar day.
    Day,
    /// The ISO week (Monday to Sunday, UTC).
    Week,
    /// The UTC calendar month.
    CalendarMonth,
    /// Never resets: a one-off (prepaid) allowance.
    Total,
}

/// How a budget's spend is counted over time.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
pub enum BudgetWindow {
    Calendar(CalendarWindow),
    /// Fixed periods of `every` (e.g. `30d`), counted from `from` (a UTC date, `2026-01-15`).
    Every {
        every: String,
        #[serde(default)]
        from: Option<String>,
    },
    /// The last `rolling` (e.g. `24h`, `7d`), sliding.
    Rolling {
        rolling: String,
    },
}

/// One budget as written in config.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetConfig {
    /// Named in errors and alerts; unique.
    pub name: String,
    /// Whose spend counts: each key, app or team separately, or the whole org.
    pub per: BudgetScope,
    /// Only this key, app or team id; absent: every one gets its own budget of this size.
    #[serde(default)]
    pub id: Option<String>,
    /// Money cap in USD.
    #[serde(default)]
    pub usd: Option<f64>,
    /// Token cap (prompt + completion).
    #[serde(default)]
    pub tokens: Option<u64>,
    pub window: BudgetWindow,
    /// Soft limits: fractions of the cap that raise an alert (log and webhook) when crossed.
    #[serde(default = "default_alerts")]
    pub alerts: Vec<f64>,
}

fn default_alerts() -> Vec<f64> {
    vec![0.8, 1.0]
}

/// Money (nano-USD) and tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Amount {
    pub nano: i64,
    pub tokens: i64,
}

impl Amount {
    const UNLIMITED: Amount = Amount {
        nano: i64::MAX,
        tokens: i64::MAX,
    };

    fn add(&mut self, other: Amount) {
        self.nano = self.nano.saturating_add(other.nano);
        self.tokens = self.tokens.saturating_add(other.tokens);
    }

    fn sub(&mut self, other: Amount) {
        self.nano = self.nano.saturating_sub(other.nano).max(0);
        self.tokens = self.tokens.saturating_sub(other.tokens).max(0);
    }

    fn min(self, other: Amount) -> Amount {
        Amount {
            nano: self.nano.min(other.nano),
            tokens: self.tokens.min(other.tokens),
        }
    }

    /// Either part is past `cap`'s.
    pub fn exceeds(self, cap: Amount) -> bool {
        self.nano > cap.nano || self.tokens > cap.tokens
    }

    /// What `tokens` cost at `price` (zero without a price).
    pub fn of(tokens: &Tokens, price: Option<&Price>) -> Amount {
        Amount {
            nano: price.map_or(0, |p| p.cost_nano_usd(tokens, std::time::Duration::ZERO)),
            tokens: i64::try_from(tokens.total()).unwrap_or(i64::MAX),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Window {
    Day,
    Week,
    CalendarMonth,
    Total,
    Every { len_ms: i64, from_ms: i64 },
    Rolling { len_ms: i64, slot_ms: i64 },
}

const DAY_MS: i64 = 86_400_000;
/// Rolling windows are counted in this many slots (the resolution of "sliding").
const ROLLING_SLOTS: i64 = 60;

impl Window {
    fn compile(cfg: &BudgetWindow) -> Result<Window, String> {
        Ok(match cfg {
            BudgetWindow::Calendar(CalendarWindow::Day) => Window::Day,
            BudgetWindow::Calendar(CalendarWindow::Week) => Window::Week,
            BudgetWindow::Calendar(CalendarWindow::CalendarMonth) => Window::CalendarMonth,
            BudgetWindow::Calendar(CalendarWindow::Total) => Window::Total,
            BudgetWindow::Every { every, from } => Window::Every {
                len_ms: parse_duration_ms(every)?,
                from_ms: match from {
                    Some(date) => parse_date_ms(date)?,
                    None => 0,
                },
            },
            BudgetWindow::Rolling { rolling } => {
                let len_ms = parse_duration_ms(rolling)?;
                Window::Rolling {
                    len_ms,
                    slot_ms: (len_ms / ROLLING_SLOTS).max(1000),
                }
            }
        })
    }

    /// The fixed window holding `now`: its start and end (unix ms). Rolling
    /// windows return their current slot.
    fn bounds(self, now: i64) -> (i64, i64) {
        match self {
            Window::Day => {
                let start = now.div_euclid(DAY_MS) * DAY_MS;
                (start, start + DAY_MS)
            }
            Window::Week => {
                let days = now.div_euclid(DAY_MS);
                // 1970-01-01 was a Thursday: Monday is 3 days earlier.
                let monday = days - (days + 3).rem_euclid(7);
                (monday * DAY_MS, (monday + 7) * DAY_MS)
            }
            Window::CalendarMonth => {
                let (y, m, _) = civil_from_days(now.div_euclid(DAY_MS));
                let start = days_from_civil(y, m, 1) * DAY_MS;
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                (start, days_from_civil(ny, nm, 1) * DAY_MS)
            }
            Window::Total => (0, i64::MAX),
            Window::Every { len_ms, from_ms } => {
                let start = from_ms + (now - from_ms).div_euclid(len_ms) * len_ms;
                (start, start + len_ms)
            }
            Window::Rolling { slot_ms, .. } => {
                let start = now.div_euclid(slot_ms) * slot_ms;
                (start, start + slot_ms)
            }
        }
    }
}

/// `30d`, `24h`, `90m`, `3600s` in milliseconds.
fn parse_duration_ms(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let (number, unit) = text.split_at(text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len()));
    let n: i64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration like 30d, 24h, 90m"))?;
    let unit_ms = match unit {
        "d" => DAY_MS,
        "h" => 3_600_000,
        "m" => 60_000,
        "s" => 1_000,
        _ => return Err(format!("`{text}`: the unit must be d, h, m or s")),
    };
    if n <= 0 {
        return Err(format!("`{text}` must be longer than zero"));
    }
    Ok(n.saturating_mul(unit_ms))
}

/// `YYYY-MM-DD` (UTC midnight) in unix milliseconds.
fn parse_date_ms(text: &str) -> Result<i64, String> {
    let bad = || format!("`{text}` is not a date like 2026-01-15");
    let mut parts = text.trim().splitn(3, '-');
    let mut next = |range: std::ops::RangeInclusive<i64>| {
        parts
            .next()
            .and_then(|p| p.parse::<i64>().ok())
            .filter(|v| range.contains(v))
            .ok_or_else(bad)
    };
    let (y, m, d) = (next(1970..=9999)?, next(1..=12)?, next(1..=31)?);
    Ok(days_from_civil(y, m, d) * DAY_MS)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (inverse of [`days_from_civil`]).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

#[derive(Debug)]
pub struct Rule {
    name: String,
    /// Names the rule's buckets: the budget's name, or `{team|app|key}:{id}:{n}` for the store's.
    bucket_id: String,
    per: BudgetScope,
    /// Only this key, app or team.
    only: Option<String>,
    /// The cap; `i64::MAX` in a part that is not capped.
    cap: Amount,
    window: Window,
    alerts: Vec<f64>,
}

/// One budget's state for one key/app/team (or the org).
#[derive(Debug, Default)]
struct Bucket {
    /// Fixed windows: the start of the window `spent` belongs to.
    window_start: i64,
    spent: Amount,
    /// Rolling windows: spend per slot start, oldest first.
    slots: VecDeque<(i64, Amount)>,
    /// Held by calls in flight.
    reserved: Amount,
}

impl Bucket {
    /// Spend in the window holding `now`, after dropping what has left it.
    fn spent(&mut self, window: Window, now: i64) -> Amount {
        if let Window::Rolling { len_ms, .. } = window {
            while self.slots.front().is_some_and(|(start, _)| *start <= now - len_ms) {
                self.slots.pop_front();
            }
            let mut total = Amount::default();
            for (_, amount) in &self.slots {
                total.add(*amount);
            }
            return total;
        }
        let (start, _) = window.bounds(now);
        if start != self.window_start {
            self.window_start = start;
            self.spent = Amount::default();
        }
        self.spent
    }

    fn charge(&mut self, window: Window, now: i64, amount: Amount) {
        self.spent(window, now);
        if let Window::Rolling { .. } = window {
            let (slot, _) = window.bounds(now);
            match self.slots.back_mut() {
                Some((start, total)) if *start == slot => total.add(amount),
                _ => self.slots.push_back((slot, amount)),
            }
        } else {
            self.spent.add(amount);
        }
    }
}

/// A budget rule and the key, app or team (or `org`) whose spend it counts.
#[derive(Debug, Clone)]
struct BucketKey {
    rule: Arc<Rule>,
    entity: String,
    /// `{bucket id}\u{1f}{entity}`: the bucket's name in this process's map.
    id: String,
}

pub struct Budgets {
    rules: Vec<Arc<Rule>>,
    buckets: Mutex<HashMap<String, Bucket>>,
    /// Where past spend is read from when a bucket is first used.
    store: OnceLock<Arc<Store>>,
    alerts: OnceLock<Arc<crate::alerts::Alerter>>,
    /// Cluster mode: spend and holds shared by every replica.
    redis: Option<Arc<Redis>>,
}

impl std::fmt::Debug for Budgets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Budgets").field("rules", &self.rules).finish()
    }
}

impl Default for Budgets {
    fn default() -> Self {
        Budgets {
            rules: Vec::new(),
            buckets: Mutex::new(HashMap::new()),
            store: OnceLock::new(),
            alerts: OnceLock::new(),
            redis: None,
        }
    }
}

/// A call's hold on its budgets, settled when the call ends.
pub struct Reservation {
    budgets: Arc<Budgets>,
    buckets: Vec<BucketKey>,
    held: Amount,
    /// A stream is cut once its running cost passes this.
    pub grant: Amount,
    /// The grant is less than the call's worst case: a stream must be watched.
    pub partial: bool,
    /// The budget that set the grant (named in the error that cuts a stream).
    grant_by: String,
    /// Cluster mode: the hold's member in Redis, released on settlement.
    shared_hold: Option<String>,
    /// Cluster mode, but Redis failed: decided by this replica's spend.
    pub fell_back: bool,
}

impl std::fmt::Debug for Reservation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reservation")
            .field("held", &self.held)
            .field("grant", &self.grant)
            .finish()
    }
}

/// What a call is about to spend, for its reservation.
pub struct Estimate<'a> {
    pub price: Option<&'a Price>,
    pub prompt_tokens: u64,
    pub max_output_tokens: Option<u64>,
    pub stream: bool,
    /// The longest the call may take: a hold not settled by then is released
    /// (cluster mode: a replica that died mid-call leaks nothing).
    pub hold_ms: u64,
}

/// The time span of a bucket's current window, as the shared store counts it.
#[derive(Debug, Clone, Copy)]
struct Span {
    /// Spend recorded under starts before this has left the window.
    min_start: i64,
    /// Where new spend is recorded (the window's, or the rolling slot's, start).
    charge_start: i64,
    /// When the bucket may be forgotten (0: never).
    expire_at: i64,
}

impl Rule {
    /// A budget's rule; its buckets are named `bucket_id`.
    pub fn compile(cfg: &BudgetConfig, bucket_id: &str) -> Result<Rule, String> {
        let name = &cfg.name;
        if cfg.usd.is_none() && cfg.tokens.is_none() {
            return Err(format!("budget `{name}` needs `usd` or `tokens`"));
        }
        let nano = match cfg.usd {
            None => i64::MAX,
            Some(usd) if usd.is_finite() && usd >= 0.0 => (usd * 1e9).round() as i64,
            Some(usd) => return Err(format!("budget `{name}`: usd {usd} must be zero or more")),
        };
        if cfg.per == BudgetScope::Org && cfg.id.is_some() {
            return Err(format!("budget `{name}`: an org budget has no `id`"));
        }
        if cfg.alerts.iter().any(|a| !(0.0..=10.0).contains(a)) {
            return Err(format!("budget `{name}`: alerts are fractions of the cap, like 0.8"));
        }
        Ok(Rule {
            name: name.clone(),
            bucket_id: bucket_id.to_owned(),
            per: cfg.per,
            only: cfg.id.clone(),
            cap: Amount {
                nano,
                tokens: cfg.tokens.map_or(i64::MAX, |t| i64::try_from(t).unwrap_or(i64::MAX)),
            },
            window: Window::compile(&cfg.window).map_err(|e| format!("budget `{name}`: {e}"))?,
            alerts: cfg.alerts.clone(),
        })
    }
}

impl Budgets {
    /// Compiles the budgets; with `redis`, every replica using it shares them.
    pub fn new(configs: &[BudgetConfig], redis: Option<Arc<Redis>>) -> Result<Budgets, String> {
        let mut rules = Vec::new();
        for (i, cfg) in configs.iter().enumerate() {
            let name = &cfg.name;
            if configs[..i].iter().any(|c| &c.name == name) {
                return Err(format!("two budgets are named `{name}`: names must be unique"));
            }
            if !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            {
                return Err(format!("budget `{name}`: names use letters, digits, `-`, `_` and `.`"));
            }
            rules.push(Arc::new(Rule::compile(cfg, name)?));
        }
        Ok(Budgets {
            rules,
            redis,
            ..Budgets::default()
        })
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Gives the budgets the store to read past spend from, and where to send alerts.
    pub fn attach(&self, store: Arc<Store>, alerts: Arc<crate::alerts::Alerter>) {
        let _ = self.store.set(store);
        let _ = self.alerts.set(alerts);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Bucket>> {
        match self.buckets.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// The budgets a caller's call counts toward: its key's, app's, team's and
    /// the org's, from config and (`entity_rules`) from the store.
    fn applicable(&self, caller: &Caller, entity_rules: &[&Arc<Rule>]) -> Vec<BucketKey> {
        let mut keys = Vec::new();
        for rule in self.rules.iter().chain(entity_rules.iter().copied()) {
            let entity = match rule.per {
                BudgetScope::Key => Some(caller.principal.as_str()),
                BudgetScope::App => caller.app.as_deref(),
                BudgetScope::Team => caller.team.as_deref(),
                BudgetScope::Org => Some("org"),
            };
            let Some(entity) = entity else { continue };
            let entity_id = match rule.per {
                // Budgets name keys by id; the principal is `key:<id>`, `config-key:<id>`, ….
                BudgetScope::Key => entity.rsplit(':').next().unwrap_or(entity),
                _ => entity,
            };
            if rule.only.as_deref().is_some_and(|id| id != entity_id) {
                continue;
            }
            let mut id = String::with_capacity(rule.bucket_id.len() + 1 + entity.len());
            id.push_str(&rule.bucket_id);
            id.push('\u{1f}');
            id.push_str(entity);
            keys.push(BucketKey {
                rule: rule.clone(),
                entity: entity.to_owned(),
                id,
            });
        }
        keys
    }

    fn span(&self, rule: &Rule, now: i64) -> Span {
        match rule.window {
            Window::Rolling { len_ms, slot_ms } => {
                let (slot, _) = rule.window.bounds(now);
                Span {
                    min_start: slot - len_ms + slot_ms,
                    charge_start: slot,
                    expire_at: slot + len_ms + slot_ms,
                }
            }
            Window::Total => Span {
                min_start: 0,
                charge_start: 0,
                expire_at: 0,
            },
            window => {
                let (start, end) = window.bounds(now);
                Span {
                    min_start: start,
                    charge_start: start,
                    expire_at: end + DAY_MS,
                }
            }
        }
    }

    /// Spend already recorded in the store for a bucket's current window, by
    /// window (or rolling slot) start.
    async fn past_spend(&self, key: &BucketKey, now: i64) -> Vec<(i64, Amount)> {
        let Some(store) = self.store.get() else {
            return Vec::new();
        };
        let rule = &key.rule;
        let span = self.span(rule, now);
        let slot_ms = match rule.window {
            Window::Rolling { slot_ms, .. } => slot_ms,
            Window::Total => i64::MAX,
            window => {
                let (start, end) = window.bounds(now);
                end - start
            }
        };
        let filter = match rule.per {
            BudgetScope::Key => Some((SpentBy::Principal, key.entity.as_str())),
            BudgetScope::App => Some((SpentBy::App, key.entity.as_str())),
            BudgetScope::Team => Some((SpentBy::Team, key.entity.as_str())),
            BudgetScope::Org => None,
        };
        match store.usage_spent(filter, span.min_start, i64::MAX, slot_ms).await {
            Ok(rows) => rows
                .into_iter()
                .map(|(slot, nano, tokens)| (span.min_start + slot * slot_ms, Amount { nano, tokens }))
                .collect(),
            Err(e) => {
                // Counting from zero beats refusing every call; the log says so.
                tracing::error!(budget = %rule.name, error = %e, "cannot read past spend; counting from zero");
                Vec::new()
            }
        }
    }

    /// Loads past spend of buckets this process has not seen yet.
    async fn seed_local(&self, keys: &[BucketKey], now: i64) {
        let missing: Vec<&BucketKey> = {
            let buckets = self.lock();
            keys.iter().filter(|k| !buckets.contains_key(k.id.as_str())).collect()
        };
        for key in missing {
            let rule = &key.rule;
            let mut bucket = Bucket {
                window_start: rule.window.bounds(now).0,
                ..Bucket::default()
            };
            for (start, amount) in self.past_spend(key, now).await {
                match rule.window {
                    Window::Rolling { .. } => bucket.slots.push_back((start, amount)),
                    _ => bucket.spent.add(amount),
                }
            }
            bucket.slots.make_contiguous().sort_by_key(|(start, _)| *start);
            self.lock().entry(key.id.clone()).or_insert(bucket);
        }
    }

    /// `entity_rules` are the budgets set in the store on the caller's key, app and team.
    pub async fn reserve(
        self: &Arc<Self>,
        caller: &Caller,
        entity_rules: &[&Arc<Rule>],
        estimate: &Estimate<'_>,
    ) -> Result<Option<Reservation>, ApiError> {
        if self.rules.is_empty() && entity_rules.is_empty() {
            return Ok(None);
        }
        let keys = self.applicable(caller, entity_rules);
        if keys.is_empty() {
            return Ok(None);
        }
        let now = crate::store::now_ms();
        let output = estimate.max_output_tokens.unwrap_or(DEFAULT_RESERVED_OUTPUT);
        let worst = Amount::of(
            &Tokens {
                prompt: estimate.prompt_tokens,
                completion: output,
                ..Tokens::default()
            },
            estimate.price,
        );
        let prompt_only = Amount::of(
            &Tokens {
                prompt: estimate.prompt_tokens,
                completion: 1,
                ..Tokens::default()
            },
            estimate.price,
        );
        // Whole answers cannot be cut short: they need room for their worst case.
        let needed = if estimate.stream { prompt_only } else { worst };
        let mut fell_back = false;
        if let Some(redis) = &self.redis {
            match shared::reserve(self, redis, &keys, needed, worst, estimate, now).await {
                Ok(outcome) => return outcome.map(Some),
                Err(unavailable) if redis.on_failure == RedisFailurePolicy::Closed => {
                    return Err(ApiError::new(
                        503,
                        "api_error",
                        "budgets_unavailable",
                        format!("budgets cannot be checked (redis {unavailable}); try again shortly"),
                    ));
                }
                Err(_) => fell_back = true,
            }
        }
        self.seed_local(&keys, now).await;
        let mut buckets = self.lock();
        let mut grant = Amount::UNLIMITED;
        let mut grant_by = String::new();
        for key in &keys {
            let rule = &key.rule;
            let Some(bucket) = buckets.get_mut(key.id.as_str()) else {
                continue; // seeded above; only a concurrent reload could have dropped it
            };
            let spent = bucket.spent(rule.window, now);
            let left = Amount {
                nano: rule
                    .cap
                    .nano
                    .saturating_sub(spent.nano)
                    .saturating_sub(bucket.reserved.nano),
                tokens: rule
                    .cap
                    .tokens
                    .saturating_sub(spent.tokens)
                    .saturating_sub(bucket.reserved.tokens),
            };
            let short = |left: i64, need: i64, cap: i64| cap != i64::MAX && (left <= 0 || left < need);
            if short(left.nano, needed.nano, rule.cap.nano) || short(left.tokens, needed.tokens, rule.cap.tokens) {
                return Err(self.exhausted(rule, &key.entity, spent, bucket.reserved, worst, estimate.stream, now));
            }
            if left.nano < grant.nano || left.tokens < grant.tokens {
                grant_by = rule.name.clone();
            }
            grant = grant.min(left);
        }
        let held = worst.min(grant);
        for key in &keys {
            if let Some(bucket) = buckets.get_mut(key.id.as_str()) {
                bucket.reserved.add(held);
            }
        }
        drop(buckets);
        Ok(Some(Reservation {
            budgets: self.clone(),
            buckets: keys,
            held,
            partial: held != worst,
            grant,
            grant_by,
            shared_hold: None,
            fell_back,
        }))
    }

    #[allow(clippy::too_many_arguments)]
    fn exhausted(
        &self,
        rule: &Rule,
        entity: &str,
        spent: Amount,
        reserved: Amount,
        worst: Amount,
        stream: bool,
        now: i64,
    ) -> ApiError {
        let whose = match rule.per {
            BudgetScope::Org => "the organisation".to_owned(),
            scope => format!("{} `{entity}`", format!("{scope:?}").to_lowercase()),
        };
        let mut parts = Vec::new();
        if rule.cap.nano != i64::MAX {
            parts.push(format!(
                "${:.4} of ${:.4} spent, ${:.4} held by calls in flight",
                usd(spent.nano),
                usd(rule.cap.nano),
                usd(reserved.nano)
            ));
        }
        if rule.cap.tokens != i64::MAX {
            parts.push(format!(
                "{} of {} tokens used, {} held by calls in flight",
                spent.tokens, rule.cap.tokens, reserved.tokens
            ));
        }
        let hint = if stream {
            String::new()
        } else {
            format!(
                "; this call may need up to {} tokens (${:.4}): lower max_tokens, or stream",
                worst.tokens,
                usd(worst.nano)
            )
        };
        let mut error = ApiError::new(
            429,
            "insufficient_quota",
            "budget_exceeded",
            format!(
                "budget `{}` of {whose} is used up: {}{hint}",
                rule.name,
                parts.join("; ")
            ),
        );
        let resets = match rule.window {
            Window::Total => None,
            Window::Rolling { slot_ms, .. } => Some(slot_ms),
            window => Some(window.bounds(now).1 - now),
        };
        error.retry_after = resets.map(|ms| (ms.max(0) as u64).div_ceil(1000).max(1));
        error
    }
}

fn usd(nano: i64) -> f64 {
    nano as f64 / 1e9
}

impl Reservation {
    /// The error event that ends a stream whose running cost passed its grant.
    pub fn cut_error(&self) -> ApiError {
        ApiError::new(
            429,
            "insufficient_quota",
            "budget_exceeded",
            format!("budget `{}` is used up: the answer was stopped here", self.grant_by),
        )
    }

    /// Releases the hold and charges what the call really spent.
    pub fn settle(self, spent: Amount) {
        if let Some(member) = self.shared_hold.clone()
            && let Some(redis) = self.budgets.redis.clone()
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            // Off the response path. If Redis fails meanwhile, this replica's
            // spend is charged, and the hold expires in Redis by its deadline.
            runtime.spawn(async move {
                let now = crate::store::now_ms();
                match shared::settle(&self.budgets, &redis, &self.buckets, &member, self.held, spent, now).await {
                    Ok(befores) => {
                        let alerts = self
                            .buckets
                            .iter()
                            .zip(befores)
                            .flat_map(|(key, (before, window_start))| {
                                self.budgets.crossings(key, before, spent, window_start)
                            })
                            .collect();
                        self.budgets.alert(alerts);
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot settle a call's budgets in redis; charging this replica's");
                        self.budgets.settle_local(&self.buckets, None, spent);
                    }
                }
            });
            return;
        }
        self.budgets.settle_local(&self.buckets, Some(self.held), spent);
    }
}

impl Budgets {
    /// Releases `held` (when this process holds it) and charges `spent`.
    fn settle_local(&self, keys: &[BucketKey], held: Option<Amount>, spent: Amount) {
        let now = crate::store::now_ms();
        let mut alerts = Vec::new();
        {
            let mut buckets = self.lock();
            for key in keys {
                let rule = &key.rule;
                if !buckets.contains_key(key.id.as_str()) {
                    buckets.insert(key.id.clone(), Bucket::default());
                }
                let Some(bucket) = buckets.get_mut(key.id.as_str()) else {
                    continue;
                };
                if let Some(held) = held {
                    bucket.reserved.sub(held);
                }
                let before = bucket.spent(rule.window, now);
                bucket.charge(rule.window, now, spent);
                alerts.extend(self.crossings(key, before, spent, bucket.window_start));
            }
        }
        self.alert(alerts);
    }

    /// The soft limits a charge of `spent` on top of `before` crosses.
    fn crossings(
        &self,
        key: &BucketKey,
        before: Amount,
        spent: Amount,
        window_start: i64,
    ) -> Vec<crate::alerts::BudgetAlert> {
        let rule = &key.rule;
        let mut after = before;
        after.add(spent);
        let mut alerts = Vec::new();
        for threshold in &rule.alerts {
            for (cap, b, a, unit) in [
                (rule.cap.nano, before.nano, after.nano, "usd"),
                (rule.cap.tokens, before.tokens, after.tokens, "tokens"),
            ] {
                if cap == i64::MAX {
                    continue;
                }
                let line = threshold * cap as f64;
                if (b as f64) < line && (a as f64) >= line {
                    alerts.push(crate::alerts::BudgetAlert {
                        budget: rule.name.clone(),
                        per: format!("{:?}", rule.per).to_lowercase(),
                        entity: key.entity.clone(),
                        threshold: *threshold,
                        unit,
                        spent: if unit == "usd" { usd(a) } else { a as f64 },
                        cap: if unit == "usd" { usd(cap) } else { cap as f64 },
                        window_start_ms: window_start,
                    });
                }
            }
        }
        alerts
    }

    fn alert(&self, alerts: Vec<crate::alerts::BudgetAlert>) {
        for alert in alerts {
            match self.alerts.get() {
                Some(alerter) => alerter.budget(alert),
                None => {
                    tracing::warn!(budget = %alert.budget, threshold = alert.threshold, "budget soft limit crossed")
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_windows() {
        // 2026-03-15T12:00:00Z
        let now = days_from_civil(2026, 3, 15) * DAY_MS + 12 * 3_600_000;
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        assert_eq!(
            Window::Day.bounds(now),
            (
                days_from_civil(2026, 3, 15) * DAY_MS,
                days_from_civil(2026, 3, 16) * DAY_MS
            )
        );
        // 2026-03-15 is a Sunday: its ISO week began on Monday the 9th.
        assert_eq!(Window::Week.bounds(now).0, days_from_civil(2026, 3, 9) * DAY_MS);
        assert_eq!(
            Window::CalendarMonth.bounds(now),
            (
                days_from_civil(2026, 3, 1) * DAY_MS,
                days_from_civil(2026, 4, 1) * DAY_MS
            )
        );
        let dec = days_from_civil(2026, 12, 31) * DAY_MS;
        assert_eq!(
            Window::CalendarMonth.bounds(dec).1,
            days_from_civil(2027, 1, 1) * DAY_MS
        );
        let every = Window::compile(&BudgetWindow::Every {
            every: "30d".into(),
            from: Some("2026-01-15".into()),
        })
        .unwrap();
        // 2026-01-15 + 30 d = 02-14, + 30 d = 03-16: the 15th of March is in the second period.
        assert_eq!(every.bounds(now).0, days_from_civil(2026, 2, 14) * DAY_MS);
        assert!(parse_duration_ms("0d").is_err());
        assert!(parse_duration_ms("5w").is_err());
        assert!(parse_date_ms("2026-13-01").is_err());
    }
}
