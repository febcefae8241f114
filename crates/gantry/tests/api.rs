//! The rest of the inbound API: models, embeddings, legacy completions,
//! health, metrics, request ids and hot reload.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

mod common;

use common::*;
use serde_json::json;

#[tokio::test]
async fn models_health_and_request_ids() {
    let h = Harness::start().await;
    let body: serde_json::Value = h
        .http
        .get(format!("{}/v1/models", h.url))
        .bearer_auth(common::CLIENT_KEY)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["object"], "list");
    let ids: Vec<&str> = body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"gpt") && ids.contains(&"claude") && ids.contains(&"gemini"),
        "{ids:?}"
    );

    assert_eq!(
        h.http.get(format!("{}/healthz", h.url)).send().await.unwrap().status(),
        200
    );
    assert_eq!(
        h.http.get(format!("{}/readyz", h.url)).send().await.unwrap().status(),
        200
    );

    let resp = h
        .post("/v1/chat/completions")
        .header("x-request-id", "my-trace-123")
        .json(&json!({"model": "gpt", "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["x-request-id"], "my-trace-123");
    assert_eq!(
        h.mock.requests().pop().unwrap().header("x-request-id"),
        Some("my-trace-123"),
        "sent upstream too"
    );
    let resp = h
        .post("/v1/chat/completions")
        .json(&json!({"model": "nope", "messages": []}))
        .send()
        .await
        .unwrap();
    assert!(!resp.headers()["x-request-id"].is_empty(), "errors carry an id too");
}

#[tokio::test]
async fn embeddings_through_openai_and_gemini() {
    let h = Harness::start().await;
    for model in ["embed", "gemini-embed"] {
        let resp = h
            .post("/v1/embeddings")
            .json(&json!({"model": model, "input": ["first text", "second text"], "dimensions": 4}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200, "{model}");
        let body: serde_json::Value = resp.json().await.unwrap();
        assert_eq!(body["object"], "list");
        let data = body["data"].as_array().unwrap();
        assert_eq!(data.len(), 2, "{model}");
        assert_eq!(data[1]["index"], 1);
        assert_eq!(data[0]["embedding"].as_array().unwrap().len(), 4, "{model}");
    }
    let resp = h
        .post("/v1/embeddings")
        .json(&json!({"model": "claude", "input": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
}

#[tokio::test]
async fn legacy_completions_pass_through() {
    let h = Harness::start().await;
    let resp = h
        .post("/v1/completions")
        .json(&json!({"model": "gpt", "prompt": "Say hi"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["object"], "text_completion");
    assert!(body["choices"][0]["text"].is_string());
    let resp = h
        .post("/v1/completions")
        .json(&json!({"model": "claude", "prompt": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
}

#[tokio::test]
async fn metrics_count_requests_by_model_provider_and_status() {
    let h = Harness::start().await;
    h.chat(json!({"model": "gpt", "messages": [{"role": "user", "content": "x"}]}))
        .await;
    let resp = h
        .post("/v1/chat/completions")
        .json(&json!({"model": "claude", "stream": true, "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    let _ = resp.bytes().await.unwrap();
    let text = h
        .http
        .get(format!("{}/metrics", h.url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        text.contains(r#"gantry_requests_total{model="gpt",provider="openai",status="200"} 1"#),
        "{text}"
    );
    assert!(
        text.contains(r#"gantry_request_duration_seconds_count{model="claude",provider="anthropic",status="200"} 1"#),
        "{text}"
    );
    assert!(
        text.contains(r#"gantry_time_to_first_token_seconds_count{model="claude",provider="anthropic"} 1"#),
        "{text}"
    );
    assert!(text.contains("gantry_gateway_overhead_seconds_bucket"), "{text}");
}

#[tokio::test]
async fn reload_swaps_config_and_rejects_a_bad_one() {
    let h = Harness::start().await;
    let key_file = h.dir.join("upstream.key");
    let extra = "  added:\n    targets: [{provider: openai, model: gpt-4o}]\n";
    std::fs::write(
        &h.config_path,
        config_text(&h.mock.url(), &key_file.display().to_string(), extra),
    )
    .unwrap();
    assert!(gantry::reload::reload(&h.app, &h.config_path));
    let (status, _) = h
        .chat(json!({"model": "added", "messages": [{"role": "user", "content": "x"}]}))
        .await;
    assert_eq!(status, 200);

    std::fs::write(
        &h.config_path,
        "models:\n  x:\n    targets: [{provider: missing, model: y}]\n",
    )
    .unwrap();
    assert!(!gantry::reload::reload(&h.app, &h.config_path));
    let (status, _) = h
        .chat(json!({"model": "added", "messages": [{"role": "user", "content": "x"}]}))
        .await;
    assert_eq!(status, 200, "the old config keeps serving");
}

#[tokio::test]
async fn a_change_to_the_config_file_is_picked_up_and_other_files_are_ignored() {
    let h = Harness::start().await;
    gantry::reload::spawn(h.app.clone(), h.config_path.clone());
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let metrics = &h.app.metrics;

    std::fs::write(h.dir.join("notes.txt"), "unrelated").unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert_eq!(
        metrics.reload_count(true),
        0,
        "a file that is not the config triggers nothing"
    );

    let key_file = h.dir.join("upstream.key");
    let extra = "  watched:\n    targets: [{provider: openai, model: gpt-4o}]\n";
    std::fs::write(
        &h.config_path,
        config_text(&h.mock.url(), &key_file.display().to_string(), extra),
    )
    .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while metrics.reload_count(true) == 0 && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let (status, _) = h
        .chat(json!({"model": "watched", "messages": [{"role": "user", "content": "x"}]}))
        .await;
    assert_eq!(status, 200, "the edited config serves without a restart");
}
