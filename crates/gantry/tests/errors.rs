//! Bad input and upstream failures get clear, OpenAI-shaped errors; streams
//! that break end with an error event, never a silent normal end.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

mod common;

use std::time::{Duration, Instant};

use common::*;
use serde_json::json;

fn user(text: &str) -> serde_json::Value {
    json!([{"role": "user", "content": text}])
}

#[tokio::test]
async fn bad_requests_get_400_404_413() {
    let h = Harness::start().await;
    let resp = h
        .post("/v1/chat/completions")
        .body("{\"model\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["error"]["code"], "invalid_json");
    assert_eq!(body["error"]["type"], "invalid_request_error");

    let (status, body) = h.chat(json!({"messages": user("x")})).await;
    assert_eq!((status, body["error"]["code"].as_str()), (400, Some("missing_model")));

    let (status, body) = h.chat(json!({"model": "no-such-model", "messages": user("x")})).await;
    assert_eq!(status, 404);
    assert_eq!(body["error"]["code"], "model_not_found");
    assert!(body["error"]["message"].as_str().unwrap().contains("no-such-model"));

    let big = "x".repeat(70_000);
    let (status, body) = h.chat(json!({"model": "gpt", "messages": user(&big)})).await;
    assert_eq!(status, 413);
    assert_eq!(body["error"]["code"], "request_too_large");

    // A body the translators cannot read is a 400 too, not a 500.
    let (status, body) = h
        .chat(json!({"model": "claude", "messages": [{"role": "wizard", "content": "x"}]}))
        .await;
    assert_eq!(status, 400, "{body}");

    let resp = h.http.get(format!("{}/v1/nothing-here", h.url)).send().await.unwrap();
    assert_eq!(resp.status(), 404);
}

#[tokio::test]
async fn upstream_down_is_502_and_timeout_is_504() {
    let h = Harness::start().await;
    let (status, body) = h.chat(json!({"model": "broken", "messages": user("x")})).await;
    assert_eq!(status, 502, "{body}");
    assert_eq!(body["error"]["code"], "upstream_unreachable");
    assert!(body["error"]["message"].as_str().unwrap().contains("down"), "{body}");

    let started = Instant::now();
    let (status, body) = h
        .chat(json!({"model": "slow", "messages": user("[[mock:hang]] x")}))
        .await;
    assert_eq!(status, 504, "{body}");
    assert_eq!(body["error"]["code"], "upstream_timeout");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "first-byte timeout is 300 ms"
    );

    // Streams are bounded by the total timeout too.
    let started = Instant::now();
    let resp = h
        .post("/v1/chat/completions")
        .json(&json!({"model": "slow", "stream": true, "messages": user("[[mock:token_interval_ms=400]] [[mock:tokens=50]] x")}))
        .send()
        .await
        .unwrap();
    let (chunks, done) = openai_chunks(&sse_events(resp).await);
    assert!(!done);
    assert_eq!(chunks.last().unwrap()["error"]["code"], "upstream_timeout");
    assert!(started.elapsed() < Duration::from_secs(4));
}

#[tokio::test]
async fn upstream_errors_map_to_sensible_statuses_for_every_provider() {
    let h = Harness::start().await;
    for model in ["gpt", "claude", "gemini", "azure-gpt"] {
        let (status, body) = h
            .chat(json!({"model": model, "messages": user("[[mock:status=500]] x")}))
            .await;
        assert_eq!(status, 502, "{model}: {body}");
        assert_eq!(body["error"]["code"], "upstream_error", "{model}");

        let resp = h
            .post("/v1/chat/completions")
            .json(&json!({"model": model, "messages": user("[[mock:status=429]] x")}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 429, "{model}");
        assert_eq!(resp.headers()["retry-after"], "1", "{model}");

        let (status, body) = h
            .chat(json!({"model": model, "messages": user("[[mock:status=400]] x")}))
            .await;
        assert_eq!(status, 400, "{model}: {body}");
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .contains(model_provider(model)),
            "{model}: {body}"
        );
    }
}

fn model_provider(model: &str) -> &str {
    match model {
        "gpt" => "openai",
        "azure-gpt" => "azure",
        "claude" => "anthropic",
        other => other,
    }
}

#[tokio::test]
async fn upstream_stream_cut_reaches_the_client_as_an_error_event() {
    let h = Harness::start().await;
    for model in ["gpt", "local", "claude", "gemini"] {
        let resp = h
            .post("/v1/chat/completions")
            .json(&json!({"model": model, "stream": true, "messages": user("[[mock:disconnect_after=3]] x")}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        let (chunks, done) = openai_chunks(&sse_events(resp).await);
        assert!(!done, "{model}: a cut stream must not end with [DONE]");
        let last = chunks.last().unwrap();
        assert_eq!(last["error"]["code"], "upstream_stream_interrupted", "{model}: {last}");
        assert!(
            !streamed_text(&chunks).is_empty(),
            "{model}: tokens before the cut are delivered"
        );
    }
    for model in ["claude", "gpt", "gemini"] {
        let resp = h
            .post("/v1/messages")
            .json(&json!({"model": model, "stream": true, "max_tokens": 50, "messages": user("[[mock:disconnect_after=2]] x")}))
            .send()
            .await
            .unwrap();
        let events = sse_events(resp).await;
        let last = events.last().unwrap();
        assert_eq!(last.event.as_deref(), Some("error"), "{model}: {events:?}");
        assert!(
            !events.iter().any(|e| e.event.as_deref() == Some("message_stop")),
            "{model}"
        );
    }
}

#[tokio::test]
async fn upstream_mid_stream_error_event_is_relayed_as_an_error() {
    let h = Harness::start().await;
    for model in ["gpt", "claude"] {
        let resp = h
            .post("/v1/chat/completions")
            .json(&json!({"model": model, "stream": true, "messages": user("[[mock:mid_stream_error]] x")}))
            .send()
            .await
            .unwrap();
        let (chunks, done) = openai_chunks(&sse_events(resp).await);
        assert!(!done, "{model}");
        assert!(
            chunks.last().unwrap()["error"]["message"].is_string(),
            "{model}: {chunks:?}"
        );
    }
}

#[tokio::test]
async fn a_provider_rejecting_the_gateway_key_is_a_502_not_the_clients_fault() {
    let h = Harness::start().await;
    for model in ["gpt-badkey", "claude-badkey", "gemini-badkey"] {
        let (status, body) = h.chat(json!({"model": model, "messages": user("x")})).await;
        assert_eq!(status, 502, "{model}: {body}");
        assert_eq!(body["error"]["code"], "upstream_auth_failed", "{model}: {body}");
        assert!(
            !body.to_string().contains("not-the-right-key"),
            "{model}: the key never appears in errors"
        );
    }
}
