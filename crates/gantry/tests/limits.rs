//! Rate limits through HTTP: requests and tokens per window, by scope, with
//! OpenAI's `x-ratelimit-*` headers and 429 + `Retry-After`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use gantry::secret::hash_hex;
use gantry_mock::MockConfig;
use serde_json::{Value, json};

const OTHER_KEY: &str = "gk-a-second-key-of-team-test";

fn config(limits: &str) -> String {
    format!(
        "limits:\n{limits}auth:\n  keys:\n    - {{id: harness, team: test, sha256: {}}}\n    - {{id: second, team: test, sha256: {}}}\n",
        hash_hex(CLIENT_KEY),
        hash_hex(OTHER_KEY)
    )
}

async fn call(h: &Harness, key: &str, model: &str) -> reqwest::Response {
    h.http
        .post(format!("{}/v1/chat/completions", h.url))
        .bearer_auth(key)
        .json(&json!({"model": model, "messages": [{"role": "user", "content": "hello [[mock:tokens=20]]"}]}))
        .send()
        .await
        .unwrap()
}

fn header(resp: &reqwest::Response, name: &str) -> Option<String> {
    resp.headers().get(name).map(|v| v.to_str().unwrap().to_owned())
}

#[tokio::test]
async fn requests_per_key_are_limited_with_headers_and_retry_after() {
    let h = Harness::start_custom(
        MockConfig::default(),
        &config("  - {name: per-key, per: [key], requests: 3, window: minute}\n"),
    )
    .await;
    for remaining in ["2", "1", "0"] {
        let resp = call(&h, CLIENT_KEY, "gpt").await;
        assert_eq!(resp.status(), 200);
        assert_eq!(header(&resp, "x-ratelimit-limit-requests").as_deref(), Some("3"));
        assert_eq!(
            header(&resp, "x-ratelimit-remaining-requests").as_deref(),
            Some(remaining)
        );
        assert!(header(&resp, "x-ratelimit-reset-requests").unwrap().ends_with('s'));
    }
    let resp = call(&h, CLIENT_KEY, "gpt").await;
    assert_eq!(resp.status(), 429);
    let retry: u64 = header(&resp, "retry-after").unwrap().parse().unwrap();
    assert!((1..=20).contains(&retry), "{retry}");
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limit_exceeded");
    assert_eq!(body["error"]["type"], "rate_limit_error");
    assert!(
        body["error"]["message"].as_str().unwrap().contains("`per-key`"),
        "{body}"
    );
    // The other key of the same team has its own bucket.
    assert_eq!(call(&h, OTHER_KEY, "gpt").await.status(), 200);
    // Anthropic clients get their error shape.
    let resp = h
        .http
        .post(format!("{}/v1/messages", h.url))
        .header("x-api-key", CLIENT_KEY)
        .json(&json!({"model": "claude", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 429);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"]["type"], "rate_limit_error");
    // Refused calls are recorded too, with their status.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let records = h.app.identity.store.usage_records(0, i64::MAX, 100).await.unwrap();
        if records.iter().filter(|r| r.status == 429).count() == 2 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{records:?}");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn tokens_per_team_are_charged_after_each_call() {
    let h = Harness::start_custom(
        MockConfig::default(),
        &config("  - {name: team-tpm, per: [team], tokens: 60, window: minute, models: [\"gpt\"]}\n"),
    )
    .await;
    // Each call uses ~20 completion tokens plus its prompt; the bucket empties within a few calls,
    // shared by both keys of the team.
    let mut remaining = Vec::new();
    let mut refused = None;
    for i in 0..6 {
        let key = if i % 2 == 0 { CLIENT_KEY } else { OTHER_KEY };
        let resp = call(&h, key, "gpt").await;
        if resp.status() == 429 {
            refused = Some(resp);
            break;
        }
        assert_eq!(resp.status(), 200);
        remaining.push(
            header(&resp, "x-ratelimit-remaining-tokens")
                .unwrap()
                .parse::<u64>()
                .unwrap(),
        );
    }
    let refused = refused.expect("the team's token bucket never emptied");
    assert!(
        remaining.len() >= 2,
        "a call is admitted while the bucket is not empty: {remaining:?}"
    );
    assert!(
        remaining.windows(2).all(|w| w[1] < w[0]),
        "each call's tokens were charged: {remaining:?}"
    );
    let body: Value = refused.json().await.unwrap();
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("60 tokens per minute per team"),
        "{body}"
    );
    // The limit names only `gpt`: other models are not limited.
    assert_eq!(call(&h, CLIENT_KEY, "claude").await.status(), 200);
}

#[tokio::test]
async fn ip_limits_span_keys_and_reload_keeps_counters_unless_limits_change() {
    let limits = "  - {name: per-ip, per: [ip], requests: 2, window: hour}\n";
    let h = Harness::start_custom(MockConfig::default(), &config(limits)).await;
    assert_eq!(call(&h, CLIENT_KEY, "gpt").await.status(), 200);
    assert_eq!(call(&h, OTHER_KEY, "gpt").await.status(), 200);
    assert_eq!(call(&h, CLIENT_KEY, "gpt").await.status(), 429, "same IP, any key");

    // Reloading the same limits keeps the counters…
    assert!(gantry::reload::reload(&h.app, &h.config_path));
    assert_eq!(call(&h, OTHER_KEY, "gpt").await.status(), 429);
    // …changing them starts afresh.
    let text = std::fs::read_to_string(&h.config_path)
        .unwrap()
        .replace("requests: 2", "requests: 5");
    std::fs::write(&h.config_path, text).unwrap();
    assert!(gantry::reload::reload(&h.app, &h.config_path));
    assert_eq!(call(&h, OTHER_KEY, "gpt").await.status(), 200);
}
