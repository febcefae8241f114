//! Helpers shared by the end-to-end tests.

use std::sync::Once;
use std::time::Duration;

use gantry_mock::{MockConfig, MockServer};
use serde_json::Value;

pub const KEY: &str = "sk-test-key";

pub fn client() -> reqwest::Client {
    static PROVIDER: Once = Once::new();
    PROVIDER.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

pub async fn start() -> MockServer {
    MockServer::start(MockConfig::default()).await.expect("start")
}

pub async fn start_with_key() -> MockServer {
    MockServer::start(MockConfig {
        api_key: Some(KEY.to_owned()),
        ..MockConfig::default()
    })
    .await
    .expect("start")
}

/// A POST with a JSON body and extra headers.
pub async fn post(url: &str, body: &Value, headers: &[(&str, &str)]) -> reqwest::Response {
    post_raw(url, serde_json::to_vec(body).expect("json"), headers).await
}

pub async fn post_raw(url: &str, body: Vec<u8>, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut request = client().post(url).header("content-type", "application/json").body(body);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.expect("send")
}

pub async fn json(response: reqwest::Response) -> Value {
    let bytes = response.bytes().await.expect("body");
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&bytes)))
}

/// Reads a streamed body to its end; the error is set if the stream broke.
pub async fn read_stream(mut response: reqwest::Response) -> (String, Option<reqwest::Error>) {
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => body.extend_from_slice(&chunk),
            Ok(None) => return (String::from_utf8(body).expect("utf-8"), None),
            Err(error) => return (String::from_utf8(body).expect("utf-8"), Some(error)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub event: Option<String>,
    pub data: String,
}

impl Event {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.data).unwrap_or_else(|e| panic!("bad JSON in event ({e}): {}", self.data))
    }
}

/// A minimal SSE parser (LF or CRLF line endings). Panics on a partial event
/// unless `allow_partial`.
pub fn parse_sse(text: &str) -> Vec<Event> {
    let text = text.replace("\r\n", "\n");
    let mut events = Vec::new();
    for block in text.split("\n\n") {
        if block.trim().is_empty() {
            continue;
        }
        let mut event = None;
        let mut data = Vec::new();
        for line in block.lines() {
            if let Some(v) = line.strip_prefix("event: ") {
                event = Some(v.to_owned());
            } else if let Some(v) = line.strip_prefix("data: ") {
                data.push(v);
            } else {
                panic!("unexpected SSE line {line:?}");
            }
        }
        events.push(Event {
            event,
            data: data.join("\n"),
        });
    }
    events
}

/// The words of a text, for comparisons that ignore spacing.
pub fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}
