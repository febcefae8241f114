use serde_json::{Value, json};

use crate::common::*;

const VERSION: (&str, &str) = ("anthropic-version", "2023-06-01");

fn url(server: &gantry_mock::MockServer) -> String {
    format!("{}/v1/messages", server.url())
}

#[tokio::test]
async fn message_has_the_documented_shape() {
    let server = start().await;
    let body = json!({
        "model": "claude-sonnet-4-5",
        "max_tokens": 1024,
        "system": [{"type": "text", "text": "You are terse."}],
        "messages": [
            {"role": "user", "content": "Hello, Claude"},
            {"role": "assistant", "content": "Hi!"},
            {"role": "user", "content": [{"type": "text", "text": "How are you today?"}, {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AA=="}}]}
        ]
    });
    let response = post(&url(&server), &body, &[VERSION]).await;
    assert_eq!(response.status(), 200);
    assert!(response.headers().contains_key("request-id"));
    let v = json(response).await;
    assert!(v["id"].as_str().unwrap().starts_with("msg_"));
    assert_eq!(v["type"], "message");
    assert_eq!(v["role"], "assistant");
    assert_eq!(v["model"], "claude-sonnet-4-5");
    assert_eq!(
        v["content"],
        json!([{"type": "text", "text": "mock reply to: How are you today? lorem ipsum dolor sit amet"}])
    );
    assert_eq!(v["stop_reason"], "end_turn");
    assert_eq!(v["stop_sequence"], Value::Null);
    // 3 (system) + 2 + 1 + 4 + 85 (image)
    assert_eq!(v["usage"]["input_tokens"], 95);
    assert_eq!(v["usage"]["output_tokens"], 12);
    assert_eq!(v["usage"]["cache_creation_input_tokens"], 0);
    assert_eq!(v["usage"]["cache_read_input_tokens"], 0);
}

#[tokio::test]
async fn message_stream_event_sequence() {
    let server = start().await;
    let body = json!({
        "model": "claude-haiku-4-5",
        "max_tokens": 6,
        "stream": true,
        "messages": [{"role": "user", "content": "Stream this please"}]
    });
    let (text, error) = read_stream(post(&url(&server), &body, &[VERSION]).await).await;
    assert!(error.is_none());
    let events = parse_sse(&text);
    let names: Vec<&str> = events.iter().map(|e| e.event.as_deref().unwrap()).collect();
    let mut expected = vec!["message_start", "content_block_start", "ping"];
    expected.extend(["content_block_delta"; 6]);
    expected.extend(["content_block_stop", "message_delta", "message_stop"]);
    assert_eq!(names, expected);
    for event in &events {
        assert_eq!(event.json()["type"], event.event.as_deref().unwrap());
    }
    let start = events[0].json();
    assert_eq!(start["message"]["content"], json!([]));
    assert_eq!(start["message"]["stop_reason"], Value::Null);
    assert_eq!(start["message"]["usage"]["input_tokens"], 3);
    assert_eq!(events[1].json()["content_block"], json!({"type": "text", "text": ""}));
    let text: String = events[3..9]
        .iter()
        .map(|e| {
            let delta = e.json()["delta"].clone();
            assert_eq!(delta["type"], "text_delta");
            delta["text"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(text, "mock reply to: Stream this please");
    let delta = events[10].json();
    assert_eq!(
        delta["delta"],
        json!({"stop_reason": "max_tokens", "stop_sequence": null})
    );
    assert_eq!(delta["usage"]["output_tokens"], 6);
}

fn tools() -> Value {
    json!([{
        "name": "get_weather",
        "description": "Get the weather",
        "input_schema": {"type": "object", "properties": {"location": {"type": "string"}, "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["location"]}
    }])
}

#[tokio::test]
async fn tool_use_and_tool_result() {
    let server = start().await;
    let body = json!({
        "model": "claude", "max_tokens": 100, "tools": tools(),
        "messages": [{"role": "user", "content": "What's the weather in SF?"}]
    });
    let v = json(post(&url(&server), &body, &[VERSION]).await).await;
    assert_eq!(v["stop_reason"], "tool_use");
    let block = &v["content"][0];
    assert_eq!(block["type"], "tool_use");
    assert!(block["id"].as_str().unwrap().starts_with("toolu_"));
    assert_eq!(block["name"], "get_weather");
    assert_eq!(block["input"], json!({"location": "mock"}));

    let mut stream = body.clone();
    stream["stream"] = json!(true);
    let (text, _) = read_stream(post(&url(&server), &stream, &[VERSION]).await).await;
    let events = parse_sse(&text);
    let start = events[1].json();
    assert_eq!(start["content_block"]["type"], "tool_use");
    assert_eq!(start["content_block"]["name"], "get_weather");
    assert_eq!(start["content_block"]["input"], json!({}));
    let partial: String = events
        .iter()
        .filter(|e| e.event.as_deref() == Some("content_block_delta"))
        .map(|e| {
            let delta = e.json()["delta"].clone();
            assert_eq!(delta["type"], "input_json_delta");
            delta["partial_json"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(
        serde_json::from_str::<Value>(&partial).unwrap(),
        json!({"location": "mock"})
    );
    let message_delta = events
        .iter()
        .find(|e| e.event.as_deref() == Some("message_delta"))
        .unwrap();
    assert_eq!(message_delta.json()["delta"]["stop_reason"], "tool_use");

    // tool_choice none → text; tool_result → echoed.
    let mut none = body.clone();
    none["tool_choice"] = json!({"type": "none"});
    assert_eq!(
        json(post(&url(&server), &none, &[VERSION]).await).await["stop_reason"],
        "end_turn"
    );
    let result = json!({
        "model": "claude", "max_tokens": 100, "tools": tools(),
        "messages": [
            {"role": "user", "content": "What's the weather in SF?"},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"location": "SF"}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": [{"type": "text", "text": "15 degrees"}]}]}
        ]
    });
    let v = json(post(&url(&server), &result, &[VERSION]).await).await;
    assert_eq!(v["content"][0]["text"], "tool result: 15 degrees");
    assert_eq!(v["stop_reason"], "end_turn");
}

#[tokio::test]
async fn stop_sequences() {
    let server = start().await;
    let body = json!({
        "model": "claude", "max_tokens": 100, "stop_sequences": ["ipsum"],
        "messages": [{"role": "user", "content": "hi"}]
    });
    let v = json(post(&url(&server), &body, &[VERSION]).await).await;
    assert_eq!(v["content"][0]["text"], "mock reply to: hi lorem ");
    assert_eq!(v["stop_reason"], "stop_sequence");
    assert_eq!(v["stop_sequence"], "ipsum");
}

#[tokio::test]
async fn errors_have_the_anthropic_shape() {
    let server = start_with_key().await;
    let ok = json!({"model": "claude", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]});
    let auth = ("x-api-key", KEY);

    let wrong = post(&url(&server), &ok, &[VERSION, ("x-api-key", "bad")]).await;
    assert_eq!(wrong.status(), 401);
    let v = json(wrong).await;
    assert_eq!(v["type"], "error");
    assert_eq!(v["error"]["type"], "authentication_error");
    assert_eq!(v["error"]["message"], "invalid x-api-key");

    let no_version = post(&url(&server), &ok, &[auth]).await;
    assert_eq!(no_version.status(), 400);
    let v = json(no_version).await;
    assert_eq!(v["error"]["type"], "invalid_request_error");
    assert!(v["error"]["message"].as_str().unwrap().contains("anthropic-version"));

    let no_max = post(
        &url(&server),
        &json!({"model": "claude", "messages": []}),
        &[VERSION, auth],
    )
    .await;
    assert_eq!(no_max.status(), 400);
    assert_eq!(json(no_max).await["error"]["message"], "max_tokens: Field required");

    let malformed = post_raw(&url(&server), b"{".to_vec(), &[VERSION, auth]).await;
    assert_eq!(malformed.status(), 400);
    assert_eq!(json(malformed).await["error"]["type"], "invalid_request_error");

    let overloaded = json!({"model": "claude", "max_tokens": 10, "messages": [{"role": "user", "content": "hi [[mock:status=529]]"}]});
    let response = post(&url(&server), &overloaded, &[VERSION, auth]).await;
    assert_eq!(response.status(), 529);
    let v = json(response).await;
    assert_eq!(v["error"], json!({"type": "overloaded_error", "message": "Overloaded"}));
    assert!(v["request_id"].as_str().unwrap().starts_with("req_"));

    let models = client()
        .get(format!("{}/v1/models", server.url()))
        .header(VERSION.0, VERSION.1)
        .header(auth.0, auth.1)
        .send()
        .await
        .unwrap();
    let v = json(models).await;
    assert_eq!(v["data"][0]["type"], "model");
    assert_eq!(v["has_more"], false);
}
