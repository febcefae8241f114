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
    /// Where calls to this model go. The first target serves; routing strategies
    /// across several targets are described in docs/configuration.md.
    pub targets: Vec<Located<TargetConfig>>,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetConfig {
    /// Name of a provider under `providers`.
    pub provider: Located<String>,
    /// The model name the provider knows (for Azure: the deployment name).
    pub model: String,
    /// Request parameters forced on every call, in OpenAI terms (e.g.
    /// `temperature: 0.2`); they replace what the client sent.
    #[serde(default)]
    pub params: BTreeMap<String, serde_json::Value>,
    /// Output budget for providers that require one (Anthropic) when the client gives none.
    #[serde(default)]
    pub default_max_tokens: Option<u32>,
}
