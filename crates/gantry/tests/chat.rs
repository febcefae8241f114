//! End to end through real HTTP: OpenAI-shaped clients reaching every provider kind.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

mod common;

use common::*;
use serde_json::json;

const CHAT_MODELS: &[&str] = &["gpt", "azure-gpt", "local", "claude", "gemini"];

#[tokio::test]
async fn chat_reaches_every_provider_kind_without_forwarding_client_credentials() {
    let h = Harness::start().await;
    for model in CHAT_MODELS {
        let (status, body) = h
            .chat(json!({"model": model, "messages": [
                {"role": "system", "content": "be brief"},
                {"role": "user", "content": "hello there gateway"}]}))
            .await;
        assert_eq!(status, 200, "{model}: {body}");
        assert_eq!(body["object"], "chat.completion", "{model}");
        let text = body["choices"][0]["message"]["content"].as_str().unwrap();
        assert!(
            text.starts_with("mock reply to: hello there gateway"),
            "{model}: {text}"
        );
        assert_eq!(body["choices"][0]["finish_reason"], "stop", "{model}");
        let usage = &body["usage"];
        assert!(usage["prompt_tokens"].as_u64().unwrap() > 0, "{model}: {usage}");
        assert_eq!(
            usage["total_tokens"].as_u64().unwrap(),
            usage["prompt_tokens"].as_u64().unwrap() + usage["completion_tokens"].as_u64().unwrap(),
            "{model}"
        );
    }
    h.assert_no_client_credentials_upstream();
}

#[tokio::test]
async fn upstream_sees_its_own_model_name_and_forced_params() {
    let h = Harness::start().await;
    let (status, _) = h
        .chat(
            json!({"model": "local", "temperature": 1.5, "custom_field": {"kept": true},
            "messages": [{"role": "user", "content": "hi"}]}),
        )
        .await;
    assert_eq!(status, 200);
    let req = h.mock.requests().pop().unwrap();
    assert_eq!(req.path_and_query, "/v1/chat/completions");
    assert_eq!(req.body["model"], "llama3");
    assert_eq!(req.body["temperature"], 0.25);
    assert_eq!(
        req.body["custom_field"],
        json!({"kept": true}),
        "unknown fields pass through"
    );
    let (status, _) = h
        .chat(json!({"model": "azure-gpt", "messages": [{"role": "user", "content": "hi"}]}))
        .await;
    assert_eq!(status, 200);
    let req = h.mock.requests().pop().unwrap();
    assert_eq!(
        req.path_and_query,
        "/openai/deployments/my-deployment/chat/completions?api-version=2024-10-21"
    );
    assert!(req.headers.iter().any(|(k, v)| k == "api-key" && v == UPSTREAM_KEY));
}

#[tokio::test]
async fn streaming_matches_non_streaming_for_every_provider_and_honours_include_usage() {
    let h = Harness::start().await;
    for model in CHAT_MODELS {
        let messages = json!([{"role": "user", "content": "stream me please"}]);
        let (_, whole) = h.chat(json!({"model": model, "messages": messages})).await;
        let resp = h
            .post("/v1/chat/completions")
            .json(&json!({"model": model, "messages": messages, "stream": true, "stream_options": {"include_usage": true}}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200, "{model}");
        assert_eq!(resp.headers()["content-type"], "text/event-stream", "{model}");
        assert!(resp.headers().contains_key("x-request-id"));
        let (chunks, done) = openai_chunks(&sse_events(resp).await);
        assert!(done, "{model}: stream must end with [DONE]");
        assert_eq!(
            streamed_text(&chunks),
            whole["choices"][0]["message"]["content"].as_str().unwrap(),
            "{model}"
        );
        // Azure opens with a content-filter chunk (`object: ""`, no choices); every other chunk is a completion chunk.
        assert!(
            chunks
                .iter()
                .filter(|c| c["choices"].as_array().is_some_and(|a| !a.is_empty()))
                .all(|c| c["object"] == "chat.completion.chunk"),
            "{model}"
        );
        let finish: Vec<_> = chunks
            .iter()
            .filter_map(|c| c["choices"].get(0)?["finish_reason"].as_str())
            .collect();
        assert_eq!(finish, vec!["stop"], "{model}");
        let usage = chunks.last().unwrap();
        assert_eq!(usage["choices"], json!([]), "{model}: usage chunk last");
        assert!(usage["usage"]["completion_tokens"].as_u64().unwrap() > 0, "{model}");

        // Without include_usage there is no usage chunk.
        let resp = h
            .post("/v1/chat/completions")
            .json(&json!({"model": model, "messages": messages, "stream": true}))
            .send()
            .await
            .unwrap();
        let (chunks, done) = openai_chunks(&sse_events(resp).await);
        assert!(done);
        assert!(
            chunks.iter().all(|c| c["usage"].is_null()),
            "{model}: usage without include_usage"
        );
    }
}

fn weather_tools() -> serde_json::Value {
    json!([{"type": "function", "function": {"name": "get_weather", "description": "weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
            "required": ["city", "days"], "additionalProperties": false}}}])
}

#[tokio::test]
async fn tool_calls_round_trip_through_every_provider_streamed_and_not() {
    let h = Harness::start().await;
    for model in CHAT_MODELS {
        let (status, body) = h
            .chat(json!({"model": model, "tools": weather_tools(), "tool_choice": "auto",
                "messages": [{"role": "user", "content": "weather in Oslo?"}]}))
            .await;
        assert_eq!(status, 200, "{model}: {body}");
        let choice = &body["choices"][0];
        assert_eq!(choice["finish_reason"], "tool_calls", "{model}: {body}");
        let call = &choice["message"]["tool_calls"][0];
        assert_eq!(call["type"], "function");
        assert_eq!(call["function"]["name"], "get_weather", "{model}");
        let args: serde_json::Value = serde_json::from_str(call["function"]["arguments"].as_str().unwrap()).unwrap();
        assert_eq!(args, json!({"city": "mock", "days": 1}), "{model}");
        let call_id = call["id"].as_str().unwrap().to_owned();

        // Streamed: argument deltas assemble into the same JSON.
        let resp = h
            .post("/v1/chat/completions")
            .json(&json!({"model": model, "tools": weather_tools(), "stream": true,
                "messages": [{"role": "user", "content": "weather in Oslo?"}]}))
            .send()
            .await
            .unwrap();
        let (chunks, done) = openai_chunks(&sse_events(resp).await);
        assert!(done, "{model}");
        let mut name = String::new();
        let mut arguments = String::new();
        for c in &chunks {
            for tc in c["choices"][0]["delta"]["tool_calls"].as_array().into_iter().flatten() {
                name.push_str(tc["function"]["name"].as_str().unwrap_or(""));
                arguments.push_str(tc["function"]["arguments"].as_str().unwrap_or(""));
            }
        }
        assert_eq!(name, "get_weather", "{model}");
        let streamed: serde_json::Value = serde_json::from_str(&arguments).unwrap();
        assert_eq!(streamed, args, "{model}");

        // The tool result goes back and the model answers with it.
        let (status, body) = h
            .chat(json!({"model": model, "tools": weather_tools(), "messages": [
                {"role": "user", "content": "weather in Oslo?"},
                {"role": "assistant", "content": null, "tool_calls": [call]},
                {"role": "tool", "tool_call_id": call_id, "content": "sunny and 21C"}]}))
            .await;
        assert_eq!(status, 200, "{model}: {body}");
        let text = body["choices"][0]["message"]["content"].as_str().unwrap();
        assert!(text.contains("sunny and 21C"), "{model}: {text}");
    }
}

#[tokio::test]
async fn json_mode_images_n_and_stop_are_carried() {
    let h = Harness::start().await;
    for model in CHAT_MODELS {
        let (status, body) = h
            .chat(json!({"model": model, "response_format": {"type": "json_object"},
                "messages": [{"role": "user", "content": [
                    {"type": "text", "text": "describe as json"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]}]}))
            .await;
        assert_eq!(status, 200, "{model}: {body}");
        let upstream = h.mock.requests().pop().unwrap().body;
        if *model == "claude" {
            // Anthropic has no JSON mode: the gateway asks for JSON in the system prompt.
            assert!(
                upstream["system"].as_str().unwrap().contains("valid JSON object"),
                "{upstream}"
            );
            assert_eq!(upstream["messages"][0]["content"][1]["type"], "image", "{upstream}");
            continue;
        }
        let text = body["choices"][0]["message"]["content"].as_str().unwrap();
        let parsed: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|_| panic!("{model}: {text}"));
        assert!(parsed.is_object());
    }
    // max_tokens cuts the answer: finish_reason length everywhere.
    for model in CHAT_MODELS {
        let (status, body) = h
            .chat(json!({"model": model, "max_tokens": 3, "messages": [{"role": "user", "content": "a long answer"}]}))
            .await;
        assert_eq!(status, 200, "{model}: {body}");
        assert_eq!(body["choices"][0]["finish_reason"], "length", "{model}: {body}");
    }
    // n > 1 works where the provider supports it and is refused clearly where not.
    let (status, body) = h
        .chat(json!({"model": "gpt", "n": 2, "messages": [{"role": "user", "content": "x"}]}))
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["choices"].as_array().unwrap().len(), 2);
    let (status, body) = h
        .chat(json!({"model": "claude", "n": 2, "messages": [{"role": "user", "content": "x"}]}))
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["param"], "n");
}
