//! Connection handling, routing and the fault/timing machinery shared by the
//! providers.

use std::future::poll_fn;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use http::request::Parts;
use http::{Method, Request, StatusCode};
use hyper::body::{Body, Incoming};
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::body::{End, MockBody, ScriptBuilder};
use crate::directives::Directives;
use crate::util::{HttpResponse, json_response, set_header, to_json};
use crate::{MockConfig, RawRequest, Shared, anthropic, gemini, openai};

/// Largest request body accepted.
const MAX_BODY: usize = 64 * 1024 * 1024;
/// How long `[[mock:hang]]` waits before closing the connection.
const HANG: Duration = Duration::from_secs(3600);
/// `[[mock:mid_stream_error]]` fails the stream after this many tokens.
const TOKENS_BEFORE_ERROR: usize = 2;

/// Returned by a handler to close the connection without a response.
#[derive(Debug)]
pub(crate) struct Disconnect;

impl std::fmt::Display for Disconnect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("gantry-mock: connection closed on purpose")
    }
}

impl std::error::Error for Disconnect {}

pub(crate) type Outcome = Result<HttpResponse, Disconnect>;

/// The request body, parsed once.
pub(crate) enum Parsed {
    Empty,
    Json(Value),
    Invalid(String),
}

/// What a provider handler gets.
pub(crate) struct Ctx<'a> {
    pub shared: &'a Shared,
    pub parts: &'a Parts,
    pub body: &'a Parsed,
}

impl Ctx<'_> {
    pub(crate) fn config(&self) -> &MockConfig {
        &self.shared.config
    }

    /// A chat request's directives with the server's configured fault under them
    /// (when this request is one of the `fault_rate` share).
    pub(crate) fn with_fault(&self, request: crate::directives::Directives) -> crate::directives::Directives {
        let config = self.config();
        if config.fault.is_empty() {
            return request;
        }
        let n = self.shared.chats.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if config.fault_rate < 1.0 && unit_interval(n) >= config.fault_rate {
            return request;
        }
        let (mut fault, _) = crate::directives::Directives::parse(&format!("[[mock:{}]]", config.fault));
        fault.merge(request);
        fault
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        crate::util::header(&self.parts.headers, name)
    }

    pub(crate) fn query(&self) -> Option<&str> {
        self.parts.uri.query()
    }
}

pub(crate) async fn accept_loop(listener: TcpListener, shared: Arc<Shared>, mut stop: watch::Receiver<()>) {
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .keep_alive(true)
        .pipeline_flush(true);
    builder.http2().timer(TokioTimer::new());
    let builder = Arc::new(builder);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stop.changed() => return,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(error) => {
                // E.g. out of file descriptors: back off instead of spinning.
                tracing::warn!(%error, "gantry-mock: accept failed");
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let shared = Arc::clone(&shared);
        let builder = Arc::clone(&builder);
        let mut stop = stop.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| handle(Arc::clone(&shared), request));
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            tokio::select! {
                result = connection => {
                    if let Err(error) = result {
                        tracing::debug!(%error, "gantry-mock: connection ended");
                    }
                }
                _ = stop.changed() => {}
            }
        });
    }
}

async fn handle(shared: Arc<Shared>, request: Request<Incoming>) -> Outcome {
    let (parts, body) = request.into_parts();
    match parts.uri.path() {
        "/healthz" | "/health" => {
            return Ok(json_response(StatusCode::OK, &serde_json::json!({"status": "ok"})));
        }
        "/_mock/requests" => {
            return Ok(match parts.method {
                Method::DELETE => {
                    shared.clear_requests();
                    json_response(StatusCode::OK, &serde_json::json!({"cleared": true}))
                }
                _ => json_response(StatusCode::OK, &shared.requests()),
            });
        }
        _ => {}
    }
    let bytes = read_body(body).await.ok_or(Disconnect)?;
    let parsed = if bytes.is_empty() {
        Parsed::Empty
    } else {
        match serde_json::from_slice::<Value>(&bytes) {
            Ok(value) => Parsed::Json(value),
            Err(error) => Parsed::Invalid(error.to_string()),
        }
    };
    if shared.recording() {
        shared.push_request(RawRequest {
            method: parts.method.clone(),
            uri: parts.uri.clone(),
            headers: parts.headers.clone(),
            body: bytes,
        });
    }
    let ctx = Ctx {
        shared: &shared,
        parts: &parts,
        body: &parsed,
    };
    route(&ctx).await
}

async fn read_body(mut body: Incoming) -> Option<Bytes> {
    let mut first: Option<Bytes> = None;
    let mut rest: Option<BytesMut> = None;
    while let Some(frame) = poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
        let Ok(data) = frame.ok()?.into_data() else {
            continue;
        };
        match (&first, &mut rest) {
            (None, _) => first = Some(data),
            (Some(head), None) => {
                let mut buf = BytesMut::with_capacity(head.len() + data.len());
                buf.extend_from_slice(head);
                buf.extend_from_slice(&data);
                rest = Some(buf);
            }
            (Some(_), Some(buf)) => buf.extend_from_slice(&data),
        }
        let len = rest
            .as_ref()
            .map_or_else(|| first.as_ref().map_or(0, Bytes::len), BytesMut::len);
        if len > MAX_BODY {
            return None;
        }
    }
    Some(match rest {
        Some(buf) => buf.freeze(),
        None => first.unwrap_or_default(),
    })
}

async fn route(ctx: &Ctx<'_>) -> Outcome {
    let path = ctx.parts.uri.path();
    let post = ctx.parts.method == Method::POST;
    let get = ctx.parts.method == Method::GET;
    match path {
        "/v1/chat/completions" if post => openai::chat(ctx, openai::Flavor::OpenAi).await,
        "/v1/completions" if post => openai::completions(ctx, openai::Flavor::OpenAi).await,
        "/v1/embeddings" if post => openai::embeddings(ctx, openai::Flavor::OpenAi).await,
        "/v1/models" if get && ctx.header("anthropic-version").is_some() => Ok(anthropic::models(ctx)),
        "/v1/models" if get => Ok(openai::models(ctx)),
        "/v1/messages" if post => anthropic::messages(ctx).await,
        "/v1/messages/count_tokens" if post => Ok(anthropic::count_tokens(ctx)),
        "/v1beta/models" if get => Ok(gemini::models(ctx)),
        _ => {
            if let Some(rest) = path.strip_prefix("/openai/deployments/") {
                let (deployment, operation) = rest.split_once('/').unwrap_or((rest, ""));
                let flavor = openai::Flavor::Azure { deployment };
                return match operation {
                    "chat/completions" if post => openai::chat(ctx, flavor).await,
                    "completions" if post => openai::completions(ctx, flavor).await,
                    "embeddings" if post => openai::embeddings(ctx, flavor).await,
                    _ => Ok(openai::azure_not_found()),
                };
            }
            if let Some(rest) = path.strip_prefix("/v1beta/").or_else(|| {
                path.strip_prefix("/v1/")
                    .filter(|r| r.starts_with("models/") && r.contains(':'))
            }) {
                return gemini::route(ctx, rest).await;
            }
            if get && let Some(id) = path.strip_prefix("/v1/models/") {
                return Ok(openai::model(ctx, id));
            }
            Ok(openai::invalid_url(ctx))
        }
    }
}

/// Applies the faults that happen before the response headers: delay, hang,
/// injected status, and the non-streaming disconnect. `None` means "go on".
pub(crate) async fn before_headers(
    ctx: &Ctx<'_>,
    directives: &Directives,
    streaming: bool,
    error: impl FnOnce(u16) -> HttpResponse,
) -> Option<Outcome> {
    let delay = directives.delay(ctx.config());
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    if directives.hang {
        tokio::time::sleep(HANG).await;
        return Some(Err(Disconnect));
    }
    if let Some(code) = directives.status {
        let mut response = error(code);
        if code == 429 {
            set_header(&mut response, "retry-after", "1");
        }
        return Some(Ok(response));
    }
    if !streaming && directives.disconnect_after.is_some() {
        return Some(Err(Disconnect));
    }
    None
}

/// Waits as long as generating a non-streamed reply of `tokens` tokens takes.
pub(crate) async fn generation_delay(ctx: &Ctx<'_>, directives: &Directives, tokens: usize) {
    let delay = directives.generation_time(ctx.config(), tokens);
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
}

/// The frames of a stream, split so that the timing and fault directives can
/// be applied the same way for every provider.
#[derive(Default)]
pub(crate) struct StreamScript {
    /// Sent right after the headers.
    pub prelude: Vec<u8>,
    /// One entry per content token (the first waits `ttft`, the others `token_interval`).
    pub tokens: Vec<Vec<u8>>,
    /// Sent after the last token.
    pub epilogue: Vec<u8>,
    /// The provider's in-stream error, for `[[mock:mid_stream_error]]`.
    pub error: Vec<u8>,
}

impl StreamScript {
    pub(crate) fn into_body(self, config: &MockConfig, directives: &Directives) -> MockBody {
        let ttft = directives.ttft(config);
        let interval = directives.token_interval(config);
        let mut builder = ScriptBuilder::default();
        if directives.empty_stream {
            return builder.build(End::Disconnect);
        }
        builder.push(Duration::ZERO, &self.prelude);
        let count = self.tokens.len();
        let (sent, end) = match (directives.disconnect_after, directives.mid_stream_error) {
            (Some(n), _) => (n.min(count), End::Disconnect),
            (None, true) => (TOKENS_BEFORE_ERROR.min(count), End::Finish),
            (None, false) => (count, End::Finish),
        };
        for (i, token) in self.tokens.iter().take(sent).enumerate() {
            builder.push(if i == 0 { ttft } else { interval }, token);
        }
        if count == 0 && !ttft.is_zero() {
            builder.push(ttft, &[]);
        }
        if end == End::Finish {
            let tail = if directives.mid_stream_error && directives.disconnect_after.is_none() {
                &self.error
            } else {
                &self.epilogue
            };
            builder.push(Duration::ZERO, tail);
        }
        builder.build(end)
    }
}

/// Serializes `value` as a JSON response body with `status`.
pub(crate) fn json_status<T: serde::Serialize + ?Sized>(code: u16, value: &T) -> HttpResponse {
    crate::util::response(
        crate::util::status(code),
        "application/json",
        MockBody::full(to_json(value)),
    )
}

/// A repeatable pseudo-random number in [0, 1) for the n-th request (splitmix64).
fn unit_interval(n: u64) -> f64 {
    let mut z = n.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}
