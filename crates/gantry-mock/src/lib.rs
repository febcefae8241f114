//! `gantry-mock`: a fast, deterministic fake of the OpenAI, Azure OpenAI,
//! Anthropic Messages and Google Gemini wire APIs (streaming included), with
//! configurable latency, token rate and per-request fault injection.
//!
//! It is used in-process by Gantry's end-to-end tests ([`MockServer`]), as a
//! standalone binary by the load benchmarks and by the offline quickstart.
//!
//! Replies are deterministic: see the crate README for the exact rules and
//! for the `[[mock:...]]` directives that inject faults per request.

mod anthropic;
mod body;
mod directives;
mod embed;
mod gemini;
mod openai;
mod plan;
mod server;
mod util;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// How many received requests are kept for inspection.
pub const RECORDED_REQUESTS: usize = 200;

/// Global behaviour of a mock server. Per-request directives override it.
#[derive(Clone, Debug, PartialEq)]
pub struct MockConfig {
    /// Delay before response headers are sent, in milliseconds.
    pub latency_ms: u64,
    /// Delay before the first content token (after the headers when streaming).
    pub ttft_ms: u64,
    /// Delay between two content tokens.
    pub token_interval_ms: u64,
    /// Length of a reply, in tokens (whitespace-separated words).
    pub default_tokens: usize,
    /// When set, every provider endpoint requires this key in the provider's own auth header.
    pub api_key: Option<String>,
    /// Faults for this whole server, in the `[[mock:...]]` directive syntax without the
    /// brackets (e.g. `status=500`, `disconnect_after=0`, `hang`), applied to chat
    /// requests under the request's own directives: one mock per target makes a target
    /// fail while its fallbacks answer.
    pub fault: String,
    /// The share of chat requests that get `fault` (1.0: every one). Which ones is
    /// decided by a seeded sequence, so a run is repeatable.
    pub fault_rate: f64,
}

impl Default for MockConfig {
    fn default() -> Self {
        Self {
            latency_ms: 0,
            ttft_ms: 0,
            token_interval_ms: 0,
            default_tokens: 12,
            api_key: None,
            fault: String::new(),
            fault_rate: 1.0,
        }
    }
}

/// Options of [`serve_with_options`] that are not part of the replies' behaviour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServeOptions {
    /// Keep the last [`RECORDED_REQUESTS`] requests (on by default; turn off for benchmarks).
    pub record: bool,
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self { record: true }
    }
}

/// One request received on a provider endpoint.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct RecordedRequest {
    pub method: String,
    pub path_and_query: String,
    /// Header names are lower-case; values that are not UTF-8 are converted lossily.
    pub headers: Vec<(String, String)>,
    /// The parsed JSON body, or `Null` if the body was empty or not JSON.
    pub body: serde_json::Value,
}

impl RecordedRequest {
    /// The value of the first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A request as kept in the ring buffer: cheap to store (the body bytes are
/// shared, not copied), turned into a [`RecordedRequest`] when read.
pub(crate) struct RawRequest {
    pub(crate) method: http::Method,
    pub(crate) uri: http::Uri,
    pub(crate) headers: http::HeaderMap,
    pub(crate) body: bytes::Bytes,
}

impl RawRequest {
    fn to_recorded(&self) -> RecordedRequest {
        RecordedRequest {
            method: self.method.as_str().to_owned(),
            path_and_query: self
                .uri
                .path_and_query()
                .map_or_else(|| self.uri.path().to_owned(), |pq| pq.as_str().to_owned()),
            headers: self
                .headers
                .iter()
                .map(|(name, value)| {
                    (
                        name.as_str().to_owned(),
                        String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body: serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null),
        }
    }
}

/// State shared by every connection of one server.
pub(crate) struct Shared {
    pub(crate) config: MockConfig,
    /// Chat requests seen, for `fault_rate`.
    pub(crate) chats: std::sync::atomic::AtomicU64,
    record: bool,
    requests: Mutex<VecDeque<RawRequest>>,
}

impl Shared {
    fn new(config: MockConfig, options: ServeOptions) -> Self {
        Self {
            config,
            chats: std::sync::atomic::AtomicU64::new(0),
            record: options.record,
            requests: Mutex::new(VecDeque::with_capacity(if options.record {
                RECORDED_REQUESTS
            } else {
                0
            })),
        }
    }

    pub(crate) fn recording(&self) -> bool {
        self.record
    }

    pub(crate) fn push_request(&self, request: RawRequest) {
        let mut requests = self.requests.lock().unwrap_or_else(PoisonError::into_inner);
        if requests.len() >= RECORDED_REQUESTS {
            requests.pop_front();
        }
        requests.push_back(request);
    }

    pub(crate) fn requests(&self) -> Vec<RecordedRequest> {
        let requests = self.requests.lock().unwrap_or_else(PoisonError::into_inner);
        requests.iter().map(RawRequest::to_recorded).collect()
    }

    pub(crate) fn clear_requests(&self) {
        self.requests.lock().unwrap_or_else(PoisonError::into_inner).clear();
    }
}

/// A mock server running on a tokio task, bound to `127.0.0.1` on a free port.
///
/// Dropping it stops the server and closes its open connections.
pub struct MockServer {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
    _shutdown: watch::Sender<()>,
    task: JoinHandle<()>,
}

impl MockServer {
    /// Binds `127.0.0.1:0`, serves on a tokio task, returns once listening.
    pub async fn start(config: MockConfig) -> std::io::Result<MockServer> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::new(config, ServeOptions::default()));
        let (shutdown, stop) = watch::channel(());
        let task = tokio::spawn(server::accept_loop(listener, Arc::clone(&shared), stop));
        Ok(MockServer {
            addr,
            shared,
            _shutdown: shutdown,
            task,
        })
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The last [`RECORDED_REQUESTS`] requests received, oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.requests()
    }

    /// Forgets the recorded requests.
    pub fn clear_requests(&self) {
        self.shared.clear_requests();
    }

    /// The configuration this server was started with.
    pub fn config(&self) -> &MockConfig {
        &self.shared.config
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        // Dropping `_shutdown` right after this closes the open connections.
        self.task.abort();
    }
}

/// Serves the mock on `listener` until the task is dropped, recording requests.
pub async fn serve(listener: TcpListener, config: MockConfig) -> std::io::Result<()> {
    serve_with_options(listener, config, ServeOptions::default()).await
}

/// [`serve`] with extra options (e.g. no request recording, for benchmarks).
pub async fn serve_with_options(
    listener: TcpListener,
    config: MockConfig,
    options: ServeOptions,
) -> std::io::Result<()> {
    let shared = Arc::new(Shared::new(config, options));
    let (_shutdown, stop) = watch::channel(());
    server::accept_loop(listener, shared, stop).await;
    Ok(())
}
