//! Upstream providers as compiled from config: where to send a call, with which
//! credentials and headers, over which pooled HTTP client, and how to read
//! their errors.

use std::sync::{Arc, Once};
use std::time::Duration;

use gantry_protocol::error::upstream_error;
use gantry_protocol::raw::json_string;
use gantry_protocol::{ApiError, anthropic, gemini, openai};
use http::{HeaderMap, HeaderName, HeaderValue, Uri};

use crate::config::schema::{ProviderKind, TargetConfig, Timeouts};

/// The wire protocol spoken on a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wire {
    OpenAi,
    Anthropic,
    Gemini,
}

impl ProviderKind {
    pub fn wire(self) -> Wire {
        match self {
            ProviderKind::Openai | ProviderKind::Azure | ProviderKind::OpenaiCompatible => Wire::OpenAi,
            ProviderKind::Anthropic => Wire::Anthropic,
            ProviderKind::Gemini => Wire::Gemini,
        }
    }
}

/// The pooled upstream HTTP client: HTTP/1.1 keep-alive, HTTP/2 where TLS ALPN offers it.
pub type HttpClient = hyper_util::client::legacy::Client<
    hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>,
    http_body_util::Full<bytes::Bytes>,
>;

pub fn build_client(timeouts: &Timeouts) -> HttpClient {
    let mut http = hyper_util::client::legacy::connect::HttpConnector::new();
    http.set_connect_timeout(Some(Duration::from_millis(timeouts.connect_ms)));
    http.set_nodelay(true);
    http.enforce_http(false);
    let https = hyper_rustls::HttpsConnectorBuilder::new()
        .with_webpki_roots()
        .https_or_http()
        .enable_http1()
        .enable_http2()
        .wrap_connector(http);
    hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .pool_idle_timeout(Duration::from_secs(90))
        .pool_timer(hyper_util::rt::TokioTimer::new())
        .build(https)
}

/// A configured provider with its own connection pool.
#[derive(Debug)]
pub struct Provider {
    pub name: String,
    pub kind: ProviderKind,
    pub base_url: String,
    api_version: String,
    /// Every header sent upstream, credentials included (marked sensitive).
    headers: HeaderMap,
    pub timeouts: Timeouts,
    pub client: HttpClient,
}

static CRYPTO: Once = Once::new();

/// rustls needs one process-wide crypto provider; ring keeps the build lean.
pub fn install_crypto_provider() {
    CRYPTO.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

impl Provider {
    pub fn new(
        name: &str,
        kind: ProviderKind,
        base_url: String,
        api_key: Option<String>,
        api_version: Option<String>,
        extra_headers: Vec<(String, String)>,
        timeouts: Timeouts,
    ) -> Result<Self, String> {
        install_crypto_provider();
        let mut headers = HeaderMap::new();
        headers.insert(http::header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if let Some(key) = api_key {
            let (header, value) = match kind {
                ProviderKind::Openai | ProviderKind::OpenaiCompatible => ("authorization", format!("Bearer {key}")),
                ProviderKind::Azure => ("api-key", key),
                ProviderKind::Anthropic => ("x-api-key", key),
                ProviderKind::Gemini => ("x-goog-api-key", key),
            };
            let mut value = HeaderValue::from_str(&value)
                .map_err(|_| "api_key holds characters not allowed in a header".to_owned())?;
            value.set_sensitive(true);
            headers.insert(HeaderName::from_static(header), value);
        }
        if kind == ProviderKind::Anthropic {
            headers.insert(
                HeaderName::from_static("anthropic-version"),
                HeaderValue::from_static(anthropic::API_VERSION),
            );
        }
        for (name, value) in extra_headers {
            let header =
                HeaderName::from_bytes(name.as_bytes()).map_err(|_| format!("`{name}` is not a header name"))?;
            let mut value =
                HeaderValue::from_str(&value).map_err(|_| format!("header `{name}` has an invalid value"))?;
            value.set_sensitive(true);
            headers.insert(header, value);
        }
        let client = build_client(&timeouts);
        Ok(Self {
            name: name.to_owned(),
            kind,
            base_url,
            api_version: api_version.unwrap_or_else(|| "2024-10-21".to_owned()),
            headers,
            timeouts,
            client,
        })
    }

    pub fn wire(&self) -> Wire {
        self.kind.wire()
    }

    pub fn headers(&self) -> HeaderMap {
        self.headers.clone()
    }

    /// A cheap authenticated GET that tells whether the provider answers: its model list.
    pub fn health_url(&self) -> String {
        match self.kind {
            ProviderKind::Anthropic => format!("{}/v1/models", self.base_url),
            ProviderKind::Gemini => format!("{}/v1beta/models", self.base_url),
            ProviderKind::Azure => format!("{}/openai/models?api-version={}", self.base_url, self.api_version),
            ProviderKind::Openai | ProviderKind::OpenaiCompatible => format!("{}/models", self.base_url),
        }
    }

    /// URL of an OpenAI-style operation (`chat/completions`, `embeddings`, `completions`).
    fn openai_url(&self, model: &str, operation: &str) -> String {
        match self.kind {
            ProviderKind::Azure => format!(
                "{}/openai/deployments/{}/{operation}?api-version={}",
                self.base_url, model, self.api_version
            ),
            _ => format!("{}/{operation}", self.base_url),
        }
    }

    /// Turns a failed upstream answer into the client's error.
    pub fn error_from(&self, status: u16, body: &[u8]) -> ApiError {
        let (message, code) = match self.wire() {
            Wire::OpenAi => match serde_json::from_slice::<openai::ErrorBody>(body) {
                Ok(b) => (Some(b.error.message), b.error.code.or(b.error.kind)),
                Err(_) => (snippet(body), None),
            },
            Wire::Anthropic => match serde_json::from_slice::<anthropic::ErrorBody>(body) {
                Ok(b) => (Some(b.error.message), Some(b.error.kind)),
                Err(_) => (snippet(body), None),
            },
            Wire::Gemini => {
                // Google sends one error object, or (on streaming endpoints) an array of them.
                let parsed = serde_json::from_slice::<gemini::ErrorBody>(body).ok().or_else(|| {
                    serde_json::from_slice::<Vec<gemini::ErrorBody>>(body)
                        .ok()
                        .and_then(|v| v.into_iter().next())
                });
                match parsed {
                    Some(b) => (Some(b.error.message), b.error.status),
                    None => (snippet(body), None),
                }
            }
        };
        // Gemini answers a bad key with 400 INVALID_ARGUMENT (reason API_KEY_INVALID):
        // that is the gateway's credential failing, not the client's request.
        let status = if self.wire() == Wire::Gemini && status == 400 && contains(body, b"API_KEY_INVALID") {
            401
        } else {
            status
        };
        upstream_error(&self.name, status, message, code)
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The first bytes of an unreadable error body, for the operator.
fn snippet(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(&body[..body.len().min(200)]).trim().to_owned();
    (!text.is_empty()).then_some(text)
}

/// One place a public model can be served: a provider and its model name.
#[derive(Debug)]
pub struct Target {
    /// `name` from config, or `provider/model`.
    pub name: String,
    /// `name` as the `x-gantry-target` value, built once (`None` if it cannot be a header).
    pub header_value: Option<http::HeaderValue>,
    /// This target's `gantry_upstream_attempts_total{outcome="ok"}` counter, looked up once.
    pub ok_attempts: std::sync::OnceLock<prometheus_client::metrics::counter::Counter>,
    pub weight: u32,
    /// Where it processes data, for residency rules.
    pub region: Option<String>,
    /// Calls in flight and the circuit breaker.
    pub health: Arc<crate::routing::Health>,
    pub provider: Arc<Provider>,
    pub upstream_model: String,
    /// Top-level edits for a pass-through body, built once: the upstream model
    /// name (as JSON) and the forced params.
    pub body_edits: Vec<(String, Option<String>)>,
    /// Forced parameters as `(key, raw JSON)`, applied over the client's.
    pub params: Vec<(String, String)>,
    pub default_max_tokens: Option<u32>,
    pub chat_url: Uri,
    pub stream_url: Uri,
    pub embeddings_url: Uri,
    pub completions_url: Uri,
    /// The price calls through this target are costed at, if known.
    pub price: Option<Arc<crate::pricing::Price>>,
}

impl Target {
    /// Compiles a target; URLs are parsed once here, not per request.
    pub fn new(provider: Arc<Provider>, cfg: &TargetConfig, model: &str) -> Result<Self, String> {
        let name = cfg.name.clone().unwrap_or_else(|| format!("{}/{model}", provider.name));
        let (chat_url, stream_url, embeddings_url) = match provider.kind {
            ProviderKind::Anthropic => {
                let url = format!("{}/v1/messages", provider.base_url);
                (url.clone(), url, String::new())
            }
            ProviderKind::Gemini => {
                let base = format!("{}/v1beta/models/{model}", provider.base_url);
                (
                    format!("{base}:generateContent"),
                    format!("{base}:streamGenerateContent?alt=sse"),
                    format!("{base}:batchEmbedContents"),
                )
            }
            _ => {
                let chat = provider.openai_url(model, "chat/completions");
                (chat.clone(), chat, provider.openai_url(model, "embeddings"))
            }
        };
        let completions_url = match provider.wire() {
            Wire::OpenAi => provider.openai_url(model, "completions"),
            _ => String::new(),
        };
        let parse = |url: String| -> Result<Uri, String> {
            if url.is_empty() {
                // The provider has no such operation; the pipeline refuses before using it.
                return Ok(Uri::default());
            }
            url.parse::<Uri>()
                .map_err(|e| format!("`{url}` is not a valid URL: {e}"))
        };
        let body_edits = std::iter::once(("model".to_owned(), Some(json_string(model))))
            .chain(cfg.params.iter().map(|(k, v)| (k.clone(), Some(v.to_string()))))
            .collect();
        Ok(Self {
            header_value: http::HeaderValue::from_str(&name).ok(),
            ok_attempts: std::sync::OnceLock::new(),
            name,
            weight: cfg.weight,
            region: cfg.region.clone(),
            health: Default::default(),
            upstream_model: model.to_owned(),
            body_edits,
            params: cfg.params.iter().map(|(k, v)| (k.clone(), v.to_string())).collect(),
            default_max_tokens: cfg.default_max_tokens,
            chat_url: parse(chat_url)?,
            stream_url: parse(stream_url)?,
            embeddings_url: parse(embeddings_url)?,
            completions_url: parse(completions_url)?,
            price: None,
            provider,
        })
    }
}
