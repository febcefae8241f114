//! The config file format (YAML). Every type here is what an operator writes;
//! [`super::compile`] turns a set of files into the immutable runtime snapshot.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer};

/// A value with the place in its file where it was written, for error messages.
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub value: T,
    pub line: u64,
    pub column: u64,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(de)?;
        Ok(Located {
            line: spanned.referenced.line(),
            column: spanned.referenced.column(),
            value: spanned.value,
        })
    }
}

impl<T: JsonSchema> JsonSchema for Located<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }

    fn inline_schema() -> bool {
        T::inline_schema()
    }
}

/// One config file. A directory of files is merged: each provider and model
/// name may be defined once across all files; `server` and `timeouts` at most once.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Listener and logging.
    #[serde(default)]
    pub server: Option<Located<ServerConfig>>,
    /// Default upstream timeouts for every provider.
    #[serde(default)]
    pub timeouts: Option<Located<Timeouts>>,
    /// Upstream providers by name.
    #[serde(default)]
    pub providers: BTreeMap<String, Located<ProviderConfig>>,
    /// Public model names that clients call, each mapped to one or more targets.
    #[serde(default)]
    pub models: BTreeMap<String, Located<ModelConfig>>,
    /// Where teams, apps, users, keys and subscriptions live.
    #[serde(default)]
    pub store: Option<Located<StoreConfig>>,
    /// How API callers authenticate.
    #[serde(default)]
    pub auth: Option<Located<AuthConfig>>,
    /// The admin API, on its own listener. Absent: no admin listener.
    #[serde(default)]
    pub admin: Option<Located<AdminConfig>>,
    /// The usage records queue.
    #[serde(default)]
    pub usage: Option<Located<UsageConfig>>,
    /// Rate limits by requests and tokens.
    #[serde(default)]
    pub limits: Option<Located<Vec<crate::limits::LimitConfig>>>,
    /// Prices by upstream model name, over the built-in catalog (USD per million tokens).
    #[serde(default)]
    pub pricing: Option<Located<BTreeMap<String, crate::pricing::PriceConfig>>>,
    /// Quotas and money budgets per key, app, team or org.
    #[serde(default)]
    pub budgets: Option<Located<Vec<crate::budgets::BudgetConfig>>>,
    /// Where operator alerts (budget soft limits) go besides the log.
    #[serde(default)]
    pub alerts: Option<Located<crate::alerts::AlertsConfig>>,
    /// Cluster mode: replicas share rate limits and budgets through this Redis.
    #[serde(default)]
    pub redis: Option<Located<RedisConfig>>,
    /// Guard policies (PII, prompt injection, moderation) and who gets which.
    #[serde(default)]
    pub guards: Option<Located<crate::guard::GuardsConfig>>,
}

/// Cluster mode: shared counters in Redis.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RedisConfig {
    /// `redis://host:port/db` (or `rediss://` for TLS). A password must be a
    /// `${env:NAME}`/`${file:PATH}` reference, e.g. `redis://:${env:REDIS_PASSWORD}@redis:6379`.
    pub url: String,
    /// Prefix of every key Gantry writes, so deployments can share a Redis.
    #[serde(default = "default_redis_prefix")]
    pub prefix: String,
    /// Longest wait for one Redis call, in milliseconds. Calls never hang on Redis.
    #[serde(default = "default_redis_timeout_ms")]
    pub timeout_ms: u64,
    /// When Redis fails or times out: `open` (default) falls back to each
    /// replica's local counters (counted in `gantry_redis_fallbacks_total`);
    /// `closed` refuses calls with 503 `limits_unavailable`.
    #[serde(default)]
    pub on_failure: RedisFailurePolicy,
    /// After a failure, calls skip Redis for this long (ms) before trying it
    /// again, so an outage costs one timeout, not one per call.
    #[serde(default = "default_redis_retry_ms")]
    pub retry_after_ms: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RedisFailurePolicy {
    #[default]
    Open,
    Closed,
}

fn default_redis_prefix() -> String {
    "gantry:".to_owned()
}

fn default_redis_timeout_ms() -> u64 {
    50
}

fn default_redis_retry_ms() -> u64 {
    1_000
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UsageConfig {
    /// Records that may wait to be written (each in-flight request holds a place).
    #[serde(default = "default_queue_capacity")]
    pub queue_capacity: usize,
    /// `drop` (default): when the queue is full, serve the call and drop its record
    /// (counted in `gantry_usage_records_total{outcome="dropped_queue_full"}`);
    /// `wait`: new calls wait for room (backpressure).
    #[serde(default)]
    pub when_full: QueueFullPolicy,
    /// Most records written in one transaction.
    #[serde(default = "default_batch_size")]
    pub batch_size: usize,
    /// How long the writer gathers records before a transaction, in milliseconds:
    /// the bound on how stale the usage tables are.
    #[serde(default = "default_flush_ms")]
    pub flush_interval_ms: u64,
}

fn default_flush_ms() -> u64 {
    200
}

impl Default for UsageConfig {
    fn default() -> Self {
        Self {
            queue_capacity: default_queue_capacity(),
            when_full: QueueFullPolicy::default(),
            batch_size: default_batch_size(),
            flush_interval_ms: default_flush_ms(),
        }
    }
}

fn default_queue_capacity() -> usize {
    50_000
}

fn default_batch_size() -> usize {
    500
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QueueFullPolicy {
    #[default]
    Drop,
    Wait,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StoreConfig {
    /// `sqlite:PATH` (relative to the config file's directory; created and
    /// migrated on start) or `postgres://user@host/db`. May use `${env:…}` /
    /// `${file:…}` references. Changing it needs a restart.
    #[serde(default = "default_store_url")]
    pub url: Located<String>,
}

pub fn default_store_url() -> Located<String> {
    Located {
        value: "sqlite:gantry.db".to_owned(),
        line: 0,
        column: 0,
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthConfig {
    /// Let calls without credentials through, with access to every model.
    /// For local development only; calls with bad credentials still get 401.
    #[serde(default)]
    pub anonymous: bool,
    /// Accept virtual API keys (`Authorization: Bearer gk-…`, `x-api-key`, `api-key`).
    #[serde(default = "yes")]
    pub api_keys: bool,
    /// How often each node reloads keys and subscriptions changed on other
    /// nodes (or by the CLI), in milliseconds: the bound on how long a
    /// revocation made elsewhere takes to apply here. Changes made through this
    /// node's admin API apply here at once.
    #[serde(default = "default_refresh_ms")]
    pub cache_refresh_ms: u64,
    /// Keys declared in config (GitOps), by the SHA-256 of their secret.
    #[serde(default)]
    pub keys: Vec<Located<ConfigKey>>,
    /// JWT/OIDC issuers whose tokens are accepted (by callers and on the admin API).
    #[serde(default)]
    pub issuers: BTreeMap<String, Located<IssuerConfig>>,
    /// Rules mapping a caller's JWT claims to a team, app and models; the first match wins.
    #[serde(default)]
    pub jwt: Vec<Located<CallerJwtRule>>,
}

impl Default for AuthConfig {
    fn default() -> Self {
        Self {
            anonymous: false,
            api_keys: true,
            cache_refresh_ms: default_refresh_ms(),
            keys: Vec::new(),
            issuers: BTreeMap::new(),
            jwt: Vec::new(),
        }
    }
}

fn yes() -> bool {
    true
}

fn default_refresh_ms() -> u64 {
    1_000
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfigKey {
    /// A name for logs and usage records.
    pub id: String,
    /// Lowercase hex SHA-256 of the secret (`printf %s "$KEY" | sha256sum`).
    pub sha256: Located<String>,
    pub team: String,
    #[serde(default)]
    pub app: Option<String>,
    /// Public model names or globs; empty means every model.
    #[serde(default)]
    pub models: Vec<String>,
    /// Unix milliseconds after which the key is refused.
    #[serde(default)]
    pub expires_at: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IssuerConfig {
    /// The exact `iss` claim, e.g. `https://gitlab.com`.
    pub issuer: String,
    /// Accepted `aud` values; a token must carry one of them.
    pub audience: Vec<String>,
    /// JWKS URL; discovered from `{issuer}/.well-known/openid-configuration` when absent.
    #[serde(default)]
    pub jwks_url: Option<String>,
    /// Allowed clock skew for `exp`/`nbf`, in seconds.
    #[serde(default = "default_leeway_s")]
    pub leeway_s: u64,
    /// Least time between two JWKS fetches (an unknown `kid` triggers one), in milliseconds.
    #[serde(default = "default_jwks_refresh_ms")]
    pub min_refresh_ms: u64,
}

fn default_leeway_s() -> u64 {
    30
}

fn default_jwks_refresh_ms() -> u64 {
    10_000
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CallerJwtRule {
    /// Name of an issuer under `auth.issuers`.
    pub issuer: String,
    /// Claims that must match: the claim equals the value, or is a list holding it.
    #[serde(default)]
    pub when: BTreeMap<String, String>,
    /// The caller's team, fixed…
    #[serde(default)]
    pub team: Option<String>,
    /// …or taken from this claim.
    #[serde(default)]
    pub team_claim: Option<String>,
    #[serde(default)]
    pub app: Option<String>,
    #[serde(default)]
    pub app_claim: Option<String>,
    /// Public model names or globs; empty means every model.
    #[serde(default)]
    pub models: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdminConfig {
    /// Address of the admin listener; keep it off the public network.
    #[serde(default = "default_admin_listen")]
    pub listen: String,
    /// Static admin tokens, by SHA-256 or as a `${env:…}`/`${file:…}` reference.
    #[serde(default)]
    pub tokens: Vec<Located<AdminTokenConfig>>,
    /// JWTs (e.g. GitLab CI/CD ID tokens) accepted on the admin API, by claims; the first match wins.
    #[serde(default)]
    pub jwt: Vec<Located<AdminJwtRule>>,
}

fn default_admin_listen() -> String {
    "127.0.0.1:8081".to_owned()
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdminTokenConfig {
    /// Shown in the audit log as `token:NAME`.
    pub name: String,
    #[serde(default)]
    pub sha256: Option<Located<String>>,
    /// A `${env:…}` or `${file:…}` reference to the token.
    #[serde(default)]
    pub token: Option<Located<String>>,
    pub role: crate::store::Role,
    /// The team a team-scoped role acts in.
    #[serde(default)]
    pub team: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdminJwtRule {
    /// Name of an issuer under `auth.issuers`.
    pub issuer: String,
    /// Claims that must match, e.g. `project_id: "42"`, `ref_protected: "true"`,
    /// `environment: production`, `environment_protected: "true"`.
    #[serde(default)]
    pub when: BTreeMap<String, String>,
    pub role: crate::store::Role,
    #[serde(default)]
    pub team: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
    /// Address of the public listener. Changing it needs a restart.
    #[serde(default = "default_listen")]
    pub listen: String,
    /// Largest request body accepted, in bytes; larger bodies get 413.
    #[serde(default = "default_max_body_bytes")]
    pub max_body_bytes: usize,
    #[serde(default)]
    pub log: LogConfig,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            listen: default_listen(),
            max_body_bytes: default_max_body_bytes(),
            log: LogConfig::default(),
        }
    }
}

fn default_listen() -> String {
    "127.0.0.1:8080".to_owned()
}

fn default_max_body_bytes() -> usize {
    8 * 1024 * 1024
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LogConfig {
    /// `json` (default) or `text`.
    #[serde(default)]
    pub format: LogFormat,
    /// Log level filter, e.g. `info` or `gantry=debug`. `RUST_LOG` overrides it.
    #[serde(default)]
    pub level: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Json,
    Text,
}

/// Upstream timeouts, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Timeouts {
    /// TCP (and TLS) connect.
    #[serde(default = "default_connect_ms")]
    pub connect_ms: u64,
    /// From sending the request to the response headers (first byte).
    #[serde(default = "default_first_byte_ms")]
    pub first_byte_ms: u64,
    /// The whole call, streams included.
    #[serde(default = "default_total_ms")]
    pub total_ms: u64,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect_ms: default_connect_ms(),
            first_byte_ms: default_first_byte_ms(),
            total_ms: default_total_ms(),
        }
    }
}

fn default_connect_ms() -> u64 {
    5_000
}

fn default_first_byte_ms() -> u64 {
    120_000
}

fn default_total_ms() -> u64 {
    600_000
}

/// The wire protocol a provider speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProviderKind {
    /// api.openai.com (or a proxy of it): `Authorization: Bearer`.
    Openai,
    /// Azure OpenAI: deployment URLs, `api-key` header, `api-version` query.
    Azure,
    /// Any server with an OpenAI-compatible API (vLLM, Ollama, Mistral, Groq, …).
    OpenaiCompatible,
    /// Anthropic Messages API.
    Anthropic,
    /// Google Gemini API (generativelanguage).
    Gemini,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    pub kind: ProviderKind,
    /// Base URL; defaults to the provider's public endpoint (required for
    /// `azure` and `openai_compatible`).
    #[serde(default)]
    pub base_url: Option<Located<String>>,
    /// The key the gateway sends to this provider: a `${env:NAME}` or
    /// `${file:PATH}` reference, never a literal.
    #[serde(default)]
    pub api_key: Option<Located<String>>,
    /// Azure `api-version` query parameter.
    #[serde(default)]
    pub api_version: Option<String>,
    /// Extra headers sent upstream. Values may use `${env:…}`/`${file:…}`.
    #[serde(default)]
    pub headers: BTreeMap<String, Located<String>>,
    /// Overrides of the default timeouts for this provider.
    #[serde(default)]
    pub timeouts: Option<Timeouts>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModelConfig {
    /// Where calls to this model go; `routing` says which serves and which are fallbacks.
    pub targets: Vec<Located<TargetConfig>>,
    /// Strategy, retries, fallback conditions, circuit breaker and deadline.
    #[serde(default)]
    pub routing: crate::routing::RoutingConfig,
    #[serde(default)]
    pub description: Option<String>,
    /// Callers need an approved subscription of their app to call this model.
    #[serde(default)]
    pub subscription: bool,
    /// The team whose admins decide subscriptions to this model (org admins always can).
    #[serde(default)]
    pub owner_team: Option<String>,
    /// The guard policy (under `guards.policies`) of calls to this model, unless
    /// the caller's key, app or team names another.
    #[serde(default)]
    pub guard: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetConfig {
    /// Name of a provider under `providers` (absent for a group).
    #[serde(default)]
    pub provider: Option<Located<String>>,
    /// The model name the provider knows (for Azure: the deployment name).
    #[serde(default)]
    pub model: Option<String>,
    /// A group instead of a provider target: its own `targets`, ordered by its own
    /// `routing` (strategy, sticky, rules, regions); it needs a `name`.
    #[serde(default)]
    pub targets: Vec<Located<TargetConfig>>,
    /// A group's routing (only its ordering settings apply; retries, fallback conditions,
    /// breakers and the deadline are the model's).
    #[serde(default)]
    pub routing: Option<crate::routing::RoutingConfig>,
    /// Request parameters forced on every call, in OpenAI terms (e.g.
    /// `temperature: 0.2`); they replace what the client sent.
    #[serde(default)]
    pub params: BTreeMap<String, serde_json::Value>,
    /// Output budget for providers that require one (Anthropic) when the client gives none.
    #[serde(default)]
    pub default_max_tokens: Option<u32>,
    /// This target's price (USD per million tokens); default: the catalog's price of `model`.
    #[serde(default)]
    pub price: Option<crate::pricing::PriceConfig>,
    /// Price this target like this catalog model (e.g. an Azure deployment of `gpt-4o`).
    #[serde(default)]
    pub price_as: Option<String>,
    /// Names the target in `x-gantry-target`, usage records and metrics
    /// (default `provider/model`); unique within the model.
    #[serde(default)]
    pub name: Option<String>,
    /// Share of calls for `routing.strategy: weighted` (default 1).
    #[serde(default = "default_weight")]
    pub weight: u32,
    /// Where this target processes data (e.g. `eu`), for `routing.regions` and tenants' regions.
    #[serde(default)]
    pub region: Option<String>,
}

fn default_weight() -> u32 {
    1
}
