//! The request path, in one place:
//!
//! ```text
//! authenticate (in server) ─► parse once ─► route (public model → target)
//!   ─► authorise (model allow-list, subscription) ─► plan the upstream call
//!   (pass the client's bytes through when the upstream speaks its protocol,
//!    translate otherwise) ─► send with timeouts ─► answer in the client's protocol
//!    (whole body, or a relayed stream)
//! ```
//!
//! Later policies (auth, limits, guards, cache, routing strategies, accounting)
//! slot in as steps of [`run`].

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::response::Response;
use bytes::Bytes;
use futures_util::StreamExt;
use gantry_protocol::anthropic::{self, inbound, upstream as anthropic_up};
use gantry_protocol::gemini::{self, upstream as gemini_up};
use gantry_protocol::openai::{self, ChatRequest, ChatResponse};
use gantry_protocol::raw::RawObject;
use gantry_protocol::stream::stream_cut;
use gantry_protocol::stream::{ChunkDecoder, ClientEncoder, OpenAiDecoder, OpenAiEncoder};
use gantry_protocol::usage;
use gantry_protocol::{ApiError, anthropic::upstream::AnthropicDecoder, gemini::upstream::GeminiDecoder};
use http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use http_body_util::{BodyExt, Full};
use hyper::body::Body as _;
use tokio::time::Instant;

use crate::auth::{self, Identity};
use crate::config::Snapshot;
use crate::providers::{Target, Wire};
use crate::relay::{ByteStream, Relay, RelayMode};
use crate::routing::FailureKind;
use crate::telemetry::CallRecord;

/// The protocol the client speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientWire {
    OpenAi,
    Anthropic,
}

/// The inbound operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    Chat,
    Completions,
    Embeddings,
}

/// Largest upstream body read whole (non-streamed answers and error bodies).
const MAX_UPSTREAM_BODY: usize = 64 * 1024 * 1024;

const ANTHROPIC_BETA: &str = "anthropic-beta";

/// Handles one call and always returns a response; the record is finished
/// here, or by the stream relay when the stream ends.
pub async fn run(
    snapshot: Arc<Snapshot>,
    identity: &Identity,
    client: ClientWire,
    endpoint: Endpoint,
    request: (HeaderMap, Bytes),
    mut record: CallRecord,
) -> Response {
    let (headers, body) = request;
    let result = serve(&snapshot, identity, client, endpoint, &headers, &body, &mut record).await;
    let headroom = record.admission.as_ref().map(|a| a.headroom.clone());
    let routed = record
        .target
        .as_ref()
        .map(|t| (t.header_value.clone(), record.attempts));
    if let (Ok(Answer::Whole(_)), Some(guard)) = (&result, record.guard.as_mut()) {
        guard.settle();
    }
    let guard_header = record
        .guard
        .as_ref()
        .filter(|g| g.header)
        .and_then(|g| HeaderValue::from_str(&g.verdict.header()).ok());
    let mut response = match result {
        Ok(Answer::Whole(response)) => {
            record.status = response.status().as_u16();
            record.finish();
            response
        }
        Ok(Answer::Stream(relay)) => relay.into_response(record),
        Err(error) => {
            record.fail(error.status, &error.code);
            record.finish();
            error_response(&error, client)
        }
    };
    if let Some(headroom) = headroom {
        crate::limits::headers(&headroom, response.headers_mut());
    }
    if let Some(value) = guard_header {
        response.headers_mut().insert(X_GANTRY_GUARD, value);
    }
    if let Some((target, attempts)) = routed {
        // Which target served (or failed last), and after how many attempts.
        if let Some(target) = target {
            response.headers_mut().insert(X_GANTRY_TARGET, target);
        }
        response
            .headers_mut()
            .insert(X_GANTRY_ATTEMPTS, HeaderValue::from(attempts));
    }
    response
}

const X_GANTRY_TARGET: http::HeaderName = http::HeaderName::from_static("x-gantry-target");
const X_GANTRY_ATTEMPTS: http::HeaderName = http::HeaderName::from_static("x-gantry-attempts");
const X_GANTRY_GUARD: http::HeaderName = http::HeaderName::from_static("x-gantry-guard");

enum Answer {
    Whole(Response),
    Stream(RelayStart),
}

/// An upstream response whose body is still to be read.
type Upstream = http::Response<hyper::body::Incoming>;

/// A stream that is ready to relay once the record is handed over.
struct RelayStart {
    upstream: ByteStream,
    mode: RelayMode,
    deadline: Instant,
    provider: String,
}

impl RelayStart {
    fn into_response(self, record: CallRecord) -> Response {
        Relay::new(self.upstream, self.mode, self.deadline, self.provider, record).into_response()
    }
}

/// How the upstream call looks and how its answer is read.
struct Plan {
    url: Uri,
    body: Vec<u8>,
    /// The upstream answers in the client's protocol: relay its bytes.
    passthrough: bool,
    /// The gateway asked for a usage chunk the client did not: drop it on the way back.
    strip_usage: bool,
}

async fn serve(
    snapshot: &Snapshot,
    identity: &Identity,
    client: ClientWire,
    endpoint: Endpoint,
    client_headers: &HeaderMap,
    body: &Bytes,
    record: &mut CallRecord,
) -> Result<Answer, ApiError> {
    // 1. Parse once: only the top level, values stay as the client's bytes.
    let raw = RawObject::parse(body).map_err(|e| {
        ApiError::invalid_request(
            "invalid_json",
            format!("the request body is not a valid JSON object: {e}"),
        )
    })?;
    let model = raw.get_str("model").ok_or_else(|| {
        ApiError::invalid_request("missing_model", "the request needs a `model` string").with_param("model")
    })?;
    let stream = raw.get_bool("stream") == Some(true);
    record.model = model.to_string();
    record.stream = stream;
    // For answers that report no usage: ~4 characters of messages (or input) per token.
    let prompt_bytes = raw
        .get("messages")
        .or_else(|| raw.get("input"))
        .or_else(|| raw.get("prompt"));
    record.prompt_estimate = usage::estimate_tokens(prompt_bytes.map_or(0, |v| v.get().len() as u64));

    // 2. Route: the public model name to a target.
    let route = snapshot
        .models
        .get(model.as_ref())
        .ok_or_else(|| model_not_found(&model))?;
    // 3. Authorise: the caller's model allow-list and the app's subscription.
    // Limits and budgets set in the store on the caller's key, app and team.
    let policies = record
        .caller
        .as_ref()
        .map(|caller| identity.policies.for_caller(caller))
        .unwrap_or_default();
    if let Some(caller) = &record.caller {
        auth::authorize(caller, route, identity)?;
        // 3b. Admit: rate limits by requests and tokens (429 with Retry-After).
        let rules: Vec<&crate::limits::Rule> = policies.iter().flat_map(|p| p.limits.iter()).collect();
        record.admission = snapshot
            .limiter
            .admit(caller, &rules, &route.name, record.client_ip)
            .await?;
    }
    // 3c. Guard: injection score and personal data; the body may be rewritten (redacted, masked).
    let guarded_body;
    let guarded_raw;
    let (raw, body) = match snapshot
        .guards
        .resolve(record.caller.as_deref(), &policies, route.guard.as_deref())?
    {
        None => (&raw, body),
        Some(policy) => {
            let inspected = crate::guard::inspect(&policy, client, endpoint, body);
            let output = crate::guard::OutputGuard::new(&policy, inspected.vault);
            record.guard = Some(Box::new(crate::guard::CallGuard {
                verdict: inspected.verdict,
                output,
                header: policy.header,
            }));
            if let Some(blocked) = inspected.blocked {
                return Err(blocked);
            }
            match inspected.body {
                None => (&raw, body),
                Some(rewritten) => {
                    guarded_body = rewritten;
                    guarded_raw = RawObject::parse(&guarded_body).map_err(|e| {
                        ApiError::new(500, "api_error", "internal_error", format!("guard rewrite: {e}"))
                    })?;
                    (&guarded_raw, &guarded_body)
                }
            }
        }
    };
    // 4. Order the targets: the strategy's pick first, then the fallbacks.
    let tenant_regions = crate::policies::allowed_regions(&policies);
    let facts = crate::routing::RequestFacts {
        caller: record.caller.as_deref(),
        headers: client_headers,
        body: raw,
        prompt_tokens: record.prompt_estimate,
        tenant_regions: tenant_regions.as_deref(),
    };
    let candidates = route.router.order(&route.name, &route.nodes, &facts)?;
    let first = *candidates.first().ok_or_else(|| model_not_found(&model))?;
    record.price = first.price.clone();
    // 3d. Budgets: hold the call's worst case in each budget it counts toward.
    if let Some(caller) = record.caller.clone() {
        let estimate = crate::budgets::Estimate {
            price: record.price.as_deref(),
            prompt_tokens: record.prompt_estimate,
            max_output_tokens: max_output_tokens(raw),
            stream,
            hold_ms: first.provider.timeouts.total_ms,
        };
        let rules: Vec<&Arc<crate::budgets::Rule>> = policies.iter().flat_map(|p| p.budgets.iter()).collect();
        record.budget = snapshot.budgets.reserve(&caller, &rules, &estimate).await?;
    }

    // 5. Try them in turn: retries on one target, then fallbacks, all within the deadline.
    let call = Call {
        client,
        endpoint,
        raw,
        body,
        stream,
        client_headers,
    };
    let routing = &route.router.config;
    let deadline =
        Instant::now() + Duration::from_millis(routing.deadline_ms.unwrap_or(first.provider.timeouts.total_ms));
    let mut last_error = None;
    let mut open_for: Option<Duration> = None;
    for target in candidates {
        let mut retries = 0;
        loop {
            let now = Instant::now();
            if let Err(wait) = target.health.admit(now) {
                // An open breaker: skip the target, whatever the strategy.
                open_for = Some(open_for.map_or(wait, |w| w.min(wait)));
                break;
            }
            if now >= deadline {
                return Err(last_error.unwrap_or_else(|| deadline_exceeded(&model)));
            }
            record.attempts += 1;
            record.target = Some(target.clone());
            record.provider = target.provider.name.clone();
            record.upstream_model = target.upstream_model.clone();
            record.price = target.price.clone();
            record.in_flight = Some(target.health.enter());
            let failure = match attempt(&call, target, record, deadline).await {
                Ok(answer) => {
                    if let Some(transition) = record.attempt_ok(&route.name, target) {
                        crate::routing::publish(snapshot, &route.name, &target.name, transition);
                    }
                    return Ok(answer);
                }
                Err(failure) => failure,
            };
            record.in_flight = None;
            let Some(kind) = failure.kind else {
                // The client's own error: another target would say the same.
                record.attempt_outcome(&route.name, &target.name, "client_error", target.health.success());
                return Err(failure.error);
            };
            let transition = target.health.failure(kind, &routing.breaker, Instant::now());
            record.attempt_outcome(&route.name, &target.name, kind.as_str(), transition);
            if let Some(transition) = transition {
                crate::routing::publish(snapshot, &route.name, &target.name, transition);
            }
            tracing::warn!(request_id = %record.request_id, model = %route.name, target = %target.name, failure = kind.as_str(), "{}", failure.error.message);
            if kind.retryable() && retries < routing.retry.attempts {
                retries += 1;
                let wait = route.router.backoff(retries, failure.error.retry_after);
                if Instant::now() + wait < deadline {
                    tokio::time::sleep(wait).await;
                    continue;
                }
            }
            if !routing.fallback_on.contains(&kind) {
                return Err(failure.error);
            }
            record.fallback_reason = Some(kind.as_str());
            last_error = Some(failure.error);
            break;
        }
    }
    Err(last_error.unwrap_or_else(|| no_healthy_target(&model, open_for)))
}

/// What every attempt of one call shares.
struct Call<'a> {
    client: ClientWire,
    endpoint: Endpoint,
    raw: &'a RawObject<'a>,
    body: &'a Bytes,
    stream: bool,
    client_headers: &'a HeaderMap,
}

/// An attempt that failed; `kind` is `None` when the request itself is at fault.
struct Failure {
    error: ApiError,
    kind: Option<FailureKind>,
}

impl From<ApiError> for Failure {
    fn from(error: ApiError) -> Self {
        Failure { error, kind: None }
    }
}

fn failed(kind: FailureKind, error: ApiError) -> Failure {
    Failure {
        error,
        kind: Some(kind),
    }
}

/// One try of one target: plan, send, and read the answer up to the point
/// where bytes would reach the client (for streams, the first chunk).
async fn attempt(
    call: &Call<'_>,
    target: &Target,
    record: &mut CallRecord,
    deadline: Instant,
) -> Result<Answer, Failure> {
    let provider = &target.provider;
    let plan = plan(call.client, call.endpoint, call.raw, call.body, target, call.stream)?;

    // Send, bounded by the first-byte and total timeouts (and the call's deadline).
    let timeouts = provider.timeouts;
    let deadline = deadline.min(Instant::now() + Duration::from_millis(timeouts.total_ms));
    record.upstream_started = Some(std::time::Instant::now());
    let mut request = http::Request::new(Full::new(Bytes::from(plan.body)));
    *request.method_mut() = http::Method::POST;
    *request.uri_mut() = plan.url;
    *request.headers_mut() = provider.headers();
    // The same id in the provider's logs lets operators follow one call end to end.
    if let Ok(id) = HeaderValue::from_str(&record.request_id) {
        request.headers_mut().insert("x-request-id", id);
    }
    if plan.passthrough && call.client == ClientWire::Anthropic {
        // Beta features the client opted into (never credentials) reach Anthropic.
        for value in call.client_headers.get_all(ANTHROPIC_BETA) {
            request.headers_mut().append(ANTHROPIC_BETA, value.clone());
        }
    }
    let request = provider.client.request(request);
    let first_byte = (Instant::now() + Duration::from_millis(timeouts.first_byte_ms)).min(deadline);
    let upstream = match tokio::time::timeout_at(first_byte, request).await {
        Err(_) => {
            return Err(failed(
                FailureKind::Timeout,
                upstream_timeout(&provider.name, timeouts.first_byte_ms.min(timeouts.total_ms)),
            ));
        }
        Ok(Err(e)) => {
            return Err(failed(
                FailureKind::Connect,
                transport_error(&provider.name, &e, e.is_connect()),
            ));
        }
        Ok(Ok(response)) => response,
    };
    let status = upstream.status();
    if let Some(started) = record.upstream_started {
        target.health.observe_latency(started.elapsed());
    }
    if !status.is_success() {
        let retry_after = upstream
            .headers()
            .get(header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
        let bytes = read_body(upstream, deadline, &provider.name)
            .await
            .map_err(|e| failed(FailureKind::Connect, e))?;
        record.upstream_done = Some(std::time::Instant::now());
        let mut error = provider.error_from(status.as_u16(), &bytes);
        error.retry_after = retry_after;
        let kind = crate::routing::classify(status.as_u16(), &error.code, &error.message);
        return Err(Failure { error, kind });
    }

    // Answer in the client's protocol.
    if call.stream && call.endpoint != Endpoint::Embeddings {
        let mode = if plan.passthrough {
            RelayMode::Passthrough {
                client: call.client,
                strip_usage: plan.strip_usage,
            }
        } else {
            RelayMode::Translate {
                decoder: decoder(provider.wire(), &provider.name, &target.upstream_model),
                encoder: encoder(call.client, call.raw, &target.upstream_model),
            }
        };
        // Until the first chunk arrives nothing has reached the client, so a stream
        // that dies before it can still fall back.
        let mut body: ByteStream = Box::pin(http_body_util::BodyExt::into_data_stream(upstream.into_body()));
        let first = match tokio::time::timeout_at(first_byte, body.next()).await {
            Err(_) => {
                return Err(failed(
                    FailureKind::Timeout,
                    upstream_timeout(&provider.name, timeouts.first_byte_ms.min(timeouts.total_ms)),
                ));
            }
            Ok(None) | Ok(Some(Err(_))) => {
                return Err(failed(FailureKind::StreamCut, stream_cut(&provider.name)));
            }
            Ok(Some(Ok(first))) => first,
        };
        let upstream: ByteStream = Box::pin(futures_util::stream::once(async move { Ok(first) }).chain(body));
        return Ok(Answer::Stream(RelayStart {
            upstream,
            mode,
            deadline,
            provider: provider.name.clone(),
        }));
    }
    let bytes = read_body(upstream, deadline, &provider.name)
        .await
        .map_err(|e| failed(FailureKind::Connect, e))?;
    record.upstream_done = Some(std::time::Instant::now());
    let out = if plan.passthrough {
        bytes
    } else {
        translate_answer(call.client, call.endpoint, target, bytes).map_err(|e| failed(FailureKind::ServerError, e))?
    };
    record.tokens = match call.client {
        ClientWire::OpenAi => usage::openai_body(&out),
        ClientWire::Anthropic => usage::anthropic_body(&out),
    };
    record.usage_complete = record.tokens.is_some();
    // The answer's checks, and the masked values given back.
    let out = match record.guard.as_mut().and_then(|g| g.output.as_mut()) {
        Some(guard) => crate::guard::guard_answer(guard, call.client, call.endpoint, out),
        None => out,
    };
    Ok(Answer::Whole(json_response(StatusCode::OK, out)))
}

fn deadline_exceeded(model: &str) -> ApiError {
    ApiError::new(
        504,
        "api_error",
        "deadline_exceeded",
        format!("model `{model}`: the call's deadline passed before a target answered"),
    )
}

/// Every target's breaker is open.
fn no_healthy_target(model: &str, open_for: Option<Duration>) -> ApiError {
    let mut error = ApiError::new(
        503,
        "api_error",
        "no_healthy_target",
        format!("model `{model}`: every target is failing and paused (circuit breakers open); try again shortly"),
    );
    error.retry_after = open_for.map(|d| d.as_secs().max(1));
    error
}

/// The client's cap on generated tokens, in whichever field its API names it.
fn max_output_tokens(raw: &RawObject<'_>) -> Option<u64> {
    ["max_completion_tokens", "max_tokens", "max_output_tokens"]
        .iter()
        .find_map(|field| raw.get(field)?.get().parse().ok())
}

fn model_not_found(model: &str) -> ApiError {
    ApiError::new(
        404,
        "invalid_request_error",
        "model_not_found",
        format!("the model `{model}` does not exist or you do not have access to it"),
    )
    .with_param("model")
}

fn upstream_timeout(provider: &str, ms: u64) -> ApiError {
    ApiError::new(
        504,
        "api_error",
        "upstream_timeout",
        format!("provider '{provider}' did not answer within {ms} ms"),
    )
}

fn transport_error(provider: &str, e: &(dyn std::error::Error + 'static), is_connect: bool) -> ApiError {
    let reason = if is_connect {
        "cannot connect to"
    } else {
        "lost the connection to"
    };
    let mut detail = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        detail = s.to_string();
        source = s.source();
    }
    ApiError::new(
        502,
        "api_error",
        "upstream_unreachable",
        format!("the gateway {reason} provider '{provider}': {detail}"),
    )
}

fn unsupported_endpoint(target: &Target, what: &str) -> ApiError {
    ApiError::invalid_request(
        "unsupported_endpoint",
        format!(
            "this model is served by provider '{}' ({:?}), which does not offer {what}",
            target.provider.name, target.provider.kind
        ),
    )
}

fn invalid_body(e: serde_json::Error) -> ApiError {
    ApiError::invalid_request(
        "invalid_request",
        format!("the request body does not match the API: {e}"),
    )
}

fn apply_params(req: ChatRequest, target: &Target) -> Result<ChatRequest, ApiError> {
    if target.params.is_empty() {
        return Ok(req);
    }
    let mut value = serde_json::to_value(req).map_err(invalid_body)?;
    if let Some(obj) = value.as_object_mut() {
        for (key, raw) in &target.params {
            if let Ok(v) = serde_json::from_str(raw) {
                obj.insert(key.clone(), v);
            }
        }
    }
    serde_json::from_value(value).map_err(invalid_body)
}

/// The canonical request, whatever protocol the client spoke.
fn canonical_request(
    client: ClientWire,
    raw: &RawObject<'_>,
    body: &[u8],
    target: &Target,
) -> Result<ChatRequest, ApiError> {
    let req = match client {
        ClientWire::OpenAi => {
            let edited = raw.write_with(&target.body_edits);
            serde_json::from_slice::<ChatRequest>(&edited).map_err(invalid_body)?
        }
        ClientWire::Anthropic => {
            let req: anthropic::MessagesRequest = serde_json::from_slice(body).map_err(invalid_body)?;
            apply_params(inbound::to_chat_request(req)?, target)?
        }
    };
    Ok(ChatRequest {
        model: target.upstream_model.clone(),
        ..req
    })
}

fn to_json(value: &impl serde::Serialize) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec(value).map_err(|e| {
        ApiError::new(
            500,
            "api_error",
            "internal_error",
            format!("cannot encode the request: {e}"),
        )
    })
}

fn plan(
    client: ClientWire,
    endpoint: Endpoint,
    raw: &RawObject<'_>,
    body: &[u8],
    target: &Target,
    stream: bool,
) -> Result<Plan, ApiError> {
    let wire = target.provider.wire();
    let passthrough = |url: &Uri| Plan {
        url: url.clone(),
        body: raw.write_with(&target.body_edits),
        passthrough: true,
        strip_usage: false,
    };
    match (endpoint, client, wire) {
        (Endpoint::Chat, ClientWire::OpenAi, Wire::OpenAi) if stream => Ok(openai_stream_plan(raw, target)),
        (Endpoint::Chat, ClientWire::OpenAi, Wire::OpenAi) => Ok(passthrough(&target.chat_url)),
        (Endpoint::Chat, ClientWire::Anthropic, Wire::Anthropic) => Ok(passthrough(&target.chat_url)),
        (Endpoint::Chat, _, Wire::OpenAi) => Ok(Plan {
            url: target.chat_url.clone(),
            body: to_json(&canonical_request(client, raw, body, target)?)?,
            passthrough: false,
            strip_usage: false,
        }),
        (Endpoint::Chat, _, Wire::Anthropic) => {
            let req = canonical_request(client, raw, body, target)?;
            let mut out = anthropic_up::to_anthropic_request(&req, &target.upstream_model)?;
            if req.max_output_tokens().is_none() {
                out.max_tokens = target.default_max_tokens.unwrap_or(anthropic_up::DEFAULT_MAX_TOKENS);
            }
            Ok(Plan {
                url: target.chat_url.clone(),
                body: to_json(&out)?,
                passthrough: false,
                strip_usage: false,
            })
        }
        (Endpoint::Chat, _, Wire::Gemini) => {
            let req = canonical_request(client, raw, body, target)?;
            Ok(Plan {
                url: if stream {
                    target.stream_url.clone()
                } else {
                    target.chat_url.clone()
                },
                body: to_json(&gemini_up::to_gemini_request(&req)?)?,
                passthrough: false,
                strip_usage: false,
            })
        }
        (Endpoint::Embeddings, _, Wire::OpenAi) => Ok(passthrough(&target.embeddings_url)),
        (Endpoint::Embeddings, _, Wire::Gemini) => {
            let edited = raw.write_with(&target.body_edits);
            let req: openai::EmbeddingsRequest = serde_json::from_slice(&edited).map_err(invalid_body)?;
            Ok(Plan {
                url: target.embeddings_url.clone(),
                body: to_json(&gemini_up::to_batch_embed_request(&req, &target.upstream_model)?)?,
                passthrough: false,
                strip_usage: false,
            })
        }
        (Endpoint::Embeddings, _, Wire::Anthropic) => Err(unsupported_endpoint(target, "embeddings")),
        (Endpoint::Completions, _, Wire::OpenAi) => Ok(passthrough(&target.completions_url)),
        (Endpoint::Completions, _, _) => Err(unsupported_endpoint(target, "the legacy completions API")),
    }
}

/// An OpenAI client's stream to OpenAI or Azure, passed through. Those APIs
/// report a stream's usage only when asked (`stream_options.include_usage`):
/// the gateway asks, so the call is counted exactly, and drops the usage chunk
/// on the way back if the client did not ask for it.
fn openai_stream_plan(raw: &RawObject<'_>, target: &Target) -> Plan {
    use crate::config::schema::ProviderKind;
    let mut options: serde_json::Map<String, serde_json::Value> = raw
        .get("stream_options")
        .and_then(|v| serde_json::from_str(v.get()).ok())
        .unwrap_or_default();
    let client_asked = options.get("include_usage") == Some(&serde_json::Value::Bool(true));
    let ask = !client_asked && matches!(target.provider.kind, ProviderKind::Openai | ProviderKind::Azure);
    let body = if ask {
        options.insert("include_usage".to_owned(), serde_json::Value::Bool(true));
        let mut edits = target.body_edits.clone();
        edits.push((
            "stream_options".to_owned(),
            Some(serde_json::Value::Object(options).to_string()),
        ));
        raw.write_with(&edits)
    } else {
        raw.write_with(&target.body_edits)
    };
    Plan {
        url: target.chat_url.clone(),
        body,
        passthrough: true,
        strip_usage: ask,
    }
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn bad_upstream(provider: &str, e: serde_json::Error) -> ApiError {
    ApiError::new(
        502,
        "api_error",
        "upstream_bad_response",
        format!("provider '{provider}' sent a response the gateway could not read: {e}"),
    )
}

/// Translates a whole upstream answer into the client's protocol.
fn translate_answer(client: ClientWire, endpoint: Endpoint, target: &Target, bytes: Bytes) -> Result<Bytes, ApiError> {
    let provider = &target.provider.name;
    if endpoint == Endpoint::Embeddings {
        let resp: gemini::BatchEmbedResponse = serde_json::from_slice(&bytes).map_err(|e| bad_upstream(provider, e))?;
        return Ok(to_json(&gemini_up::from_batch_embed_response(resp, &target.upstream_model))?.into());
    }
    let canonical: ChatResponse = match target.provider.wire() {
        Wire::OpenAi => serde_json::from_slice(&bytes).map_err(|e| bad_upstream(provider, e))?,
        Wire::Anthropic => {
            let resp: anthropic::MessagesResponse =
                serde_json::from_slice(&bytes).map_err(|e| bad_upstream(provider, e))?;
            anthropic_up::from_anthropic_response(resp, now_secs())
        }
        Wire::Gemini => {
            let resp: gemini::GenerateContentResponse =
                serde_json::from_slice(&bytes).map_err(|e| bad_upstream(provider, e))?;
            let fallback_id = format!("chatcmpl-{}", uuid::Uuid::now_v7().simple());
            gemini_up::from_gemini_response(resp, &target.upstream_model, &fallback_id, now_secs())?
        }
    };
    let out = match client {
        ClientWire::OpenAi => to_json(&canonical)?,
        ClientWire::Anthropic => to_json(&inbound::from_chat_response(canonical))?,
    };
    Ok(out.into())
}

fn decoder(wire: Wire, provider: &str, model: &str) -> Box<dyn ChunkDecoder> {
    match wire {
        Wire::OpenAi => Box::new(OpenAiDecoder::new(provider)),
        Wire::Anthropic => Box::new(AnthropicDecoder::new(provider, now_secs())),
        Wire::Gemini => {
            let id = format!("chatcmpl-{}", uuid::Uuid::now_v7().simple());
            Box::new(GeminiDecoder::new(provider, model, &id, now_secs()))
        }
    }
}

fn encoder(client: ClientWire, raw: &RawObject<'_>, model: &str) -> Box<dyn ClientEncoder> {
    match client {
        ClientWire::OpenAi => {
            let include_usage = raw
                .get("stream_options")
                .and_then(|v| serde_json::from_str::<openai::StreamOptions>(v.get()).ok())
                .and_then(|o| o.include_usage)
                .unwrap_or(false);
            Box::new(OpenAiEncoder::new(include_usage))
        }
        ClientWire::Anthropic => Box::new(inbound::AnthropicEncoder::new(model)),
    }
}

/// Reads a whole upstream body, bounded in size and by the call's deadline.
async fn read_body(upstream: Upstream, deadline: Instant, provider: &str) -> Result<Bytes, ApiError> {
    let mut body = upstream.into_body();
    let mut buf = Vec::new();
    loop {
        let chunk = match tokio::time::timeout_at(deadline, body.frame()).await {
            Err(_) => return Err(total_timeout(provider)),
            Ok(Some(Err(e))) => return Err(transport_error(provider, &e, false)),
            Ok(None) => return Ok(buf.into()),
            Ok(Some(Ok(frame))) => match frame.into_data() {
                Ok(data) => data,
                Err(_) => continue, // trailers carry nothing we use
            },
        };
        if buf.len() + chunk.len() > MAX_UPSTREAM_BODY {
            return Err(ApiError::new(
                502,
                "api_error",
                "upstream_bad_response",
                format!("provider '{provider}' sent a body larger than {MAX_UPSTREAM_BODY} bytes"),
            ));
        }
        if buf.is_empty() && body.is_end_stream() {
            return Ok(chunk); // the whole body in one frame: no copy
        }
        buf.extend_from_slice(&chunk);
    }
}

pub fn total_timeout(provider: &str) -> ApiError {
    ApiError::new(
        504,
        "api_error",
        "upstream_timeout",
        format!("provider '{provider}' did not finish within the call's total timeout"),
    )
}

pub fn json_response(status: StatusCode, body: impl Into<axum::body::Body>) -> Response {
    let mut response = Response::new(body.into());
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// An error in the client's protocol, with `Retry-After` where known.
pub fn error_response(error: &ApiError, client: ClientWire) -> Response {
    let body = match client {
        ClientWire::OpenAi => error.openai_body(),
        ClientWire::Anthropic => error.anthropic_body(),
    };
    let status = StatusCode::from_u16(error.status).unwrap_or(StatusCode::BAD_GATEWAY);
    let mut response = json_response(status, body.to_string());
    if let Some(seconds) = error.retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}
