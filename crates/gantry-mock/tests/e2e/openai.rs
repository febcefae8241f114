use serde_json::{Value, json};

use crate::common::*;

fn chat_url(server: &gantry_mock::MockServer) -> String {
    format!("{}/v1/chat/completions", server.url())
}

#[tokio::test]
async fn chat_completion_has_the_documented_shape() {
    let server = start().await;
    let body = json!({
        "model": "gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": [
                {"type": "text", "text": "What is the capital of France, please?"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA=="}}
            ]}
        ],
        "n": 2
    });
    let response = post(&chat_url(&server), &body, &[]).await;
    assert_eq!(response.status(), 200);
    assert!(response.headers().contains_key("x-request-id"));
    let v = json(response).await;
    assert!(v["id"].as_str().unwrap().starts_with("chatcmpl-"));
    assert_eq!(v["object"], "chat.completion");
    assert!(v["created"].as_u64().unwrap() > 1_700_000_000);
    assert_eq!(v["model"], "gpt-4o-mini");
    assert!(v["system_fingerprint"].is_string());
    let choices = v["choices"].as_array().unwrap();
    assert_eq!(choices.len(), 2);
    let text = "mock reply to: What is the capital of France, please? lorem ipsum";
    for (i, choice) in choices.iter().enumerate() {
        assert_eq!(choice["index"], i);
        assert_eq!(choice["message"]["role"], "assistant");
        assert_eq!(choice["message"]["content"], text);
        assert_eq!(choice["message"]["refusal"], Value::Null);
        assert!(choice["message"].get("tool_calls").is_none());
        assert_eq!(choice["logprobs"], Value::Null);
        assert_eq!(choice["finish_reason"], "stop");
    }
    // 2 (system) + 7 (text) + 85 (image) prompt tokens; 12 tokens per choice.
    let usage = &v["usage"];
    assert_eq!(usage["prompt_tokens"], 94);
    assert_eq!(usage["completion_tokens"], 24);
    assert_eq!(usage["total_tokens"], 118);
    assert_eq!(usage["prompt_tokens_details"]["cached_tokens"], 0);
    assert_eq!(usage["completion_tokens_details"]["reasoning_tokens"], 0);
}

#[tokio::test]
async fn chat_stream_concatenates_to_the_reply() {
    let server = start().await;
    let request = |stream: bool, usage: bool| {
        json!({
            "model": "gpt-4o",
            "stream": stream,
            "stream_options": if usage { json!({"include_usage": true}) } else { Value::Null },
            "messages": [{"role": "user", "content": "tell me a story"}]
        })
    };
    let full = json(post(&chat_url(&server), &request(false, false), &[]).await).await;
    let expected = full["choices"][0]["message"]["content"].as_str().unwrap().to_owned();

    let response = post(&chat_url(&server), &request(true, true), &[]).await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let (body, error) = read_stream(response).await;
    assert!(error.is_none());
    let events = parse_sse(&body);
    assert_eq!(events.last().unwrap().data, "[DONE]");
    let chunks: Vec<Value> = events[..events.len() - 1].iter().map(Event::json).collect();
    // role chunk, 12 tokens, finish chunk, usage chunk
    assert_eq!(chunks.len(), 15);
    let id = chunks[0]["id"].clone();
    for chunk in &chunks {
        assert_eq!(chunk["object"], "chat.completion.chunk");
        assert_eq!(chunk["id"], id);
        assert_eq!(chunk["model"], "gpt-4o");
    }
    assert_eq!(
        chunks[0]["choices"][0]["delta"],
        json!({"role": "assistant", "content": "", "refusal": null})
    );
    let mut text = String::new();
    for chunk in &chunks[1..13] {
        assert_eq!(chunk["usage"], Value::Null);
        assert!(chunk.get("usage").is_some());
        assert_eq!(chunk["choices"][0]["finish_reason"], Value::Null);
        text.push_str(chunk["choices"][0]["delta"]["content"].as_str().unwrap());
    }
    assert_eq!(text, expected);
    assert_eq!(chunks[13]["choices"][0]["delta"], json!({}));
    assert_eq!(chunks[13]["choices"][0]["finish_reason"], "stop");
    assert_eq!(chunks[14]["choices"], json!([]));
    assert_eq!(chunks[14]["usage"]["completion_tokens"], 12);
    assert_eq!(chunks[14]["usage"]["prompt_tokens"], 4);

    // Without include_usage there is no usage field at all.
    let (body, _) = read_stream(post(&chat_url(&server), &request(true, false), &[]).await).await;
    let events = parse_sse(&body);
    assert_eq!(events.len(), 15);
    for event in &events[..14] {
        assert!(event.json().get("usage").is_none());
    }
}

fn weather_tools() -> Value {
    json!([
        {"type": "function", "function": {"name": "get_weather", "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "integer"}, "detailed": {"type": "boolean"}},
            "required": ["city", "days", "detailed"]
        }}},
        {"type": "function", "function": {"name": "get_time", "parameters": {
            "type": "object", "properties": {"zone": {"type": "string"}}, "required": ["zone"]
        }}}
    ])
}

#[tokio::test]
async fn chat_tool_calls() {
    let server = start().await;
    let body = json!({
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "weather in Paris?"}],
        "tools": weather_tools()
    });
    let v = json(post(&chat_url(&server), &body, &[]).await).await;
    let choice = &v["choices"][0];
    assert_eq!(choice["finish_reason"], "tool_calls");
    assert_eq!(choice["message"]["content"], Value::Null);
    let call = &choice["message"]["tool_calls"][0];
    assert!(call["id"].as_str().unwrap().starts_with("call_"));
    assert_eq!(call["type"], "function");
    assert_eq!(call["function"]["name"], "get_weather");
    let args: Value = serde_json::from_str(call["function"]["arguments"].as_str().unwrap()).unwrap();
    assert_eq!(args, json!({"city": "mock", "days": 1, "detailed": true}));

    // Forced tool, streamed.
    let mut body = body.clone();
    body["tool_choice"] = json!({"type": "function", "function": {"name": "get_time"}});
    body["stream"] = json!(true);
    let (text, error) = read_stream(post(&chat_url(&server), &body, &[]).await).await;
    assert!(error.is_none());
    let events = parse_sse(&text);
    assert_eq!(events.last().unwrap().data, "[DONE]");
    let chunks: Vec<Value> = events[..events.len() - 1].iter().map(Event::json).collect();
    let first = &chunks[0]["choices"][0]["delta"];
    assert_eq!(first["role"], "assistant");
    assert_eq!(first["tool_calls"][0]["index"], 0);
    assert!(first["tool_calls"][0]["id"].as_str().unwrap().starts_with("call_"));
    assert_eq!(first["tool_calls"][0]["type"], "function");
    assert_eq!(first["tool_calls"][0]["function"]["name"], "get_time");
    assert_eq!(first["tool_calls"][0]["function"]["arguments"], "");
    let pieces: Vec<&str> = chunks[1..chunks.len() - 1]
        .iter()
        .map(|c| {
            let call = &c["choices"][0]["delta"]["tool_calls"][0];
            assert_eq!(call["index"], 0);
            assert!(call.get("id").is_none());
            call["function"]["arguments"].as_str().unwrap()
        })
        .collect();
    assert!(pieces.len() > 1, "arguments come in several pieces");
    let args: Value = serde_json::from_str(&pieces.concat()).unwrap();
    assert_eq!(args, json!({"zone": "mock"}));
    assert_eq!(chunks.last().unwrap()["choices"][0]["finish_reason"], "tool_calls");

    // tool_choice none: plain text.
    let mut body = json!({
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "hi"}],
        "tools": weather_tools(),
        "tool_choice": "none"
    });
    let v = json(post(&chat_url(&server), &body, &[]).await).await;
    assert_eq!(v["choices"][0]["finish_reason"], "stop");

    // A tool result gets echoed.
    body["tool_choice"] = json!("auto");
    body["messages"] = json!([
        {"role": "user", "content": "weather?"},
        {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny and 21C"}
    ]);
    let v = json(post(&chat_url(&server), &body, &[]).await).await;
    assert_eq!(v["choices"][0]["message"]["content"], "tool result: sunny and 21C");
    assert_eq!(v["choices"][0]["finish_reason"], "stop");
}

#[tokio::test]
async fn chat_json_mode_stop_and_length() {
    let server = start().await;
    let v = json(
        post(
            &chat_url(&server),
            &json!({"model": "m", "messages": [{"role": "user", "content": "json please"}], "response_format": {"type": "json_object"}}),
            &[],
        )
        .await,
    )
    .await;
    assert_eq!(v["choices"][0]["message"]["content"], r#"{"mock":true}"#);

    let v = json(
        post(
            &chat_url(&server),
            &json!({"model": "m", "messages": [{"role": "user", "content": "hello"}], "max_completion_tokens": 5}),
            &[],
        )
        .await,
    )
    .await;
    assert_eq!(v["choices"][0]["message"]["content"], "mock reply to: hello lorem");
    assert_eq!(v["choices"][0]["finish_reason"], "length");
    assert_eq!(v["usage"]["completion_tokens"], 5);

    let v = json(
        post(
            &chat_url(&server),
            &json!({"model": "m", "messages": [{"role": "user", "content": "hello"}], "stop": ["dolor", "zzz"]}),
            &[],
        )
        .await,
    )
    .await;
    assert_eq!(
        v["choices"][0]["message"]["content"],
        "mock reply to: hello lorem ipsum "
    );
    assert_eq!(v["choices"][0]["finish_reason"], "stop");
}

#[tokio::test]
async fn legacy_completions() {
    let server = start().await;
    let url = format!("{}/v1/completions", server.url());
    let v = json(
        post(
            &url,
            &json!({"model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test", "max_tokens": 7}),
            &[],
        )
        .await,
    )
    .await;
    assert!(v["id"].as_str().unwrap().starts_with("cmpl-"));
    assert_eq!(v["object"], "text_completion");
    assert_eq!(v["choices"][0]["text"], "mock reply to: Say this is a");
    assert_eq!(v["choices"][0]["index"], 0);
    assert_eq!(v["choices"][0]["logprobs"], Value::Null);
    assert_eq!(v["choices"][0]["finish_reason"], "length");
    assert_eq!(
        v["usage"],
        json!({"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12})
    );

    let (body, error) = read_stream(
        post(
            &url,
            &json!({"model": "x", "prompt": "hi", "stream": true, "stream_options": {"include_usage": true}}),
            &[],
        )
        .await,
    )
    .await;
    assert!(error.is_none());
    let events = parse_sse(&body);
    assert_eq!(events.last().unwrap().data, "[DONE]");
    let chunks: Vec<Value> = events[..events.len() - 1].iter().map(Event::json).collect();
    let text: String = chunks.iter().filter_map(|c| c["choices"][0]["text"].as_str()).collect();
    assert_eq!(words(&text).len(), 12);
    assert!(text.starts_with("mock reply to: hi lorem"));
    assert_eq!(chunks[chunks.len() - 2]["choices"][0]["finish_reason"], "stop");
    assert_eq!(chunks[chunks.len() - 1]["choices"], json!([]));
    assert_eq!(chunks[chunks.len() - 1]["usage"]["completion_tokens"], 12);
}

#[tokio::test]
async fn embeddings() {
    let server = start().await;
    let url = format!("{}/v1/embeddings", server.url());
    let v = json(
        post(
            &url,
            &json!({"model": "text-embedding-3-small", "input": ["hello world", "bye"]}),
            &[],
        )
        .await,
    )
    .await;
    assert_eq!(v["object"], "list");
    assert_eq!(v["model"], "text-embedding-3-small");
    assert_eq!(v["usage"], json!({"prompt_tokens": 3, "total_tokens": 3}));
    let data = v["data"].as_array().unwrap();
    assert_eq!(data.len(), 2);
    assert_eq!(data[1]["object"], "embedding");
    assert_eq!(data[1]["index"], 1);
    let first: Vec<f32> = data[0]["embedding"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap() as f32)
        .collect();
    assert_eq!(first.len(), 8);
    assert_ne!(data[0]["embedding"], data[1]["embedding"]);

    // Deterministic, and `dimensions` is honoured.
    let again = json(post(&url, &json!({"model": "m", "input": "hello world"}), &[]).await).await;
    assert_eq!(again["data"][0]["embedding"], data[0]["embedding"]);
    let wide = json(
        post(
            &url,
            &json!({"model": "m", "input": [[1, 2, 3]], "dimensions": 32}),
            &[],
        )
        .await,
    )
    .await;
    assert_eq!(wide["data"][0]["embedding"].as_array().unwrap().len(), 32);
    assert_eq!(wide["usage"]["prompt_tokens"], 3);

    let b64 = json(
        post(
            &url,
            &json!({"model": "m", "input": "hello world", "encoding_format": "base64"}),
            &[],
        )
        .await,
    )
    .await;
    let encoded = b64["data"][0]["embedding"].as_str().unwrap();
    assert_eq!(encoded.len(), 44); // 32 bytes
    let decoded = decode_base64(encoded);
    let floats: Vec<f32> = decoded
        .chunks(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    assert_eq!(floats, first);

    let missing = post(&url, &json!({"model": "m"}), &[]).await;
    assert_eq!(missing.status(), 400);
    assert_eq!(json(missing).await["error"]["param"], "input");
}

fn decode_base64(s: &str) -> Vec<u8> {
    const TABLE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in s.chars().filter(|c| *c != '=') {
        bits = (bits << 6) | TABLE.find(c).unwrap() as u32;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
        }
    }
    out
}

#[tokio::test]
async fn errors_have_the_openai_shape() {
    let server = start_with_key().await;
    let url = chat_url(&server);
    let ok = json!({"model": "m", "messages": [{"role": "user", "content": "hi"}]});

    let missing = post(&url, &ok, &[]).await;
    assert_eq!(missing.status(), 401);
    let v = json(missing).await;
    assert_eq!(v["error"]["type"], "invalid_request_error");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("didn't provide an API key")
    );

    let wrong = post(&url, &ok, &[("authorization", "Bearer sk-wrong-key-123")]).await;
    assert_eq!(wrong.status(), 401);
    let v = json(wrong).await;
    assert_eq!(v["error"]["code"], "invalid_api_key");
    assert_eq!(v["error"]["type"], "invalid_request_error");
    assert_eq!(v["error"]["param"], Value::Null);
    assert!(
        !v["error"]["message"].as_str().unwrap().contains("wrong-key"),
        "key is masked"
    );

    let auth = [("authorization", "Bearer sk-test-key")];
    assert_eq!(post(&url, &ok, &auth).await.status(), 200);

    let malformed = post_raw(&url, b"{not json".to_vec(), &auth).await;
    assert_eq!(malformed.status(), 400);
    let v = json(malformed).await;
    assert_eq!(v["error"]["type"], "invalid_request_error");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("could not parse the JSON body")
    );

    let no_model = post(&url, &json!({"messages": []}), &auth).await;
    assert_eq!(no_model.status(), 400);
    assert_eq!(
        json(no_model).await["error"]["message"],
        "you must provide a model parameter"
    );

    let no_messages = post(&url, &json!({"model": "m"}), &auth).await;
    assert_eq!(no_messages.status(), 400);
    let v = json(no_messages).await;
    assert_eq!(v["error"]["param"], "messages");
    assert_eq!(v["error"]["code"], "missing_required_parameter");

    let unknown = post(&format!("{}/v1/nope", server.url()), &ok, &auth).await;
    assert_eq!(unknown.status(), 404);
    assert_eq!(json(unknown).await["error"]["message"], "Invalid URL (POST /v1/nope)");
}

#[tokio::test]
async fn models_list() {
    let server = start().await;
    let response = client()
        .get(format!("{}/v1/models", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let v = json(response).await;
    assert_eq!(v["object"], "list");
    assert!(v["data"].as_array().unwrap().iter().all(|m| m["object"] == "model"));
}
