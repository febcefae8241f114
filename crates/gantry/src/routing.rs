//! Routing: in which order a model's targets are tried, when the gateway moves
//! on to the next one, and each target's health (a circuit breaker every
//! strategy respects). The attempt loop itself is in `pipeline`.

use std::hash::Hasher;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use schemars::JsonSchema;
use serde::Deserialize;
use tokio::time::Instant;

use crate::auth::Caller;
use crate::providers::Target;

/// How a model picks the target that serves a call.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StrategyKind {
    /// The first target serves; the others are fallbacks, in order.
    #[default]
    Fallback,
    /// A target chosen by `weight` (A/B, canary), optionally sticky; the others are fallbacks.
    Weighted,
    /// Each call starts at the next target in turn.
    RoundRobin,
    /// The target with the fewest calls in flight.
    LeastInFlight,
    /// The target with the lowest recent time to first byte (EWMA); untried targets first.
    LowestLatency,
    /// The cheapest target by its price per token (input + output); unpriced ones last.
    LowestCost,
    /// Two targets drawn at random, the one with fewer calls in flight first.
    PowerOfTwo,
}

/// What keeps one caller on one variant of a weighted split.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StickyBy {
    /// The credential (virtual key, config key, JWT subject).
    Key,
    App,
    Team,
    /// A request header, e.g. `{header: x-user-id}`.
    Header(String),
}

/// Failures that move a call on (to a retry, or the next target).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    /// 5xx from the provider (and 401/403: the gateway's own key was refused).
    ServerError,
    /// 429 from the provider.
    RateLimited,
    /// No answer (headers) within the first-byte timeout.
    Timeout,
    /// Could not connect, or the connection was lost before an answer.
    Connect,
    /// A stream that ended or failed before its first event.
    StreamCut,
    /// The prompt is longer than the model's context window.
    ContextLength,
    /// The provider's content filter refused the request.
    ContentPolicy,
}

impl FailureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::ServerError => "server_error",
            FailureKind::RateLimited => "rate_limited",
            FailureKind::Timeout => "timeout",
            FailureKind::Connect => "connect",
            FailureKind::StreamCut => "stream_cut",
            FailureKind::ContextLength => "context_length",
            FailureKind::ContentPolicy => "content_policy",
        }
    }

    /// Worth trying the same target again (after a backoff)?
    pub fn retryable(self) -> bool {
        !matches!(self, FailureKind::ContextLength | FailureKind::ContentPolicy)
    }

    /// Counts against the target's health?
    fn counts_against(self) -> bool {
        !matches!(self, FailureKind::ContextLength | FailureKind::ContentPolicy)
    }
}

fn all_failures() -> Vec<FailureKind> {
    vec![
        FailureKind::ServerError,
        FailureKind::RateLimited,
        FailureKind::Timeout,
        FailureKind::Connect,
        FailureKind::StreamCut,
        FailureKind::ContextLength,
        FailureKind::ContentPolicy,
    ]
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetryConfig {
    /// Extra attempts on the same target for retryable failures (default 0).
    #[serde(default)]
    pub attempts: u32,
    /// First backoff; it doubles each time, with jitter (default 100 ms).
    #[serde(default = "default_backoff_ms")]
    pub backoff_ms: u64,
    /// Longest backoff, and the most a `Retry-After` is waited (default 2000 ms).
    #[serde(default = "default_max_backoff_ms")]
    pub max_backoff_ms: u64,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self {
            attempts: 0,
            backoff_ms: default_backoff_ms(),
            max_backoff_ms: default_max_backoff_ms(),
        }
    }
}

fn default_backoff_ms() -> u64 {
    100
}

fn default_max_backoff_ms() -> u64 {
    2_000
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BreakerConfig {
    /// Consecutive failures that open the breaker (default 5).
    #[serde(default = "default_breaker_failures")]
    pub failures: u32,
    /// How long an open breaker skips its target before one probe call may try it (default 30 s).
    #[serde(default = "default_cooldown_ms")]
    pub cooldown_ms: u64,
    /// Cluster mode: a breaker one replica opens opens on every replica (through `redis`)
    /// within about half a second; each replica still counts its own failures.
    #[serde(default)]
    pub shared: bool,
}

impl Default for BreakerConfig {
    fn default() -> Self {
        Self {
            failures: default_breaker_failures(),
            cooldown_ms: default_cooldown_ms(),
            shared: false,
        }
    }
}

fn default_breaker_failures() -> u32 {
    5
}

fn default_cooldown_ms() -> u64 {
    30_000
}

/// A model's routing settings as written in config.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoutingConfig {
    #[serde(default)]
    pub strategy: StrategyKind,
    /// Weighted split: keep each caller on one variant.
    #[serde(default)]
    pub sticky: Option<StickyBy>,
    /// Weighted split without `sticky`: seed of the pick sequence (repeatable tests).
    #[serde(default)]
    pub seed: Option<u64>,
    #[serde(default)]
    pub retry: RetryConfig,
    /// Failures that move the call to the next target (default: all of them).
    #[serde(default = "all_failures")]
    pub fallback_on: Vec<FailureKind>,
    #[serde(default)]
    pub breaker: BreakerConfig,
    /// The whole call, retries and fallbacks included, in milliseconds
    /// (default: the first target's provider `total_ms`).
    #[serde(default)]
    pub deadline_ms: Option<u64>,
    /// Data residency: only targets tagged with one of these regions may serve (empty: any).
    #[serde(default)]
    pub regions: Vec<String>,
    /// Conditional routing: the first rule whose `when` matches picks the targets.
    #[serde(default)]
    pub rules: Vec<RuleConfig>,
    /// Skip targets whose context window (from the price catalog) is smaller than the
    /// estimated prompt, while one that fits remains (default true).
    #[serde(default = "yes")]
    pub fit_context: bool,
    /// Active health checks of every target (none by default).
    #[serde(default)]
    pub health_check: Option<HealthCheckConfig>,
}

/// A GET of the provider's model list every `interval_ms`; failures count toward the
/// breaker like failed calls, and a success closes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HealthCheckConfig {
    #[serde(default = "default_check_interval_ms")]
    pub interval_ms: u64,
    #[serde(default = "default_check_timeout_ms")]
    pub timeout_ms: u64,
}

fn default_check_interval_ms() -> u64 {
    10_000
}

fn default_check_timeout_ms() -> u64 {
    2_000
}

fn yes() -> bool {
    true
}

impl Default for RoutingConfig {
    /// The same as an empty `routing: {}` (a model that does not mention routing).
    fn default() -> Self {
        Self {
            strategy: StrategyKind::default(),
            sticky: None,
            seed: None,
            retry: RetryConfig::default(),
            fallback_on: all_failures(),
            breaker: BreakerConfig::default(),
            deadline_ms: None,
            regions: Vec::new(),
            rules: Vec::new(),
            fit_context: true,
            health_check: None,
        }
    }
}

/// A conditional route: when the request matches, only these targets serve.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleConfig {
    pub when: Condition,
    /// Target names, in the order the strategy starts from.
    pub targets: Vec<String>,
}

/// Every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Request headers with these exact values.
    #[serde(default)]
    pub header: std::collections::BTreeMap<String, String>,
    /// The caller's team is one of these.
    #[serde(default)]
    pub team: Vec<String>,
    /// The caller's app is one of these.
    #[serde(default)]
    pub app: Vec<String>,
    /// Entries of the request's `metadata` object with these values.
    #[serde(default)]
    pub metadata: std::collections::BTreeMap<String, String>,
    /// Top-level request parameters with these JSON values (e.g. `reasoning_effort: high`).
    #[serde(default)]
    pub param: std::collections::BTreeMap<String, serde_json::Value>,
    /// The estimated prompt is longer than this many tokens.
    #[serde(default)]
    pub prompt_tokens_over: Option<u64>,
}

/// What routing looks at in a request.
pub struct RequestFacts<'a> {
    pub caller: Option<&'a Caller>,
    pub headers: &'a http::HeaderMap,
    pub body: &'a gantry_protocol::raw::RawObject<'a>,
    pub prompt_tokens: u64,
    /// Regions the caller's team, app or key policy allows (`None`: any).
    pub tenant_regions: Option<&'a [String]>,
}

impl Condition {
    fn matches(&self, facts: &RequestFacts<'_>) -> bool {
        let header_ok = self.header.iter().all(|(name, value)| {
            facts.headers.get(name.as_str()).and_then(|v| v.to_str().ok()) == Some(value.as_str())
        });
        let in_list = |list: &[String], value: Option<&str>| {
            list.is_empty() || value.is_some_and(|v| list.iter().any(|l| l == v))
        };
        let metadata_ok = self.metadata.is_empty() || {
            let metadata: serde_json::Map<String, serde_json::Value> = facts
                .body
                .get("metadata")
                .and_then(|v| serde_json::from_str(v.get()).ok())
                .unwrap_or_default();
            self.metadata
                .iter()
                .all(|(k, v)| metadata.get(k).and_then(serde_json::Value::as_str) == Some(v.as_str()))
        };
        let param_ok = self.param.iter().all(|(name, expected)| {
            facts
                .body
                .get(name)
                .and_then(|v| serde_json::from_str::<serde_json::Value>(v.get()).ok())
                .as_ref()
                == Some(expected)
        });
        header_ok
            && in_list(&self.team, facts.caller.and_then(|c| c.team.as_deref()))
            && in_list(&self.app, facts.caller.and_then(|c| c.app.as_deref()))
            && metadata_ok
            && param_ok
            && self.prompt_tokens_over.is_none_or(|n| facts.prompt_tokens > n)
    }
}

/// The compiled routing of one model.
#[derive(Debug)]
pub struct Router {
    pub config: RoutingConfig,
    /// The next pick of a weighted split without `sticky` (splitmix64 sequence).
    sequence: AtomicU64,
    /// Round robin's turn.
    turn: AtomicUsize,
}

impl Router {
    pub fn new(config: RoutingConfig) -> Result<Router, String> {
        if config.sticky.is_some() && config.strategy != StrategyKind::Weighted {
            return Err("`sticky` applies to `strategy: weighted` only".to_owned());
        }
        if config.breaker.failures == 0 {
            return Err("breaker.failures must be at least 1".to_owned());
        }
        if config.rules.iter().any(|r| r.targets.is_empty()) {
            return Err("a rule needs at least one target".to_owned());
        }
        let seed = config.seed.unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64)
        });
        Ok(Router {
            config,
            sequence: AtomicU64::new(seed),
            turn: AtomicUsize::new(0),
        })
    }

    /// A number in [0, 1): the sticky value's hash, or the next of the seeded sequence.
    fn draw(&self, sticky: Option<&str>) -> f64 {
        let bits = match sticky {
            Some(value) => {
                // A fixed hash (not the process's random one), so replicas agree.
                let mut h = std::hash::DefaultHasher::new();
                h.write(value.as_bytes());
                splitmix(h.finish())
            }
            None => splitmix(self.sequence.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed)),
        };
        (bits >> 11) as f64 / (1u64 << 53) as f64
    }

    /// The index a weighted split picks (`None` when every weight is 0).
    fn pick(&self, weights: &[u32], sticky: Option<&str>) -> Option<usize> {
        let total: u64 = weights.iter().map(|w| u64::from(*w)).sum();
        if total == 0 {
            return None;
        }
        let mut point = self.draw(sticky) * total as f64;
        Some(
            weights
                .iter()
                .position(|w| {
                    point -= f64::from(*w);
                    point < 0.0
                })
                .unwrap_or(weights.len() - 1),
        )
    }

    /// The provider targets this call may use, in the order it tries them
    /// (groups expanded in place; breakers are checked when trying). Refuses
    /// with 403 when residency leaves no target.
    pub fn order<'a>(
        &'a self,
        model: &str,
        nodes: &'a [Node],
        facts: &RequestFacts<'_>,
    ) -> Result<Vec<&'a Arc<Target>>, gantry_protocol::ApiError> {
        let mut regions = Vec::new();
        let mut out = Vec::new();
        self.expand(nodes, facts, &mut regions, &mut out);
        if out.is_empty() && (!self.config.regions.is_empty() || facts.tenant_regions.is_some()) {
            let mut required: Vec<&String> = self
                .config
                .regions
                .iter()
                .chain(facts.tenant_regions.unwrap_or_default())
                .collect();
            required.dedup();
            return Err(gantry_protocol::ApiError::new(
                403,
                "permission_error",
                "region_unavailable",
                format!(
                    "model `{model}` has no target in the region(s) this call must stay in ({})",
                    required.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        Ok(out)
    }

    /// Orders one level of nodes and appends their provider targets to `out`.
    /// `regions` holds the region lists of this level and every enclosing one.
    fn expand<'a>(
        &'a self,
        nodes: &'a [Node],
        facts: &RequestFacts<'_>,
        regions: &mut Vec<&'a [String]>,
        out: &mut Vec<&'a Arc<Target>>,
    ) {
        if !self.config.regions.is_empty() {
            regions.push(&self.config.regions);
        }
        // Residency first: nothing below may reach a target outside the allowed regions.
        let mut level: Vec<&Node> = nodes
            .iter()
            .filter(|n| n.any_leaf(&|t| in_regions(t, regions, facts.tenant_regions)))
            .collect();
        if let Some(rule) = self.config.rules.iter().find(|r| r.when.matches(facts)) {
            let picked: Vec<&Node> = rule
                .targets
                .iter()
                .filter_map(|name| level.iter().find(|n| n.name() == name).copied())
                .collect();
            if !picked.is_empty() {
                level = picked;
            }
        }
        if self.config.fit_context {
            let fits = |n: &&Node| {
                n.any_leaf(&|t: &Target| {
                    t.price
                        .as_ref()
                        .and_then(|p| p.context_window)
                        .is_none_or(|window| facts.prompt_tokens <= window)
                })
            };
            if level.iter().any(fits) {
                level.retain(fits);
            }
        }
        if level.len() > 1 {
            self.sort(&mut level, facts);
        }
        for node in level {
            match node {
                Node::Leaf(target) => {
                    if in_regions(target, regions, facts.tenant_regions) {
                        out.push(target);
                    }
                }
                Node::Group(group) => group.router.expand(&group.nodes, facts, regions, out),
            }
        }
        if !self.config.regions.is_empty() {
            regions.pop();
        }
    }

    /// Puts one level's nodes in this router's strategy order.
    fn sort(&self, level: &mut Vec<&Node>, facts: &RequestFacts<'_>) {
        match self.config.strategy {
            StrategyKind::Fallback => {}
            StrategyKind::Weighted => {
                let sticky = self.config.sticky.as_ref().and_then(|by| match by {
                    StickyBy::Key => facts.caller.map(|c| c.principal.clone()),
                    StickyBy::App => facts.caller.and_then(|c| c.app.clone()),
                    StickyBy::Team => facts.caller.and_then(|c| c.team.clone()),
                    StickyBy::Header(name) => facts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned),
                });
                let weights: Vec<u32> = level.iter().map(|n| n.weight()).collect();
                if let Some(chosen) = self.pick(&weights, sticky.as_deref()) {
                    let first = level.remove(chosen);
                    level.insert(0, first);
                }
            }
            StrategyKind::RoundRobin => {
                let start = self.turn.fetch_add(1, Ordering::Relaxed) % level.len();
                level.rotate_left(start);
            }
            StrategyKind::LeastInFlight => level.sort_by_key(|n| n.in_flight()),
            StrategyKind::LowestLatency => level.sort_by_key(|n| n.latency_us()),
            StrategyKind::LowestCost => level.sort_by_key(|n| n.cost()),
            StrategyKind::PowerOfTwo => {
                let n = level.len();
                let a = (self.draw(None) * n as f64) as usize % n;
                let b = (a + 1 + (self.draw(None) * (n - 1) as f64) as usize % (n - 1)) % n;
                let better = if level[b].in_flight() < level[a].in_flight() {
                    b
                } else {
                    a
                };
                let first = level.remove(better);
                level.insert(0, first);
            }
        }
    }

    /// The backoff before retry `n` (1-based) on the same target: exponential
    /// with full jitter, or the provider's `Retry-After` when it said one, capped.
    pub fn backoff(&self, n: u32, retry_after: Option<u64>) -> Duration {
        let cap = self.config.retry.max_backoff_ms;
        if let Some(seconds) = retry_after {
            return Duration::from_millis(seconds.saturating_mul(1000).min(cap));
        }
        let base = self
            .config
            .retry
            .backoff_ms
            .saturating_mul(1u64 << n.saturating_sub(1).min(16))
            .min(cap);
        // Full jitter: anywhere in [base/2, base].
        let jitter = self.draw(None);
        Duration::from_millis(base / 2 + (jitter * (base / 2) as f64) as u64)
    }
}

/// The target is tagged with a region of every list (enclosing levels' and the tenant's).
fn in_regions(t: &Target, levels: &[&[String]], tenant: Option<&[String]>) -> bool {
    let in_list = |list: &[String]| t.region.as_ref().is_some_and(|r| list.contains(r));
    levels.iter().all(|list| in_list(list)) && tenant.is_none_or(in_list)
}

/// A model's target: a provider target, or a group with its own routing.
#[derive(Debug)]
pub enum Node {
    Leaf(Arc<Target>),
    Group(Arc<Group>),
}

/// Targets ordered among themselves by their own router, placed as one target
/// in the enclosing list.
#[derive(Debug)]
pub struct Group {
    pub name: String,
    pub weight: u32,
    pub router: Router,
    pub nodes: Vec<Node>,
}

impl Node {
    fn name(&self) -> &str {
        match self {
            Node::Leaf(t) => &t.name,
            Node::Group(g) => &g.name,
        }
    }

    fn weight(&self) -> u32 {
        match self {
            Node::Leaf(t) => t.weight,
            Node::Group(g) => g.weight,
        }
    }

    fn any_leaf(&self, pred: &dyn Fn(&Target) -> bool) -> bool {
        match self {
            Node::Leaf(t) => pred(t),
            Node::Group(g) => g.nodes.iter().any(|n| n.any_leaf(pred)),
        }
    }

    /// A leaf's value, or the group's leaves' values combined by `fold`.
    fn measure(&self, leaf: &dyn Fn(&Target) -> u64, fold: fn(u64, u64) -> u64, empty: u64) -> u64 {
        match self {
            Node::Leaf(t) => leaf(t),
            Node::Group(g) => g.nodes.iter().map(|n| n.measure(leaf, fold, empty)).fold(empty, fold),
        }
    }

    fn in_flight(&self) -> u64 {
        self.measure(&|t| t.health.in_flight(), u64::saturating_add, 0)
    }

    /// The best (lowest) latency among the leaves; 0 (untried) sorts first.
    fn latency_us(&self) -> u64 {
        self.measure(&|t| t.health.latency_us(), u64::min, u64::MAX)
    }

    fn cost(&self) -> u64 {
        self.measure(
            &|t| t.price.as_ref().map_or(u64::MAX, |p| p.per_token_pico()),
            u64::min,
            u64::MAX,
        )
    }
}

fn splitmix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A target's calls in flight and its circuit breaker.
#[derive(Debug, Default)]
pub struct Health {
    in_flight: AtomicU64,
    /// EWMA of the time to first byte, in µs (0: not measured yet).
    latency_us: AtomicU64,
    breaker: Mutex<Breaker>,
}

#[derive(Debug, Default)]
struct Breaker {
    consecutive_failures: u32,
    /// Open until then; after it, one probe call may try (half-open).
    open_until: Option<Instant>,
    probing: bool,
}

/// What a breaker did, for metrics and logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    Opened,
    Closed,
}

impl Health {
    pub fn in_flight(&self) -> u64 {
        self.in_flight.load(Ordering::Relaxed)
    }

    pub fn latency_us(&self) -> u64 {
        self.latency_us.load(Ordering::Relaxed)
    }

    /// Folds one time to first byte into the EWMA (weight 1/8 for the new sample).
    pub fn observe_latency(&self, sample: Duration) {
        let sample = sample.as_micros().min(u128::from(u64::MAX / 8)) as u64;
        let _ = self
            .latency_us
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |old| {
                Some(if old == 0 {
                    sample.max(1)
                } else {
                    (old * 7 + sample) / 8
                })
            });
    }

    fn breaker(&self) -> std::sync::MutexGuard<'_, Breaker> {
        match self.breaker.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// May a call try this target now? Closed: yes. Open: no, until the
    /// cooldown ends; then exactly one probe at a time (half-open).
    pub fn admit(&self, now: Instant) -> Result<(), Duration> {
        let mut breaker = self.breaker();
        match breaker.open_until {
            None => Ok(()),
            Some(until) if now < until => Err(until - now),
            Some(_) if breaker.probing => Err(Duration::from_secs(1)),
            Some(_) => {
                breaker.probing = true;
                Ok(())
            }
        }
    }

    pub fn success(&self) -> Option<Transition> {
        let mut breaker = self.breaker();
        let was_open = breaker.open_until.is_some();
        *breaker = Breaker::default();
        was_open.then_some(Transition::Closed)
    }

    /// Records a failure; returns `Opened` when it opened the breaker.
    pub fn failure(&self, kind: FailureKind, config: &BreakerConfig, now: Instant) -> Option<Transition> {
        let mut breaker = self.breaker();
        if !kind.counts_against() {
            // Not the target's fault; a probe that got one still proved it answers.
            if breaker.probing {
                *breaker = Breaker::default();
                return Some(Transition::Closed);
            }
            return None;
        }
        breaker.consecutive_failures = breaker.consecutive_failures.saturating_add(1);
        let cooldown = Duration::from_millis(config.cooldown_ms);
        if breaker.probing || (breaker.open_until.is_none() && breaker.consecutive_failures >= config.failures) {
            breaker.probing = false;
            breaker.open_until = Some(now + cooldown);
            return Some(Transition::Opened);
        }
        None
    }

    /// Opens the breaker until `until` because another replica opened it (no-op
    /// when it is already open at least that long, or probing).
    fn open_from_peer(&self, until: Instant) -> bool {
        let mut breaker = self.breaker();
        if breaker.probing || breaker.open_until.is_some_and(|u| u >= until) {
            return false;
        }
        breaker.open_until = Some(until);
        true
    }

    /// Counts a call in flight until the guard drops.
    pub fn enter(self: &Arc<Self>) -> InFlight {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(self.clone())
    }
}

/// One call in flight on a target (streams: until the stream ends).
#[derive(Debug)]
pub struct InFlight(Arc<Health>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Sorts an upstream error into a failure kind; `None`: the client's fault
/// (a bad request), which no other target would answer differently.
pub fn classify(status: u16, code: &str, message: &str) -> Option<FailureKind> {
    let text = message.to_ascii_lowercase();
    let code = code.to_ascii_lowercase();
    if code.contains("context_length")
        || text.contains("context length")
        || text.contains("context window")
        || text.contains("prompt is too long")
        || text.contains("maximum context")
    {
        return Some(FailureKind::ContextLength);
    }
    if code.contains("content_policy")
        || code.contains("content_filter")
        || text.contains("content management policy")
        || text.contains("content policy")
        || text.contains("safety system")
    {
        return Some(FailureKind::ContentPolicy);
    }
    match status {
        429 => Some(FailureKind::RateLimited),
        401 | 403 | 500..=599 => Some(FailureKind::ServerError),
        _ => None,
    }
}

/// The Redis key of a shared breaker.
fn breaker_key(redis: &crate::cluster::Redis, model: &str, target: &str) -> String {
    format!("{}cb:{model}:{target}", redis.prefix)
}

static PUBLISH_OPEN: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| {
    redis::Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('SET', KEYS[1], now + tonumber(ARGV[1]), 'PX', ARGV[1])
return 0
",
    )
});

static PUBLISH_CLOSED: std::sync::LazyLock<redis::Script> =
    std::sync::LazyLock::new(|| redis::Script::new("redis.call('DEL', KEYS[1]) return 0"));

/// Milliseconds each shared breaker stays open from now (0: closed), on Redis's clock.
static READ_SHARED: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| {
    redis::Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local out = {}
for i, key in ipairs(KEYS) do
  local until_ms = tonumber(redis.call('GET', key) or '0')
  out[i] = math.max(0, until_ms - now)
end
return out
",
    )
});

/// Tells the other replicas that a shared breaker opened or closed (off the request path).
pub fn publish(snapshot: &crate::config::Snapshot, model: &str, target: &str, transition: Transition) {
    let Some(route) = snapshot.models.get(model) else {
        return;
    };
    let breaker = &route.router.config.breaker;
    let (true, Some(redis)) = (breaker.shared, snapshot.redis.clone()) else {
        return;
    };
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    let key = breaker_key(&redis, model, target);
    let cooldown = breaker.cooldown_ms.to_string();
    runtime.spawn(async move {
        let result = match transition {
            Transition::Opened => redis.eval::<i64>(&PUBLISH_OPEN, &[key], &[cooldown]).await,
            Transition::Closed => redis.eval::<i64>(&PUBLISH_CLOSED, &[key], &[]).await,
        };
        if let Err(e) = result {
            tracing::warn!(error = %e, "cannot share a circuit breaker change through redis");
        }
    });
}

/// Opens the local breakers that another replica opened.
async fn follow_shared_breakers(snapshot: &crate::config::Snapshot, metrics: &crate::telemetry::Metrics) {
    let Some(redis) = &snapshot.redis else { return };
    let mut watched = Vec::new();
    for route in snapshot.models.values().filter(|r| r.router.config.breaker.shared) {
        for target in &route.targets {
            watched.push((route.name.as_str(), target));
        }
    }
    if watched.is_empty() {
        return;
    }
    let keys: Vec<String> = watched.iter().map(|(m, t)| breaker_key(redis, m, &t.name)).collect();
    let Ok(open_for) = redis.eval::<Vec<i64>>(&READ_SHARED, &keys, &[]).await else {
        return; // Redis down: breakers stay local until it is back
    };
    let now = Instant::now();
    for ((model, target), ms) in watched.iter().zip(open_for) {
        if ms > 0 && target.health.open_from_peer(now + Duration::from_millis(ms as u64)) {
            metrics.breaker(model, &target.name, Transition::Opened);
            tracing::warn!(model, target = %target.name, "circuit breaker opened by another replica");
        }
    }
}

/// Runs, as long as the app lives, the active health checks of every model that
/// asks for them (each due target gets a GET of its provider's model list), and
/// every half second follows the breakers other replicas opened (cluster mode).
pub fn spawn_health_checks(app: std::sync::Weak<crate::server::App>) {
    tokio::spawn(async move {
        let mut last: std::collections::HashMap<usize, Instant> = std::collections::HashMap::new();
        let mut round: u32 = 0;
        loop {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let Some(app) = app.upgrade() else { return };
            let snapshot = app.config.load_full();
            round = round.wrapping_add(1);
            if round.is_multiple_of(5) {
                follow_shared_breakers(&snapshot, &app.metrics).await;
            }
            let now = Instant::now();
            let mut current = std::collections::HashSet::new();
            for route in snapshot.models.values() {
                let Some(check) = route.router.config.health_check.clone() else {
                    continue;
                };
                for target in &route.targets {
                    let id = Arc::as_ptr(&target.health) as usize;
                    current.insert(id);
                    let due = last
                        .get(&id)
                        .is_none_or(|at| now.duration_since(*at) >= Duration::from_millis(check.interval_ms));
                    if !due {
                        continue;
                    }
                    last.insert(id, now);
                    let (target, metrics, snapshot) = (target.clone(), app.metrics.clone(), snapshot.clone());
                    let (model, breaker) = (route.name.clone(), route.router.config.breaker.clone());
                    let timeout = Duration::from_millis(check.timeout_ms);
                    tokio::spawn(async move {
                        let outcome = probe(&target, timeout).await;
                        let transition = match outcome {
                            Ok(()) => target.health.success(),
                            Err(kind) => target.health.failure(kind, &breaker, Instant::now()),
                        };
                        if let Some(transition) = transition {
                            metrics.breaker(&model, &target.name, transition);
                            publish(&snapshot, &model, &target.name, transition);
                            tracing::warn!(model, target = %target.name, ?transition, "circuit breaker (health check)");
                        }
                    });
                }
            }
            // Forget targets that a reload removed.
            last.retain(|id, _| current.contains(id));
        }
    });
}

/// One health check of one target.
async fn probe(target: &Target, timeout: Duration) -> Result<(), FailureKind> {
    let provider = &target.provider;
    let mut request = http::Request::new(http_body_util::Full::new(bytes::Bytes::new()));
    *request.uri_mut() = provider.health_url().parse().map_err(|_| FailureKind::Connect)?;
    *request.headers_mut() = provider.headers();
    match tokio::time::timeout(timeout, provider.client.request(request)).await {
        Err(_) => Err(FailureKind::Timeout),
        Ok(Err(_)) => Err(FailureKind::Connect),
        Ok(Ok(response)) if response.status().is_success() => Ok(()),
        Ok(Ok(response)) => Err(classify(response.status().as_u16(), "", "").unwrap_or(FailureKind::ServerError)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn router(seed: u64) -> Router {
        Router::new(RoutingConfig {
            strategy: StrategyKind::Weighted,
            seed: Some(seed),
            ..RoutingConfig::default()
        })
        .unwrap()
    }

    #[test]
    fn a_weighted_split_converges_to_its_weights_and_is_repeatable() {
        let weights = [70, 20, 9, 1];
        let run = |seed| {
            let r = router(seed);
            let mut counts = [0u32; 4];
            for _ in 0..10_000 {
                counts[r.pick(&weights, None).unwrap()] += 1;
            }
            counts
        };
        let counts = run(7);
        for (count, weight) in counts.iter().zip(weights) {
            let share = f64::from(*count) / 10_000.0;
            let expected = f64::from(weight) / 100.0;
            assert!((share - expected).abs() < 0.015, "{counts:?}");
        }
        assert_eq!(run(7), counts, "the same seed gives the same picks");
        assert_eq!(router(1).pick(&[0, 0], None), None);
        // Sticky values always land on the same side, whatever the sequence.
        let r = router(3);
        let pick = r.pick(&[50, 50], Some("user-42"));
        assert!((0..100).all(|_| r.pick(&[50, 50], Some("user-42")) == pick));
    }

    #[test]
    fn no_routing_section_means_the_documented_defaults() {
        let parsed: RoutingConfig = serde_json::from_str("{}").unwrap();
        assert_eq!(parsed, RoutingConfig::default());
        assert_eq!(parsed.fallback_on.len(), 7);
        assert!(parsed.fit_context);
    }

    #[test]
    fn a_breaker_opens_half_opens_and_closes() {
        let cfg = BreakerConfig {
            failures: 2,
            cooldown_ms: 1000,
            shared: false,
        };
        let health = Health::default();
        let t0 = Instant::now();
        assert!(health.admit(t0).is_ok());
        assert_eq!(health.failure(FailureKind::ServerError, &cfg, t0), None);
        assert_eq!(health.failure(FailureKind::Timeout, &cfg, t0), Some(Transition::Opened));
        assert!(health.admit(t0 + Duration::from_millis(999)).is_err(), "open");
        let later = t0 + Duration::from_millis(1001);
        assert!(health.admit(later).is_ok(), "half-open: one probe");
        assert!(health.admit(later).is_err(), "only one probe at a time");
        assert_eq!(health.success(), Some(Transition::Closed));
        assert!(health.admit(later).is_ok());
        // A failed probe re-opens at once; the client's own errors never count.
        health.failure(FailureKind::ServerError, &cfg, later);
        health.failure(FailureKind::ServerError, &cfg, later);
        let probe = later + Duration::from_millis(1001);
        assert!(health.admit(probe).is_ok());
        assert_eq!(
            health.failure(FailureKind::RateLimited, &cfg, probe),
            Some(Transition::Opened)
        );
        assert_eq!(health.failure(FailureKind::ContextLength, &cfg, probe), None);
    }

    #[test]
    fn failures_are_classified() {
        assert_eq!(classify(500, "upstream_error", "boom"), Some(FailureKind::ServerError));
        assert_eq!(
            classify(429, "rate_limit_exceeded", "slow down"),
            Some(FailureKind::RateLimited)
        );
        assert_eq!(
            classify(
                400,
                "context_length_exceeded",
                "This model's maximum context length is 8192 tokens"
            ),
            Some(FailureKind::ContextLength)
        );
        assert_eq!(
            classify(
                400,
                "invalid_request_error",
                "prompt is too long: 210000 tokens > 200000 maximum"
            ),
            Some(FailureKind::ContextLength)
        );
        assert_eq!(
            classify(
                400,
                "content_filter",
                "The response was filtered due to the prompt triggering Azure OpenAI's content management policy"
            ),
            Some(FailureKind::ContentPolicy)
        );
        assert_eq!(classify(400, "invalid_request", "bad temperature"), None);
    }
}
