//! Request records, the access log line and Prometheus metrics.
//!
//! Every call gets a [`CallRecord`]; it is finished exactly once — when the
//! response is complete, or when it is dropped because the client went away —
//! and then writes one log line and updates the metrics.

use std::sync::Arc;
use std::time::{Duration, Instant};

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::config::schema::{LogConfig, LogFormat};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CallLabels {
    model: String,
    provider: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ModelLabels {
    model: String,
    provider: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReloadLabels {
    result: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct UsageLabels {
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct AttemptLabels {
    model: String,
    target: String,
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct BreakerLabels {
    model: String,
    target: String,
    state: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct FeatureLabels {
    feature: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct GuardFindingLabels {
    policy: String,
    stage: &'static str,
    entity: String,
    action: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct GuardDecisionLabels {
    policy: String,
    check: &'static str,
    outcome: &'static str,
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;

/// The gateway's metrics.
pub struct Metrics {
    registry: Registry,
    requests: Family<CallLabels, Counter>,
    latency: HistogramFamily<CallLabels>,
    ttft: HistogramFamily<ModelLabels>,
    overhead: HistogramFamily<CallLabels>,
    reloads: Family<ReloadLabels, Counter>,
    usage: Family<UsageLabels, Counter>,
    redis_fallbacks: Family<FeatureLabels, Counter>,
    attempts: Family<AttemptLabels, Counter>,
    breakers: Family<BreakerLabels, Counter>,
    guard_findings: Family<GuardFindingLabels, Counter>,
    guard_decisions: Family<GuardDecisionLabels, Counter>,
}

fn latency_histogram() -> Histogram {
    // 1 ms … ~524 s
    Histogram::new(exponential_buckets(0.001, 2.0, 20))
}

fn overhead_histogram() -> Histogram {
    // 10 µs … ~80 ms
    Histogram::new(exponential_buckets(0.000_01, 2.0, 14))
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("gantry");
        let requests = Family::<CallLabels, Counter>::default();
        let latency: HistogramFamily<CallLabels> = Family::new_with_constructor(latency_histogram);
        let ttft: HistogramFamily<ModelLabels> = Family::new_with_constructor(latency_histogram);
        let overhead: HistogramFamily<CallLabels> = Family::new_with_constructor(overhead_histogram);
        registry.register(
            "requests",
            "Requests handled, by public model, provider and status",
            requests.clone(),
        );
        registry.register(
            "request_duration_seconds",
            "Time from request arrival to the end of the response",
            latency.clone(),
        );
        registry.register(
            "time_to_first_token_seconds",
            "Time from request arrival to the first streamed bytes sent to the client",
            ttft.clone(),
        );
        registry.register(
            "gateway_overhead_seconds",
            "Time spent in the gateway itself: the request duration minus the time waiting on the upstream",
            overhead.clone(),
        );
        let reloads = Family::<ReloadLabels, Counter>::default();
        registry.register(
            "config_reloads",
            "Config reloads, by result (ok or rejected)",
            reloads.clone(),
        );
        let usage = Family::<UsageLabels, Counter>::default();
        registry.register(
            "usage_records",
            "Usage records by outcome: written, or dropped because the queue was full (dropped_queue_full), the store kept failing (dropped_store_error) or the gateway was shutting down (dropped_shutdown)",
            usage.clone(),
        );
        let redis_fallbacks = Family::<FeatureLabels, Counter>::default();
        registry.register(
            "redis_fallbacks",
            "Calls admitted by this replica's local counters because Redis failed (cluster mode, on_failure: open), by feature",
            redis_fallbacks.clone(),
        );
        let attempts = Family::<AttemptLabels, Counter>::default();
        registry.register(
            "upstream_attempts",
            "Upstream attempts by public model, target and outcome (ok, client_error, or the failure: server_error, rate_limited, timeout, connect, stream_cut, context_length, content_policy)",
            attempts.clone(),
        );
        let breakers = Family::<BreakerLabels, Counter>::default();
        registry.register(
            "circuit_breaker_transitions",
            "Circuit breaker changes by public model, target and new state (open, closed)",
            breakers.clone(),
        );
        let guard_findings = Family::<GuardFindingLabels, Counter>::default();
        registry.register(
            "guard_findings",
            "Values a guard policy found, by policy, stage (request, answer), entity type and action",
            guard_findings.clone(),
        );
        let guard_decisions = Family::<GuardDecisionLabels, Counter>::default();
        registry.register(
            "guard_decisions",
            "Guard checks that fired, by policy, check (injection, moderation, request_pii, answer_pii) and outcome (block, flag)",
            guard_decisions.clone(),
        );
        Self {
            registry,
            guard_findings,
            guard_decisions,
            redis_fallbacks,
            attempts,
            breakers,
            requests,
            latency,
            ttft,
            overhead,
            reloads,
            usage,
        }
    }

    /// Counts usage records by outcome.
    pub fn usage(&self, outcome: &'static str, n: u64) {
        self.usage.get_or_create(&UsageLabels { outcome }).inc_by(n);
    }

    pub fn usage_count(&self, outcome: &'static str) -> u64 {
        self.usage.get_or_create(&UsageLabels { outcome }).get()
    }

    pub fn attempt(&self, model: &str, target: &str, outcome: &'static str) {
        self.attempt_counter(model, target, outcome).inc();
    }

    /// The counter of one (model, target, outcome); it stays registered, so it can be kept.
    pub fn attempt_counter(&self, model: &str, target: &str, outcome: &'static str) -> Counter {
        self.attempts
            .get_or_create(&AttemptLabels {
                model: model.to_owned(),
                target: target.to_owned(),
                outcome,
            })
            .clone()
    }

    pub fn breaker(&self, model: &str, target: &str, transition: crate::routing::Transition) {
        let state = match transition {
            crate::routing::Transition::Opened => "open",
            crate::routing::Transition::Closed => "closed",
        };
        self.breakers
            .get_or_create(&BreakerLabels {
                model: model.to_owned(),
                target: target.to_owned(),
                state,
            })
            .inc();
    }

    /// Counts what a guard verdict found and decided.
    pub fn guard(&self, verdict: &crate::guard::Verdict) {
        for (stage, found) in [("request", &verdict.request), ("answer", &verdict.answer)] {
            for (entity, count) in found {
                self.guard_findings
                    .get_or_create(&GuardFindingLabels {
                        policy: verdict.policy.clone(),
                        stage,
                        entity: entity.clone(),
                        action: count.action,
                    })
                    .inc_by(u64::from(count.count));
            }
        }
        let decision = |check: &'static str, outcome: &'static str| {
            self.guard_decisions
                .get_or_create(&GuardDecisionLabels {
                    policy: verdict.policy.clone(),
                    check,
                    outcome,
                })
                .inc();
        };
        if let Some(blocked) = verdict.blocked {
            decision(blocked, "block");
        }
        if verdict.injection.as_ref().is_some_and(|i| i.action == "flag") {
            decision("injection", "flag");
        }
        if !verdict.moderation.is_empty() && verdict.blocked != Some("moderation") {
            decision("moderation", "flag");
        }
    }

    /// Counts a call decided locally because Redis failed.
    pub fn redis_fallback(&self, feature: &'static str) {
        self.redis_fallbacks.get_or_create(&FeatureLabels { feature }).inc();
    }

    /// Counts a config reload attempt.
    pub fn reload(&self, ok: bool) {
        let result = if ok { "ok" } else { "rejected" };
        self.reloads.get_or_create(&ReloadLabels { result }).inc();
    }

    /// Config reloads so far with this result.
    pub fn reload_count(&self, ok: bool) -> u64 {
        let result = if ok { "ok" } else { "rejected" };
        self.reloads.get_or_create(&ReloadLabels { result }).get()
    }

    /// The registry in the Prometheus/OpenMetrics text format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            out.clear();
        }
        out
    }
}

/// What the gateway knows about one call, filled in as it goes.
pub struct CallRecord {
    metrics: Arc<Metrics>,
    pub request_id: String,
    pub endpoint: &'static str,
    pub started: Instant,
    pub model: String,
    pub provider: String,
    pub stream: bool,
    pub upstream_started: Option<Instant>,
    pub upstream_done: Option<Instant>,
    pub first_byte: Option<Instant>,
    pub status: u16,
    pub error_code: Option<String>,
    /// Who called (never their credential).
    pub caller: Option<Arc<crate::auth::Caller>>,
    /// The model the provider was asked for.
    pub upstream_model: String,
    /// Token counts the provider reported (possibly only part of them, e.g. the
    /// input side of a stream that was cut).
    pub tokens: Option<gantry_protocol::usage::Tokens>,
    /// The provider's final usage was seen: `tokens` is complete.
    pub usage_complete: bool,
    /// Estimated prompt tokens, used when the provider reports none.
    pub prompt_estimate: u64,
    /// Characters of generated text delivered so far (for estimates).
    pub delivered_chars: u64,
    /// The target's price, to cost the call.
    pub price: Option<Arc<crate::pricing::Price>>,
    /// The client's IP address (the TCP peer).
    pub client_ip: Option<std::net::IpAddr>,
    /// The rate-limit admission, charged with the call's tokens on finish.
    pub admission: Option<crate::limits::Admission>,
    /// The hold on the caller's budgets, settled with the real cost on finish.
    pub budget: Option<crate::budgets::Reservation>,
    /// The target that served (or last failed).
    pub target: Option<Arc<crate::providers::Target>>,
    /// Upstream attempts made (retries and fallbacks included).
    pub attempts: u32,
    /// Why the call moved past a target, when it did.
    pub fallback_reason: Option<&'static str>,
    /// The call counted in its target's in-flight calls (for least-in-flight routing).
    pub in_flight: Option<crate::routing::InFlight>,
    /// A reserved place in the usage queue; the record is sent through it on finish.
    pub usage_slot: Option<crate::usage::Slot>,
    /// The guard policy's verdict and the answer's guard, when a policy applies.
    pub guard: Option<Box<crate::guard::CallGuard>>,
    finished: bool,
}

impl CallRecord {
    pub fn new(metrics: Arc<Metrics>, request_id: String, endpoint: &'static str) -> Self {
        Self {
            metrics,
            request_id,
            endpoint,
            started: Instant::now(),
            model: String::new(),
            provider: String::new(),
            stream: false,
            upstream_started: None,
            upstream_done: None,
            first_byte: None,
            status: 200,
            error_code: None,
            caller: None,
            upstream_model: String::new(),
            tokens: None,
            usage_complete: false,
            prompt_estimate: 0,
            delivered_chars: 0,
            price: None,
            client_ip: None,
            admission: None,
            budget: None,
            target: None,
            attempts: 0,
            fallback_reason: None,
            in_flight: None,
            usage_slot: None,
            guard: None,
            finished: false,
        }
    }

    /// Counts a successful attempt (the hot path: the counter is looked up once per target).
    /// Returns the breaker's change, if the success closed it.
    pub fn attempt_ok(&self, model: &str, target: &crate::providers::Target) -> Option<crate::routing::Transition> {
        let transition = target.health.success();
        if let Some(transition) = transition {
            self.metrics.breaker(model, &target.name, transition);
            tracing::info!(model, target = %target.name, ?transition, "circuit breaker");
        }
        target
            .ok_attempts
            .get_or_init(|| self.metrics.attempt_counter(model, &target.name, "ok"))
            .inc();
        transition
    }

    /// Counts one upstream attempt by outcome, and a breaker's change.
    pub fn attempt_outcome(
        &self,
        model: &str,
        target: &str,
        outcome: &'static str,
        transition: Option<crate::routing::Transition>,
    ) {
        self.metrics.attempt(model, target, outcome);
        if let Some(transition) = transition {
            self.metrics.breaker(model, target, transition);
            tracing::warn!(model, target, ?transition, "circuit breaker");
        }
    }

    pub fn fail(&mut self, status: u16, code: &str) {
        self.status = status;
        self.error_code = Some(code.to_owned());
    }

    fn overhead(&self, total: Duration) -> Duration {
        match (self.upstream_started, self.upstream_done) {
            (Some(start), Some(done)) => total.saturating_sub(done.saturating_duration_since(start)),
            (Some(start), None) => start.saturating_duration_since(self.started),
            _ => total,
        }
    }

    /// The call's tokens, and whether the provider reported all of them. When
    /// it did not (no usage in the stream, or the stream was cut), the missing
    /// parts are estimated from the prompt and the text delivered.
    pub fn effective_tokens(&self) -> (gantry_protocol::usage::Tokens, bool) {
        let reported = self.tokens.unwrap_or_default();
        if self.usage_complete {
            return (reported, true);
        }
        // Nothing is estimated for calls that produced no answer (refused, failed upstream):
        // providers do not bill those.
        let answered = self.status < 400 || self.first_byte.is_some();
        if !answered {
            return (reported, false);
        }
        (self.running_tokens(), false)
    }

    /// Tokens so far: what the provider reported, with the missing parts
    /// estimated from the prompt and the text delivered.
    fn running_tokens(&self) -> gantry_protocol::usage::Tokens {
        let mut tokens = self.tokens.unwrap_or_default();
        if tokens.prompt == 0 {
            tokens.prompt = self.prompt_estimate;
        }
        tokens.completion = tokens
            .completion
            .max(gantry_protocol::usage::estimate_tokens(self.delivered_chars));
        tokens
    }

    /// The error that ends a stream whose running cost passed its budget grant.
    pub fn over_budget(&self) -> Option<gantry_protocol::ApiError> {
        let budget = self.budget.as_ref()?;
        let running = crate::budgets::Amount::of(&self.running_tokens(), self.price.as_deref());
        running.exceeds(budget.grant).then(|| budget.cut_error())
    }

    fn usage_record(
        &self,
        total: Duration,
        overhead: Duration,
        ttft: Option<Duration>,
        (tokens, reported, cost): (gantry_protocol::usage::Tokens, bool, i64),
    ) -> crate::store::usage::UsageRecord {
        let caller = self.caller.as_deref();
        crate::store::usage::UsageRecord {
            request_id: self.request_id.clone(),
            at: crate::store::now_ms(),
            principal: caller.map_or_else(|| "unauthenticated".to_owned(), |c| c.principal.clone()),
            team: caller.and_then(|c| c.team.clone()),
            app: caller.and_then(|c| c.app.clone()),
            endpoint: self.endpoint.to_owned(),
            model: self.model.clone(),
            provider: self.provider.clone(),
            upstream_model: self.upstream_model.clone(),
            stream: self.stream,
            status: self.status,
            error_code: self.error_code.clone(),
            prompt_tokens: tokens.prompt,
            completion_tokens: tokens.completion,
            cached_tokens: tokens.cached,
            cache_write_tokens: tokens.cache_write,
            reasoning_tokens: tokens.reasoning,
            tokens_reported: reported,
            cost_nano_usd: cost,
            latency_us: total.as_micros() as i64,
            ttft_us: ttft.map(|t| t.as_micros() as i64),
            overhead_us: overhead.as_micros() as i64,
            target: self.target.as_ref().map(|t| t.name.clone()).unwrap_or_default(),
            attempts: self.attempts,
            fallback_reason: self.fallback_reason.map(str::to_owned),
            guard: self.guard.as_ref().and_then(|g| serde_json::to_value(&g.verdict).ok()),
        }
    }

    /// Writes the log line and metrics. Called once; later calls do nothing.
    pub fn finish(&mut self) {
        if self.finished {
            return;
        }
        self.finished = true;
        let total = self.started.elapsed();
        let overhead = self.overhead(total);
        let ttft = self.first_byte.map(|t| t.saturating_duration_since(self.started));
        tracing::info!(
            target: "gantry::access",
            request_id = %self.request_id,
            endpoint = self.endpoint,
            principal = self.caller.as_ref().map_or("", |c| c.principal.as_str()),
            team = self.caller.as_ref().and_then(|c| c.team.as_deref()).unwrap_or(""),
            app = self.caller.as_ref().and_then(|c| c.app.as_deref()).unwrap_or(""),
            model = %self.model,
            provider = %self.provider,
            stream = self.stream,
            status = self.status,
            error_code = self.error_code.as_deref().unwrap_or(""),
            latency_ms = total.as_secs_f64() * 1000.0,
            ttft_ms = ttft.map(|t| t.as_secs_f64() * 1000.0),
            overhead_us = overhead.as_micros() as u64,
            "request"
        );
        if let Some(guard) = &mut self.guard {
            guard.settle();
            self.metrics.guard(&guard.verdict);
        }
        let (tokens, reported) = self.effective_tokens();
        let cost = self.price.as_ref().map_or(0, |p| p.cost_nano_usd(&tokens, total));
        if let Some(admission) = &self.admission {
            admission.settle(tokens.total());
            if admission.fell_back {
                self.metrics.redis_fallback("limits");
            }
        }
        if let Some(budget) = self.budget.take() {
            if budget.fell_back {
                self.metrics.redis_fallback("budgets");
            }
            budget.settle(crate::budgets::Amount {
                nano: cost,
                tokens: i64::try_from(tokens.total()).unwrap_or(i64::MAX),
            });
        }
        if let Some(slot) = self.usage_slot.take() {
            slot.send(self.usage_record(total, overhead, ttft, (tokens, reported, cost)));
        }
        if self.model.is_empty() {
            return; // rejected before a model was known: log only
        }
        let labels = CallLabels {
            model: std::mem::take(&mut self.model),
            provider: std::mem::take(&mut self.provider),
            status: self.status,
        };
        self.metrics.requests.get_or_create(&labels).inc();
        self.metrics.latency.get_or_create(&labels).observe(total.as_secs_f64());
        self.metrics
            .overhead
            .get_or_create(&labels)
            .observe(overhead.as_secs_f64());
        if let Some(ttft) = ttft {
            let labels = ModelLabels {
                model: labels.model,
                provider: labels.provider,
            };
            self.metrics.ttft.get_or_create(&labels).observe(ttft.as_secs_f64());
        }
    }
}

impl Drop for CallRecord {
    fn drop(&mut self) {
        if !self.finished {
            // The response was dropped before it completed: the client went away.
            if self.error_code.is_none() {
                self.fail(499, "client_closed_request");
            }
            self.finish();
        }
    }
}

/// Installs the global log subscriber. `RUST_LOG` overrides the configured level.
pub fn init_logging(cfg: &LogConfig) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .or_else(|_| EnvFilter::try_new(cfg.level.as_deref().unwrap_or("info")))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match cfg.format {
        LogFormat::Json => builder.json().flatten_event(true).with_current_span(false).try_init(),
        LogFormat::Text => builder.with_ansi(false).try_init(),
    };
}
