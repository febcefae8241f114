use serde_json::{Value, json};

use crate::common::*;

fn url(server: &gantry_mock::MockServer, model: &str, method: &str) -> String {
    format!("{}/v1beta/models/{model}:{method}", server.url())
}

fn request(text: &str) -> Value {
    json!({"contents": [{"role": "user", "parts": [{"text": text}]}]})
}

#[tokio::test]
async fn generate_content_has_the_documented_shape() {
    let server = start().await;
    let body = json!({
        "systemInstruction": {"parts": [{"text": "be nice"}]},
        "contents": [
            {"role": "user", "parts": [{"text": "Explain how AI works"}, {"inlineData": {"mimeType": "image/png", "data": "AA=="}}]}
        ],
        "generationConfig": {"temperature": 0.2, "candidateCount": 2}
    });
    let response = post(&url(&server, "gemini-2.5-flash", "generateContent"), &body, &[]).await;
    assert_eq!(response.status(), 200);
    let v = json(response).await;
    let candidates = v["candidates"].as_array().unwrap();
    assert_eq!(candidates.len(), 2);
    for (i, candidate) in candidates.iter().enumerate() {
        assert_eq!(candidate["index"], i);
        assert_eq!(candidate["content"]["role"], "model");
        assert_eq!(
            candidate["content"]["parts"],
            json!([{"text": "mock reply to: Explain how AI works lorem ipsum dolor sit amet"}])
        );
        assert_eq!(candidate["finishReason"], "STOP");
    }
    let usage = &v["usageMetadata"];
    assert_eq!(usage["promptTokenCount"], 2 + 4 + 85);
    assert_eq!(usage["candidatesTokenCount"], 24);
    assert_eq!(usage["totalTokenCount"], 91 + 24);
    assert!(usage.get("thoughtsTokenCount").is_none());
    assert!(usage.get("cachedContentTokenCount").is_none());
    assert_eq!(v["modelVersion"], "gemini-2.5-flash");
    assert!(v["responseId"].is_string());

    let limited = json!({"contents": [{"parts": [{"text": "hi"}]}], "generationConfig": {"maxOutputTokens": 3}});
    let v = json(post(&url(&server, "g", "generateContent"), &limited, &[]).await).await;
    assert_eq!(v["candidates"][0]["finishReason"], "MAX_TOKENS");
    assert_eq!(v["candidates"][0]["content"]["parts"][0]["text"], "mock reply to:");

    let json_mode = json!({"contents": [{"parts": [{"text": "hi"}]}], "generationConfig": {"responseMimeType": "application/json"}});
    let v = json(post(&url(&server, "g", "generateContent"), &json_mode, &[]).await).await;
    assert_eq!(v["candidates"][0]["content"]["parts"][0]["text"], r#"{"mock":true}"#);
}

#[tokio::test]
async fn stream_generate_content_sse() {
    let server = start().await;
    let response = post(
        &format!("{}?alt=sse", url(&server, "gemini-2.0-flash", "streamGenerateContent")),
        &request("write a poem"),
        &[],
    )
    .await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let (text, error) = read_stream(response).await;
    assert!(error.is_none());
    assert!(text.contains("\r\n\r\n"), "Gemini frames SSE with CRLF");
    assert!(!text.contains("[DONE]"));
    let events = parse_sse(&text);
    assert_eq!(events.len(), 12);
    let chunks: Vec<Value> = events.iter().map(Event::json).collect();
    let joined: String = chunks
        .iter()
        .map(|c| {
            c["candidates"][0]["content"]["parts"][0]["text"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        joined,
        "mock reply to: write a poem lorem ipsum dolor sit amet consectetur"
    );
    for chunk in &chunks[..11] {
        assert!(chunk["candidates"][0].get("finishReason").is_none());
        assert_eq!(chunk["candidates"][0]["content"]["role"], "model");
    }
    let last = &chunks[11];
    assert_eq!(last["candidates"][0]["finishReason"], "STOP");
    assert_eq!(last["usageMetadata"]["promptTokenCount"], 3);
    assert_eq!(last["usageMetadata"]["candidatesTokenCount"], 12);
    assert_eq!(last["usageMetadata"]["totalTokenCount"], 15);
}

#[tokio::test]
async fn stream_generate_content_json_array() {
    let server = start().await;
    let response = post(
        &url(&server, "g", "streamGenerateContent"),
        &request("hi [[mock:tokens=3]]"),
        &[],
    )
    .await;
    let (text, error) = read_stream(response).await;
    assert!(error.is_none());
    let array: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(array.len(), 3);
    assert_eq!(array[2]["candidates"][0]["finishReason"], "STOP");
}

#[tokio::test]
async fn function_calling() {
    let server = start().await;
    let tools = json!([{"functionDeclarations": [
        {"name": "find_movies", "parameters": {"type": "OBJECT", "properties": {"location": {"type": "STRING"}, "count": {"type": "INTEGER"}}, "required": ["location", "count"]}},
        {"name": "find_theaters", "parametersJsonSchema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}
    ]}]);
    let body = json!({"contents": [{"role": "user", "parts": [{"text": "movies nearby?"}]}], "tools": tools});
    let v = json(post(&url(&server, "g", "generateContent"), &body, &[]).await).await;
    assert_eq!(
        v["candidates"][0]["content"]["parts"][0],
        json!({"functionCall": {"name": "find_movies", "args": {"location": "mock", "count": 1}}})
    );
    assert_eq!(v["candidates"][0]["finishReason"], "STOP");

    let mut forced = body.clone();
    forced["toolConfig"] = json!({"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": ["find_theaters"]}});
    let (text, _) = read_stream(
        post(
            &format!("{}?alt=sse", url(&server, "g", "streamGenerateContent")),
            &forced,
            &[],
        )
        .await,
    )
    .await;
    let events = parse_sse(&text);
    assert_eq!(events.len(), 1);
    let call = &events[0].json()["candidates"][0]["content"]["parts"][0]["functionCall"];
    assert_eq!(call["name"], "find_theaters");
    assert_eq!(call["args"], json!({"city": "mock"}));

    let mut none = body.clone();
    none["toolConfig"] = json!({"functionCallingConfig": {"mode": "NONE"}});
    let v = json(post(&url(&server, "g", "generateContent"), &none, &[]).await).await;
    assert!(v["candidates"][0]["content"]["parts"][0]["text"].is_string());

    let result = json!({
        "contents": [
            {"role": "user", "parts": [{"text": "movies nearby?"}]},
            {"role": "model", "parts": [{"functionCall": {"name": "find_movies", "args": {"location": "x", "count": 1}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": "find_movies", "response": {"result": "Barbie, Oppenheimer"}}}]}
        ],
        "tools": tools
    });
    let v = json(post(&url(&server, "g", "generateContent"), &result, &[]).await).await;
    assert_eq!(
        v["candidates"][0]["content"]["parts"][0]["text"],
        "tool result: Barbie, Oppenheimer"
    );
}

#[tokio::test]
async fn embeddings() {
    let server = start().await;
    let one = json!({"model": "models/gemini-embedding-001", "content": {"parts": [{"text": "hello"}]}, "outputDimensionality": 16});
    let v = json(post(&url(&server, "gemini-embedding-001", "embedContent"), &one, &[]).await).await;
    assert_eq!(v["embedding"]["values"].as_array().unwrap().len(), 16);

    let batch = json!({"requests": [
        {"model": "models/gemini-embedding-001", "content": {"parts": [{"text": "hello"}]}, "outputDimensionality": 16},
        {"model": "models/gemini-embedding-001", "content": {"parts": [{"text": "world"}]}}
    ]});
    let b = json(post(&url(&server, "gemini-embedding-001", "batchEmbedContents"), &batch, &[]).await).await;
    let embeddings = b["embeddings"].as_array().unwrap();
    assert_eq!(embeddings.len(), 2);
    assert_eq!(embeddings[0]["values"], v["embedding"]["values"]);
    assert_eq!(embeddings[1]["values"].as_array().unwrap().len(), 8);
}

#[tokio::test]
async fn auth_paths_and_errors() {
    let server = start_with_key().await;
    let body = request("hi");

    let by_header = post(&url(&server, "g", "generateContent"), &body, &[("x-goog-api-key", KEY)]).await;
    assert_eq!(by_header.status(), 200);
    let by_query = post(
        &format!("{}?key={KEY}", url(&server, "g", "generateContent")),
        &body,
        &[],
    )
    .await;
    assert_eq!(by_query.status(), 200);

    // The v1 API, and `models/` repeated in the model name, are accepted.
    let v1 = post(
        &format!("{}/v1/models/models/g:generateContent?key={KEY}", server.url()),
        &body,
        &[],
    )
    .await;
    assert_eq!(v1.status(), 200);
    assert_eq!(json(v1).await["modelVersion"], "g");

    let missing = post(&url(&server, "g", "generateContent"), &body, &[]).await;
    assert_eq!(missing.status(), 403);
    let v = json(missing).await;
    assert_eq!(v["error"]["code"], 403);
    assert_eq!(v["error"]["status"], "PERMISSION_DENIED");

    let wrong = post(
        &url(&server, "g", "generateContent"),
        &body,
        &[("x-goog-api-key", "bad")],
    )
    .await;
    assert_eq!(wrong.status(), 400);
    let v = json(wrong).await;
    assert_eq!(v["error"]["status"], "INVALID_ARGUMENT");
    assert_eq!(v["error"]["message"], "API key not valid. Please pass a valid API key.");
    assert_eq!(v["error"]["details"][0]["reason"], "API_KEY_INVALID");

    let auth = [("x-goog-api-key", KEY)];
    let malformed = post_raw(&url(&server, "g", "generateContent"), b"nope".to_vec(), &auth).await;
    assert_eq!(malformed.status(), 400);
    assert_eq!(json(malformed).await["error"]["status"], "INVALID_ARGUMENT");

    let no_contents = post(&url(&server, "g", "generateContent"), &json!({}), &auth).await;
    assert_eq!(no_contents.status(), 400);

    for (code, status) in [
        (401, "UNAUTHENTICATED"),
        (429, "RESOURCE_EXHAUSTED"),
        (500, "INTERNAL"),
        (503, "UNAVAILABLE"),
    ] {
        let body = request(&format!("hi [[mock:status={code}]]"));
        let response = post(&url(&server, "g", "generateContent"), &body, &auth).await;
        assert_eq!(response.status(), code);
        let v = json(response).await;
        assert_eq!(v["error"]["code"], code);
        assert_eq!(v["error"]["status"], status);
    }
}
