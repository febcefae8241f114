//! The public HTTP listener: routes, request ids, body limits, health and metrics.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use arc_swap::ArcSwap;
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use gantry_protocol::ApiError;
use http::{HeaderMap, HeaderValue, StatusCode, header};
use serde_json::json;

use crate::auth::{self, Identity};
use crate::config::Snapshot;
use crate::pipeline::{self, ClientWire, Endpoint, error_response, json_response};
use crate::store::Store;
use crate::telemetry::{CallRecord, Metrics};
use crate::usage::UsageSink;

/// Shared state of a running gateway.
pub struct App {
    /// The current config; swapped whole on reload.
    pub config: ArcSwap<Snapshot>,
    pub metrics: Arc<Metrics>,
    /// Set when shutting down, so `/readyz` sends load elsewhere.
    pub draining: AtomicBool,
    /// The store and the key/subscription caches in front of it.
    pub identity: Arc<Identity>,
    /// Where every call's usage record goes.
    pub usage: Arc<UsageSink>,
}

impl App {
    pub fn new(snapshot: Snapshot, identity: Arc<Identity>, usage: Arc<UsageSink>, metrics: Arc<Metrics>) -> Arc<Self> {
        Arc::new(Self {
            config: ArcSwap::from_pointee(snapshot),
            metrics,
            draining: AtomicBool::new(false),
            identity,
            usage,
        })
    }

    /// Opens (and migrates) the store, loads the caches and starts their refresh.
    pub async fn start(snapshot: Snapshot) -> Result<Arc<Self>, String> {
        let store = Store::open(&snapshot.store_url, snapshot.store_engine)
            .await
            .map_err(|e| e.to_string())?;
        let store = Arc::new(store);
        let identity = Identity::load(store.clone()).await.map_err(|e| e.to_string())?;
        let metrics = Arc::new(Metrics::new());
        snapshot.budgets.attach(store.clone(), snapshot.alerter.clone());
        let usage = UsageSink::start(store, &snapshot.usage, metrics.clone());
        let app = App::new(snapshot, identity.clone(), usage, metrics);
        let limits_app = Arc::downgrade(&app);
        tokio::spawn(async move {
            // Forget refilled rate-limit buckets, so memory follows active callers.
            loop {
                tokio::time::sleep(std::time::Duration::from_secs(60)).await;
                let Some(app) = limits_app.upgrade() else { return };
                app.config.load().limiter.retain_active();
            }
        });
        crate::routing::spawn_health_checks(Arc::downgrade(&app));
        let weak = Arc::downgrade(&app);
        identity.spawn_refresh(move || {
            weak.upgrade()
                .map(|app| app.config.load().auth.refresh)
                .unwrap_or(std::time::Duration::from_secs(1))
        });
        Ok(app)
    }
}

pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/v1/chat/completions", post(chat_completions))
        .route("/v1/completions", post(completions))
        .route("/v1/embeddings", post(embeddings))
        .route("/v1/messages", post(messages))
        .route("/v1/models", get(models))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .fallback(not_found)
        .with_state(app)
}

/// Serves the public API until `shutdown` resolves, then lets in-flight requests finish.
pub async fn serve(
    app: Arc<App>,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_router(router(app), listener, shutdown).await
}

/// Serves a router (public or admin) with the peer address available to handlers,
/// until `shutdown` resolves; in-flight requests finish first.
pub async fn serve_router(
    router: Router,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}

async fn chat_completions(State(app): State<Arc<App>>, req: Request) -> Response {
    handle(app, req, ClientWire::OpenAi, Endpoint::Chat, "chat_completions").await
}

async fn completions(State(app): State<Arc<App>>, req: Request) -> Response {
    handle(app, req, ClientWire::OpenAi, Endpoint::Completions, "completions").await
}

async fn embeddings(State(app): State<Arc<App>>, req: Request) -> Response {
    handle(app, req, ClientWire::OpenAi, Endpoint::Embeddings, "embeddings").await
}

async fn messages(State(app): State<Arc<App>>, req: Request) -> Response {
    handle(app, req, ClientWire::Anthropic, Endpoint::Chat, "messages").await
}

/// The client's `x-request-id` when it is sane, else a new time-ordered id.
fn request_id(headers: &HeaderMap) -> String {
    headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128 && v.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::now_v7().to_string())
}

async fn handle(app: Arc<App>, req: Request, client: ClientWire, endpoint: Endpoint, name: &'static str) -> Response {
    let id = request_id(req.headers());
    let mut record = CallRecord::new(app.metrics.clone(), id.clone(), name);
    record.client_ip = req
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip());
    // Never hold an arc-swap guard across an await: take a full Arc.
    let snapshot = app.config.load_full();
    let limit = snapshot.server.max_body_bytes;
    let (parts, body) = req.into_parts();
    // Authenticate before reading the body: strangers cost no more than a hash.
    let caller = auth::authenticate(&snapshot.auth, &app.identity, &parts.headers).await;
    let body = match caller {
        Ok(caller) => {
            record.caller = Some(caller);
            // Reserve the usage record's place now: with `when_full: wait` this is the backpressure.
            record.usage_slot = app.usage.slot().await;
            read_body(body, limit).await
        }
        Err(error) => Err(error),
    };
    let mut response = match body {
        Ok(body) => pipeline::run(snapshot, &app.identity, client, endpoint, (parts.headers, body), record).await,
        Err(error) => {
            let mut record = record;
            record.fail(error.status, &error.code);
            record.finish();
            error_response(&error, client)
        }
    };
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

async fn read_body(body: Body, limit: usize) -> Result<bytes::Bytes, ApiError> {
    match axum::body::to_bytes(body, limit).await {
        Ok(bytes) => Ok(bytes),
        Err(e) => {
            let too_large = std::error::Error::source(&e).is_some_and(|s| s.is::<http_body_util::LengthLimitError>());
            if too_large {
                Err(ApiError::new(
                    413,
                    "invalid_request_error",
                    "request_too_large",
                    format!("the request body is larger than the gateway's limit of {limit} bytes"),
                ))
            } else {
                Err(ApiError::invalid_request(
                    "invalid_body",
                    format!("cannot read the request body: {e}"),
                ))
            }
        }
    }
}

/// The models this caller may call.
async fn models(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    let snapshot = app.config.load_full();
    let caller = match auth::authenticate(&snapshot.auth, &app.identity, &headers).await {
        Ok(caller) => caller,
        Err(error) => return error_response(&error, ClientWire::OpenAi),
    };
    let data: Vec<_> = snapshot
        .model_names
        .iter()
        .filter(|name| {
            snapshot
                .models
                .get(name.as_str())
                .is_some_and(|route| auth::visible(&caller, route, &app.identity))
        })
        .map(|name| json!({"id": name, "object": "model", "created": 0, "owned_by": "gantry"}))
        .collect();
    json_response(StatusCode::OK, json!({"object": "list", "data": data}).to_string())
}

async fn healthz() -> Response {
    json_response(StatusCode::OK, r#"{"status":"ok"}"#)
}

async fn readyz(State(app): State<Arc<App>>) -> Response {
    if app.draining.load(Ordering::Relaxed) {
        return json_response(StatusCode::SERVICE_UNAVAILABLE, r#"{"status":"draining"}"#);
    }
    let snapshot = app.config.load();
    let body = json!({"status": "ready", "models": snapshot.model_names.len(), "providers": snapshot.providers.len()});
    json_response(StatusCode::OK, body.to_string())
}

async fn metrics(State(app): State<Arc<App>>) -> Response {
    let mut response = app.metrics.render().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
    );
    response
}

async fn not_found(req: Request) -> Response {
    let error = ApiError::new(
        404,
        "invalid_request_error",
        "unknown_url",
        format!("unknown request URL: {} {}", req.method(), req.uri().path()),
    );
    let client = if req.uri().path().starts_with("/v1/messages") {
        ClientWire::Anthropic
    } else {
        ClientWire::OpenAi
    };
    error_response(&error, client)
}
