use serde_json::{Value, json};

use crate::common::*;

#[tokio::test]
async fn azure_chat_uses_the_deployment_name() {
    let server = start_with_key().await;
    let base = format!("{}/openai/deployments/my-gpt4o", server.url());
    let body = json!({"messages": [{"role": "user", "content": "hello azure"}]});
    let auth = [("api-key", KEY)];

    let response = post(&format!("{base}/chat/completions?api-version=2024-10-21"), &body, &auth).await;
    assert_eq!(response.status(), 200);
    let v = json(response).await;
    assert_eq!(v["object"], "chat.completion");
    assert_eq!(v["model"], "my-gpt4o");
    assert_eq!(
        v["choices"][0]["message"]["content"],
        "mock reply to: hello azure lorem ipsum dolor sit amet consectetur adipiscing"
    );
    assert_eq!(v["prompt_filter_results"][0]["prompt_index"], 0);
    assert_eq!(v["choices"][0]["content_filter_results"]["hate"]["filtered"], false);

    // Streaming: Azure first sends a chunk with no choices and the prompt filter results.
    let mut stream = body.clone();
    stream["stream"] = json!(true);
    let (text, error) = read_stream(
        post(
            &format!("{base}/chat/completions?api-version=2024-10-21"),
            &stream,
            &auth,
        )
        .await,
    )
    .await;
    assert!(error.is_none());
    let events = parse_sse(&text);
    let first = events[0].json();
    assert_eq!(first["choices"], json!([]));
    assert!(first["prompt_filter_results"].is_array());
    assert_eq!(events.last().unwrap().data, "[DONE]");
    let content: String = events[1..events.len() - 1]
        .iter()
        .filter_map(|e| e.json()["choices"][0]["delta"]["content"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(content, v["choices"][0]["message"]["content"].as_str().unwrap());

    // Embeddings and legacy completions live under the deployment too.
    let e = json(
        post(
            &format!("{base}/embeddings?api-version=2024-10-21"),
            &json!({"input": "x"}),
            &auth,
        )
        .await,
    )
    .await;
    assert_eq!(e["model"], "my-gpt4o");
    let c = json(
        post(
            &format!("{base}/completions?api-version=2024-10-21"),
            &json!({"prompt": "x"}),
            &auth,
        )
        .await,
    )
    .await;
    assert_eq!(c["model"], "my-gpt4o");
    assert_eq!(c["object"], "text_completion");
}

#[tokio::test]
async fn azure_errors() {
    let server = start_with_key().await;
    let url = format!("{}/openai/deployments/d/chat/completions", server.url());
    let body = json!({"messages": [{"role": "user", "content": "hi"}]});

    let no_version = post(&url, &body, &[("api-key", KEY)]).await;
    assert_eq!(no_version.status(), 404);
    assert_eq!(
        json(no_version).await,
        json!({"error": {"code": "404", "message": "Resource not found"}})
    );

    let wrong_key = post(&format!("{url}?api-version=2024-10-21"), &body, &[("api-key", "nope")]).await;
    assert_eq!(wrong_key.status(), 401);
    let v = json(wrong_key).await;
    assert_eq!(v["error"]["code"], "401");
    assert!(v["error"]["message"].as_str().unwrap().starts_with("Access denied"));

    // An OpenAI bearer token is not an Azure key.
    let bearer = post(
        &format!("{url}?api-version=2024-10-21"),
        &body,
        &[("authorization", "Bearer sk-test-key")],
    )
    .await;
    assert_eq!(bearer.status(), 401);

    let throttled = post(
        &format!("{url}?api-version=2024-10-21"),
        &json!({"messages": [{"role": "user", "content": "[[mock:status=429]]"}]}),
        &[("api-key", KEY)],
    )
    .await;
    assert_eq!(throttled.status(), 429);
    assert_eq!(throttled.headers()["retry-after"], "1");
    assert_eq!(json(throttled).await["error"]["code"], "429");

    let unknown = post(
        &format!("{}/openai/deployments/d/nope?api-version=1", server.url()),
        &body,
        &[("api-key", KEY)],
    )
    .await;
    assert_eq!(unknown.status(), 404);
    assert_eq!(
        json(unknown).await["error"]["message"],
        Value::from("Resource not found")
    );
}
