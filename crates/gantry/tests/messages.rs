//! End to end: Anthropic-shaped clients (`POST /v1/messages`) served by every provider kind.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

mod common;

use common::*;
use serde_json::json;

const MODELS: &[&str] = &["claude", "gpt", "azure-gpt", "local", "gemini"];

#[tokio::test]
async fn messages_api_works_against_every_provider() {
    let h = Harness::start().await;
    for model in MODELS {
        let resp = h
            .post("/v1/messages")
            .json(&json!({"model": model, "max_tokens": 100, "system": "be brief",
                "messages": [{"role": "user", "content": "hello from anthropic sdk"}]}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200, "{model}");
        let body: serde_json::Value = resp.json().await.unwrap();
        assert_eq!(body["type"], "message", "{model}: {body}");
        assert_eq!(body["role"], "assistant");
        assert_eq!(body["stop_reason"], "end_turn", "{model}");
        let text = body["content"][0]["text"].as_str().unwrap();
        assert!(
            text.starts_with("mock reply to: hello from anthropic sdk"),
            "{model}: {text}"
        );
        assert!(body["usage"]["input_tokens"].as_u64().unwrap() > 0, "{model}: {body}");
        assert!(body["usage"]["output_tokens"].as_u64().unwrap() > 0, "{model}");
    }
    h.assert_no_client_credentials_upstream();
}

#[tokio::test]
async fn messages_stream_has_the_anthropic_event_sequence_for_every_provider() {
    let h = Harness::start().await;
    for model in MODELS {
        let resp = h
            .post("/v1/messages")
            .json(&json!({"model": model, "max_tokens": 100, "stream": true,
                "messages": [{"role": "user", "content": "stream it"}]}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200, "{model}");
        let events = sse_events(resp).await;
        let names: Vec<&str> = events
            .iter()
            .map(|e| e.event.as_deref().unwrap_or(""))
            .filter(|n| *n != "ping")
            .collect();
        assert_eq!(names.first(), Some(&"message_start"), "{model}: {names:?}");
        assert_eq!(
            &names[names.len() - 2..],
            ["message_delta", "message_stop"],
            "{model}: {names:?}"
        );
        let mut text = String::new();
        for e in &events {
            let v: serde_json::Value = serde_json::from_str(&e.data).unwrap();
            assert_eq!(
                v["type"].as_str(),
                e.event.as_deref(),
                "{model}: event name matches type"
            );
            if v["type"] == "content_block_delta" {
                text.push_str(v["delta"]["text"].as_str().unwrap_or(""));
            }
            if v["type"] == "message_delta" {
                assert_eq!(v["delta"]["stop_reason"], "end_turn", "{model}");
                assert!(v["usage"]["output_tokens"].as_u64().unwrap() > 0, "{model}: {v}");
            }
        }
        assert!(text.starts_with("mock reply to: stream it"), "{model}: {text}");
    }
}

#[tokio::test]
async fn messages_tool_use_round_trip_for_every_provider() {
    let h = Harness::start().await;
    let tools = json!([{"name": "get_weather", "description": "weather",
        "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}]);
    for model in MODELS {
        let resp = h
            .post("/v1/messages")
            .json(&json!({"model": model, "max_tokens": 100, "tools": tools,
                "messages": [{"role": "user", "content": "weather in Oslo?"}]}))
            .send()
            .await
            .unwrap();
        let body: serde_json::Value = resp.json().await.unwrap();
        assert_eq!(body["stop_reason"], "tool_use", "{model}: {body}");
        let tool_use = body["content"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["type"] == "tool_use")
            .unwrap()
            .clone();
        assert_eq!(tool_use["name"], "get_weather");
        assert_eq!(tool_use["input"], json!({"city": "mock"}), "{model}");

        // Streamed tool use: input_json_delta pieces assemble to the input.
        let resp = h
            .post("/v1/messages")
            .json(
                &json!({"model": model, "max_tokens": 100, "tools": tools, "stream": true,
                "messages": [{"role": "user", "content": "weather in Oslo?"}]}),
            )
            .send()
            .await
            .unwrap();
        let mut partial = String::new();
        let mut stop = None;
        for e in sse_events(resp).await {
            let v: serde_json::Value = serde_json::from_str(&e.data).unwrap();
            if v["delta"]["type"] == "input_json_delta" {
                partial.push_str(v["delta"]["partial_json"].as_str().unwrap());
            }
            if v["type"] == "message_delta" {
                stop = v["delta"]["stop_reason"].as_str().map(str::to_owned);
            }
        }
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&partial).unwrap(),
            json!({"city": "mock"}),
            "{model}"
        );
        assert_eq!(stop.as_deref(), Some("tool_use"), "{model}");

        let resp = h
            .post("/v1/messages")
            .json(&json!({"model": model, "max_tokens": 100, "tools": tools, "messages": [
                {"role": "user", "content": "weather in Oslo?"},
                {"role": "assistant", "content": [tool_use.clone()]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool_use["id"], "content": "rainy 12C"}]}]}))
            .send()
            .await
            .unwrap();
        let body: serde_json::Value = resp.json().await.unwrap();
        let text = body["content"][0]["text"].as_str().unwrap_or_default();
        assert!(text.contains("rainy 12C"), "{model}: {body}");
    }
}

#[tokio::test]
async fn messages_errors_are_anthropic_shaped() {
    let h = Harness::start().await;
    let resp = h.post("/v1/messages").body("{not json").send().await.unwrap();
    assert_eq!(resp.status(), 400);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["type"], "error");
    assert_eq!(body["error"]["type"], "invalid_request_error");
    let resp = h
        .post("/v1/messages")
        .json(&json!({"model": "nope", "max_tokens": 5, "messages": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["error"]["type"], "not_found_error");
}

#[tokio::test]
async fn anthropic_beta_header_reaches_anthropic_but_client_keys_do_not() {
    let h = Harness::start().await;
    let resp = h
        .post("/v1/messages")
        .header("anthropic-beta", "prompt-caching-2024-07-31")
        .json(&json!({"model": "claude", "max_tokens": 10, "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let seen = h.mock.requests().pop().unwrap();
    assert_eq!(seen.header("anthropic-beta"), Some("prompt-caching-2024-07-31"));
    assert_eq!(seen.header("anthropic-version"), Some("2023-06-01"));
    h.assert_no_client_credentials_upstream();
}
