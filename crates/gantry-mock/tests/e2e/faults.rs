//! `[[mock:...]]` directives and timing.

use std::time::{Duration, Instant};

use gantry_mock::{MockConfig, MockServer};
use serde_json::{Value, json};

use crate::common::*;

fn openai(text: &str, stream: bool) -> Value {
    json!({"model": "m", "stream": stream, "messages": [{"role": "user", "content": text}]})
}

fn anthropic(text: &str, stream: bool) -> Value {
    json!({"model": "m", "max_tokens": 100, "stream": stream, "messages": [{"role": "user", "content": text}]})
}

fn gemini(text: &str) -> Value {
    json!({"contents": [{"parts": [{"text": text}]}]})
}

const VERSION: (&str, &str) = ("anthropic-version", "2023-06-01");

#[tokio::test]
async fn status_directive_uses_each_provider_error_shape() {
    let server = start().await;
    let chat = format!("{}/v1/chat/completions", server.url());

    let response = post(&chat, &openai("hello [[mock:status=429]]", false), &[]).await;
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "1");
    let v = json(response).await;
    assert_eq!(v["error"]["code"], "rate_limit_exceeded");
    assert_eq!(v["error"]["type"], "requests");

    let response = post(&chat, &openai("[[mock:status=500]]", true), &[]).await;
    assert_eq!(response.status(), 500);
    assert_eq!(json(response).await["error"]["type"], "server_error");

    let response = post(
        &format!("{}/v1/messages", server.url()),
        &anthropic("[[mock:status=429]]", true),
        &[VERSION],
    )
    .await;
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "1");
    assert_eq!(json(response).await["error"]["type"], "rate_limit_error");

    let response = post(
        &format!("{}/v1/messages", server.url()),
        &anthropic("[[mock:status=500]]", false),
        &[VERSION],
    )
    .await;
    assert_eq!(response.status(), 500);
    assert_eq!(json(response).await["error"]["type"], "api_error");

    let response = post(
        &format!("{}/v1/embeddings", server.url()),
        &json!({"model": "m", "input": "x [[mock:status=503]]"}),
        &[],
    )
    .await;
    assert_eq!(response.status(), 503);
}

#[tokio::test]
async fn directives_are_not_echoed() {
    let server = start().await;
    let v = json(
        post(
            &format!("{}/v1/chat/completions", server.url()),
            &openai("[[mock:tokens=6]] hello [[mock:delay_ms=1]] world", false),
            &[],
        )
        .await,
    )
    .await;
    assert_eq!(
        v["choices"][0]["message"]["content"],
        "mock reply to: hello world lorem"
    );
}

#[tokio::test]
async fn disconnect_after_drops_the_stream_without_terminal_event() {
    let server = start().await;
    let base = server.url();

    let (text, error) = read_stream(
        post(
            &format!("{base}/v1/chat/completions"),
            &openai("hi [[mock:disconnect_after=2]]", true),
            &[],
        )
        .await,
    )
    .await;
    assert!(error.is_some(), "the body must end in an error");
    assert!(!text.contains("[DONE]"));
    let events = parse_sse(&text);
    let content: Vec<String> = events
        .iter()
        .filter_map(|e| e.json()["choices"][0]["delta"]["content"].as_str().map(str::to_owned))
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(content, ["mock", " reply"]);
    assert!(events.iter().all(|e| e.json()["choices"][0]["finish_reason"].is_null()));

    let (text, error) = read_stream(
        post(
            &format!("{base}/v1/messages"),
            &anthropic("hi [[mock:disconnect_after=3]]", true),
            &[VERSION],
        )
        .await,
    )
    .await;
    assert!(error.is_some());
    let events = parse_sse(&text);
    let deltas = events
        .iter()
        .filter(|e| e.event.as_deref() == Some("content_block_delta"))
        .count();
    assert_eq!(deltas, 3);
    assert!(events.iter().all(|e| e.event.as_deref() != Some("message_stop")));

    let (text, error) = read_stream(
        post(
            &format!("{base}/v1beta/models/g:streamGenerateContent?alt=sse"),
            &gemini("hi [[mock:disconnect_after=1]]"),
            &[],
        )
        .await,
    )
    .await;
    assert!(error.is_some());
    let events = parse_sse(&text);
    assert_eq!(events.len(), 1);
    assert!(events[0].json()["candidates"][0].get("finishReason").is_none());

    // Non-streaming: the connection closes without any response.
    let result = client()
        .post(format!("{base}/v1/chat/completions"))
        .header("content-type", "application/json")
        .body(serde_json::to_vec(&openai("hi [[mock:disconnect_after=0]]", false)).unwrap())
        .send()
        .await;
    assert!(result.is_err(), "expected a connection error, got {result:?}");
}

#[tokio::test]
async fn mid_stream_error_events() {
    let server = start().await;
    let base = server.url();

    let (text, error) = read_stream(
        post(
            &format!("{base}/v1/chat/completions"),
            &openai("hi [[mock:mid_stream_error]]", true),
            &[],
        )
        .await,
    )
    .await;
    assert!(error.is_none());
    let events = parse_sse(&text);
    assert_eq!(events.len(), 4, "role chunk, 2 tokens, error");
    let last = events.last().unwrap().json();
    assert_eq!(last["error"]["type"], "server_error");
    assert!(last["error"]["message"].is_string());
    assert!(!text.contains("[DONE]"));

    let (text, _) = read_stream(
        post(
            &format!("{base}/v1/messages"),
            &anthropic("hi [[mock:mid_stream_error]]", true),
            &[VERSION],
        )
        .await,
    )
    .await;
    let events = parse_sse(&text);
    let last = events.last().unwrap();
    assert_eq!(last.event.as_deref(), Some("error"));
    assert_eq!(last.json()["type"], "error");
    assert_eq!(last.json()["error"]["type"], "overloaded_error");
    assert_eq!(
        events
            .iter()
            .filter(|e| e.event.as_deref() == Some("content_block_delta"))
            .count(),
        2
    );

    let (text, _) = read_stream(
        post(
            &format!("{base}/v1beta/models/g:streamGenerateContent?alt=sse"),
            &gemini("hi [[mock:mid_stream_error]]"),
            &[],
        )
        .await,
    )
    .await;
    let events = parse_sse(&text);
    assert_eq!(events.len(), 3);
    assert_eq!(events[2].json()["error"]["status"], "INTERNAL");
}

#[tokio::test]
async fn hang_never_answers() {
    let server = start().await;
    let result = client()
        .post(format!("{}/v1/chat/completions", server.url()))
        .timeout(Duration::from_millis(300))
        .header("content-type", "application/json")
        .body(serde_json::to_vec(&openai("[[mock:hang]]", false)).unwrap())
        .send()
        .await;
    let error = result.expect_err("must time out");
    assert!(error.is_timeout(), "{error:?}");
}

#[tokio::test]
async fn delays_and_token_rate() {
    let server = start().await;
    let chat = format!("{}/v1/chat/completions", server.url());

    let started = Instant::now();
    let response = post(&chat, &openai("[[mock:delay_ms=150]]", false), &[]).await;
    assert_eq!(response.status(), 200);
    assert!(started.elapsed() >= Duration::from_millis(150));

    // Headers come quickly; tokens follow at the configured rate.
    let started = Instant::now();
    let response = post(
        &chat,
        &openai(
            "[[mock:ttft_ms=100]] [[mock:token_interval_ms=25]] [[mock:tokens=5]]",
            true,
        ),
        &[],
    )
    .await;
    assert!(started.elapsed() < Duration::from_millis(90));
    let (text, _) = read_stream(response).await;
    assert!(started.elapsed() >= Duration::from_millis(200));
    assert_eq!(parse_sse(&text).len(), 1 + 5 + 1 + 1);

    // Global config applies when no directive overrides it.
    let slow = MockServer::start(MockConfig {
        latency_ms: 120,
        ..MockConfig::default()
    })
    .await
    .unwrap();
    let started = Instant::now();
    post(
        &format!("{}/v1/chat/completions", slow.url()),
        &openai("hi", false),
        &[],
    )
    .await;
    assert!(started.elapsed() >= Duration::from_millis(120));
    let started = Instant::now();
    post(
        &format!("{}/v1/chat/completions", slow.url()),
        &openai("hi [[mock:delay_ms=0]]", false),
        &[],
    )
    .await;
    assert!(started.elapsed() < Duration::from_millis(100));
}

#[tokio::test]
async fn cached_and_reasoning_tokens() {
    let server = start().await;
    let text = "hello there [[mock:cached_tokens=40]] [[mock:reasoning_tokens=7]]";

    // The prompt has 4 words (directives count like any text).
    let v = json(
        post(
            &format!("{}/v1/chat/completions", server.url()),
            &openai(text, false),
            &[],
        )
        .await,
    )
    .await;
    assert_eq!(v["usage"]["prompt_tokens"], 44);
    assert_eq!(v["usage"]["prompt_tokens_details"]["cached_tokens"], 40);
    assert_eq!(v["usage"]["completion_tokens"], 19);
    assert_eq!(v["usage"]["completion_tokens_details"]["reasoning_tokens"], 7);
    assert_eq!(v["usage"]["total_tokens"], 63);

    let v = json(
        post(
            &format!("{}/v1/messages", server.url()),
            &anthropic(text, false),
            &[VERSION],
        )
        .await,
    )
    .await;
    assert_eq!(v["usage"]["input_tokens"], 4);
    assert_eq!(v["usage"]["cache_read_input_tokens"], 40);
    assert_eq!(v["usage"]["output_tokens"], 19);

    let v = json(
        post(
            &format!("{}/v1beta/models/g:generateContent", server.url()),
            &gemini(text),
            &[],
        )
        .await,
    )
    .await;
    let usage = &v["usageMetadata"];
    assert_eq!(usage["promptTokenCount"], 44);
    assert_eq!(usage["cachedContentTokenCount"], 40);
    assert_eq!(usage["candidatesTokenCount"], 12);
    assert_eq!(usage["thoughtsTokenCount"], 7);
    assert_eq!(usage["totalTokenCount"], 63);
}
