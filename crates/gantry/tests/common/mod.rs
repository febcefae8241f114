//! A real gateway in front of a real gantry-mock, both on loopback.

#![allow(dead_code)]

pub mod db;
pub mod idp;
pub mod process;
pub mod redis_server;

use std::path::PathBuf;
use std::sync::Arc;

use gantry::server::App;
use gantry_mock::{MockConfig, MockServer};
use gantry_protocol::sse::{SseEvent, SseParser};

pub const UPSTREAM_KEY: &str = "upstream-secret-key";
/// The harness's callers use this key, declared in config by its digest.
pub const CLIENT_KEY: &str = "gk-client-secret-must-not-leak";

pub struct Harness {
    pub mock: MockServer,
    pub app: Arc<App>,
    pub url: String,
    /// The admin listener, when the config has an `admin` section.
    pub admin_url: String,
    pub dir: PathBuf,
    pub config_path: PathBuf,
    pub http: reqwest::Client,
}

pub fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "gantry-e2e-{tag}-{}-{}",
        std::process::id(),
        uuid::Uuid::now_v7().simple()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Every provider kind, each pointed at the mock, and one public model per kind.
/// Without an `auth:` section in `extra`, callers use [`CLIENT_KEY`], declared in config.
pub fn config_text(mock_url: &str, key_file: &str, extra: &str) -> String {
    let auth = if extra.contains("auth:") {
        String::new()
    } else {
        format!(
            "auth:\n  keys:\n    - {{id: harness, team: test, sha256: {}}}\n",
            gantry::secret::hash_hex(CLIENT_KEY)
        )
    };
    format!(
        r#"
{auth}server:
  max_body_bytes: 65536
timeouts:
  connect_ms: 1000
  first_byte_ms: 3000
  total_ms: 10000
providers:
  openai:
    kind: openai
    base_url: {mock_url}/v1
    api_key: ${{file:{key_file}}}
  azure:
    kind: azure
    base_url: {mock_url}
    api_key: ${{file:{key_file}}}
    api_version: 2024-10-21
  compat:
    kind: openai_compatible
    base_url: {mock_url}/v1
    api_key: ${{file:{key_file}}}
  anthropic:
    kind: anthropic
    base_url: {mock_url}
    api_key: ${{file:{key_file}}}
  gemini:
    kind: gemini
    base_url: {mock_url}
    api_key: ${{file:{key_file}}}
  down:
    kind: openai_compatible
    base_url: http://127.0.0.1:9
  openai-badkey:
    kind: openai
    base_url: {mock_url}/v1
    api_key: ${{file:{key_file}.wrong}}
  anthropic-badkey:
    kind: anthropic
    base_url: {mock_url}
    api_key: ${{file:{key_file}.wrong}}
  gemini-badkey:
    kind: gemini
    base_url: {mock_url}
    api_key: ${{file:{key_file}.wrong}}
  slow:
    kind: openai
    base_url: {mock_url}/v1
    api_key: ${{file:{key_file}}}
    timeouts: {{connect_ms: 1000, first_byte_ms: 300, total_ms: 1000}}
models:
  gpt:
    targets: [{{provider: openai, model: gpt-4o-mini}}]
  azure-gpt:
    targets: [{{provider: azure, model: my-deployment}}]
  local:
    targets: [{{provider: compat, model: llama3, params: {{temperature: 0.25}}}}]
  claude:
    targets: [{{provider: anthropic, model: claude-sonnet-4-5}}]
  gemini:
    targets: [{{provider: gemini, model: gemini-2.5-flash}}]
  embed:
    targets: [{{provider: openai, model: text-embedding-3-small}}]
  gemini-embed:
    targets: [{{provider: gemini, model: text-embedding-004}}]
  broken:
    targets: [{{provider: down, model: x}}]
  slow:
    targets: [{{provider: slow, model: gpt-4o-mini}}]
  gpt-badkey:
    targets: [{{provider: openai-badkey, model: gpt-4o-mini}}]
  claude-badkey:
    targets: [{{provider: anthropic-badkey, model: claude-sonnet-4-5}}]
  gemini-badkey:
    targets: [{{provider: gemini-badkey, model: gemini-2.5-flash}}]
{extra}
"#
    )
}

impl Drop for Harness {
    fn drop(&mut self) {
        self.cleanup();
    }
}

impl Harness {
    pub async fn start() -> Self {
        Self::start_with(MockConfig::default()).await
    }

    pub async fn start_with(mock_config: MockConfig) -> Self {
        Self::start_custom(mock_config, "").await
    }

    /// `extra` is appended to the config (model entries first, then top-level
    /// sections); with an `admin` section the admin API listens too.
    pub async fn start_custom(mut mock_config: MockConfig, extra: &str) -> Self {
        mock_config.api_key = Some(UPSTREAM_KEY.to_owned());
        let mock = MockServer::start(mock_config).await.unwrap();
        let dir = temp_dir("h");
        let key_file = dir.join("upstream.key");
        std::fs::write(&key_file, format!("{UPSTREAM_KEY}\n")).unwrap();
        std::fs::write(dir.join("upstream.key.wrong"), "not-the-right-key\n").unwrap();
        let config_path = dir.join("gantry.yaml");
        std::fs::write(
            &config_path,
            config_text(&mock.url(), &key_file.display().to_string(), extra),
        )
        .unwrap();
        let snapshot = gantry::config::load(&config_path).unwrap_or_else(|e| panic!("{e:#?}"));
        let app = App::start(snapshot).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let serve_app = app.clone();
        tokio::spawn(async move {
            let _ = gantry::server::serve(serve_app, listener, std::future::pending()).await;
        });
        let mut admin_url = String::new();
        if app.config.load().auth.admin.is_some() {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            admin_url = format!("http://{}", listener.local_addr().unwrap());
            let admin_app = app.clone();
            tokio::spawn(async move {
                let _ = gantry::admin::serve(admin_app, listener, std::future::pending()).await;
            });
        }
        Self {
            mock,
            app,
            url,
            admin_url,
            dir,
            config_path,
            http: reqwest::Client::new(),
        }
    }

    pub fn post(&self, path: &str) -> reqwest::RequestBuilder {
        self.http
            .post(format!("{}{path}", self.url))
            .header("authorization", format!("Bearer {CLIENT_KEY}"))
            .header("x-api-key", CLIENT_KEY)
    }

    pub async fn chat(&self, body: serde_json::Value) -> (u16, serde_json::Value) {
        let resp = self.post("/v1/chat/completions").json(&body).send().await.unwrap();
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(serde_json::Value::Null))
    }

    /// Removes the harness's temporary files (the servers stop with the test's runtime).
    /// Waits until the store holds `n` usage records (the writer is asynchronous).
    pub async fn usage_records(&self, n: usize) -> Vec<gantry::store::usage::UsageRecord> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        loop {
            let found = self
                .app
                .identity
                .store
                .usage_records(0, i64::MAX, 10_000)
                .await
                .unwrap();
            if found.len() >= n {
                return found;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "only {} of {n} usage records arrived",
                found.len()
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    pub fn cleanup(&self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }

    /// Asserts the upstream never saw the client's credentials and saw its own key.
    pub fn assert_no_client_credentials_upstream(&self) {
        let requests = self.mock.requests();
        assert!(!requests.is_empty());
        for r in &requests {
            for (name, value) in &r.headers {
                assert!(!value.contains(CLIENT_KEY), "client credential forwarded in {name}");
            }
            assert!(
                r.headers.iter().any(|(_, v)| v.contains(UPSTREAM_KEY)) || r.path_and_query.contains(UPSTREAM_KEY),
                "upstream key missing on {}",
                r.path_and_query
            );
        }
    }
}

/// Reads a whole SSE response into events.
pub async fn sse_events(resp: reqwest::Response) -> Vec<SseEvent> {
    let bytes = resp.bytes().await.unwrap();
    let mut parser = SseParser::default();
    let mut events = Vec::new();
    parser.feed(&bytes, &mut events).unwrap();
    events
}

/// The JSON payloads of OpenAI stream events, and whether `[DONE]` ended it.
pub fn openai_chunks(events: &[SseEvent]) -> (Vec<serde_json::Value>, bool) {
    let mut done = false;
    let mut chunks = Vec::new();
    for e in events {
        if e.data == "[DONE]" {
            done = true;
        } else {
            chunks.push(serde_json::from_str(&e.data).unwrap());
        }
    }
    (chunks, done)
}

/// The usage object of the last OpenAI chunk that carries one.
pub fn stream_usage(chunks: &[serde_json::Value]) -> Option<serde_json::Value> {
    chunks
        .iter()
        .rev()
        .find_map(|c| c.get("usage").filter(|u| !u.is_null()).cloned())
}

pub fn streamed_text(chunks: &[serde_json::Value]) -> String {
    chunks
        .iter()
        .filter_map(|c| c["choices"].get(0)?["delta"]["content"].as_str().map(str::to_owned))
        .collect()
}
