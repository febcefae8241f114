//! Usage records through HTTP: every call is recorded (success, failure,
//! stream, disconnect) with the tokens the provider reported; the queue's
//! policies; the usage report on the admin API.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use common::*;
use gantry::secret::hash_hex;
use gantry::store::usage::UsageRecord;
use gantry_mock::MockConfig;
use serde_json::{Value, json};

fn by_id<'a>(records: &'a [UsageRecord], id: &str) -> &'a UsageRecord {
    records
        .iter()
        .find(|r| r.request_id == id)
        .unwrap_or_else(|| panic!("no record for {id}"))
}

fn tokens(r: &UsageRecord) -> (u64, u64, u64, u64) {
    (
        r.prompt_tokens,
        r.completion_tokens,
        r.cached_tokens,
        r.reasoning_tokens,
    )
}

#[tokio::test]
async fn calls_are_recorded_with_the_tokens_the_client_was_told() {
    let h = Harness::start().await;
    let say = |text: &str| json!([{"role": "user", "content": text}]);

    // Whole OpenAI answer, passed through.
    let resp = h
        .post("/v1/chat/completions")
        .header("x-request-id", "whole")
        .json(&json!({"model": "gpt", "messages": say("hi [[mock:cached_tokens=4, reasoning_tokens=3, tokens=6]]")}))
        .send()
        .await
        .unwrap();
    let whole: Value = resp.json().await.unwrap();
    // Streamed OpenAI, passed through, usage asked for.
    let resp = h
        .post("/v1/chat/completions")
        .header("x-request-id", "stream-openai")
        .json(&json!({"model": "gpt", "stream": true, "stream_options": {"include_usage": true}, "messages": say("hello there")}))
        .send()
        .await
        .unwrap();
    let (chunks, _) = openai_chunks(&sse_events(resp).await);
    let streamed_usage = stream_usage(&chunks).unwrap();
    // Streamed Anthropic, passed through.
    let resp = h
        .post("/v1/messages")
        .header("x-request-id", "stream-anthropic")
        .json(&json!({"model": "claude", "max_tokens": 50, "stream": true, "messages": say("hey [[mock:cached_tokens=5]]")}))
        .send()
        .await
        .unwrap();
    let events = sse_events(resp).await;
    let start: Value = serde_json::from_str(
        &events
            .iter()
            .find(|e| e.event.as_deref() == Some("message_start"))
            .unwrap()
            .data,
    )
    .unwrap();
    let delta: Value = serde_json::from_str(
        &events
            .iter()
            .find(|e| e.event.as_deref() == Some("message_delta"))
            .unwrap()
            .data,
    )
    .unwrap();
    // Streamed, translated (OpenAI client, Anthropic upstream).
    let resp = h
        .post("/v1/chat/completions")
        .header("x-request-id", "stream-translated")
        .json(&json!({"model": "claude", "stream": true, "stream_options": {"include_usage": true}, "messages": say("translate me")}))
        .send()
        .await
        .unwrap();
    let (chunks, _) = openai_chunks(&sse_events(resp).await);
    let translated_usage = stream_usage(&chunks).unwrap();
    // Embeddings.
    let resp = h
        .post("/v1/embeddings")
        .header("x-request-id", "embed")
        .json(&json!({"model": "embed", "input": ["one two three", "four"]}))
        .send()
        .await
        .unwrap();
    let embedded: Value = resp.json().await.unwrap();
    // A failure.
    let resp = h
        .post("/v1/chat/completions")
        .header("x-request-id", "failed")
        .json(&json!({"model": "broken", "messages": say("x")}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 502);

    let all = h.usage_records(6).await;
    let r = by_id(&all, "whole");
    let u = &whole["usage"];
    assert_eq!(
        tokens(r),
        (
            u["prompt_tokens"].as_u64().unwrap(),
            u["completion_tokens"].as_u64().unwrap(),
            4,
            3
        )
    );
    assert!(r.tokens_reported);
    assert_eq!(
        (r.principal.as_str(), r.team.as_deref()),
        ("config-key:harness", Some("test"))
    );
    assert_eq!(
        (r.model.as_str(), r.provider.as_str(), r.upstream_model.as_str()),
        ("gpt", "openai", "gpt-4o-mini")
    );
    assert_eq!(
        (r.status, r.stream, r.endpoint.as_str()),
        (200, false, "chat_completions")
    );
    assert!(r.latency_us > 0 && r.overhead_us > 0);

    let r = by_id(&all, "stream-openai");
    assert!(r.stream);
    assert_eq!(r.prompt_tokens, streamed_usage["prompt_tokens"].as_u64().unwrap());
    assert_eq!(
        r.completion_tokens,
        streamed_usage["completion_tokens"].as_u64().unwrap()
    );
    assert!(r.ttft_us.is_some());

    let r = by_id(&all, "stream-anthropic");
    let input = start["message"]["usage"]["input_tokens"].as_u64().unwrap();
    assert_eq!(r.prompt_tokens, input + 5, "cache reads count as input");
    assert_eq!(r.cached_tokens, 5);
    assert_eq!(r.completion_tokens, delta["usage"]["output_tokens"].as_u64().unwrap());
    assert_eq!(r.endpoint, "messages");

    let r = by_id(&all, "stream-translated");
    assert_eq!(r.prompt_tokens, translated_usage["prompt_tokens"].as_u64().unwrap());
    assert_eq!(
        r.completion_tokens,
        translated_usage["completion_tokens"].as_u64().unwrap()
    );
    assert_eq!(r.provider, "anthropic");

    let r = by_id(&all, "embed");
    assert_eq!(r.prompt_tokens, embedded["usage"]["prompt_tokens"].as_u64().unwrap());
    assert!(r.prompt_tokens > 0);

    let r = by_id(&all, "failed");
    assert_eq!((r.status, r.error_code.as_deref()), (502, Some("upstream_unreachable")));
    assert!(!r.tokens_reported);
    assert_eq!(h.app.metrics.usage_count("written"), 6);
}

#[tokio::test]
async fn a_client_hanging_up_mid_stream_is_recorded_as_499_with_its_prompt_tokens() {
    let h = Harness::start().await;
    let resp = h
        .post("/v1/messages")
        .header("x-request-id", "gone")
        .json(&json!({"model": "claude", "max_tokens": 500, "stream": true,
            "messages": [{"role": "user", "content": "long one [[mock:tokens=200, token_interval_ms=20]]"}]}))
        .send()
        .await
        .unwrap();
    let mut stream = resp.bytes_stream();
    use futures_util::StreamExt;
    let first = stream.next().await.unwrap().unwrap();
    assert!(!first.is_empty());
    drop(stream);
    let all = h.usage_records(1).await;
    let r = by_id(&all, "gone");
    assert_eq!(
        (r.status, r.error_code.as_deref()),
        (499, Some("client_closed_request"))
    );
    assert!(r.prompt_tokens > 0, "message_start told the input tokens: {r:?}");
}

async fn gateway_with_usage(usage: &str, delay_ms: u64) -> Harness {
    let extra = format!(
        "usage: {usage}\nauth:\n  keys:\n    - {{id: harness, team: test, sha256: {}}}\n",
        hash_hex(CLIENT_KEY)
    );
    Harness::start_custom(
        MockConfig {
            latency_ms: delay_ms,
            ..MockConfig::default()
        },
        &extra,
    )
    .await
}

async fn concurrent_calls(h: &Harness, n: usize) -> Vec<u16> {
    let calls = (0..n).map(|_| async {
        h.chat(json!({"model": "gpt", "messages": [{"role": "user", "content": "x"}]}))
            .await
            .0
    });
    futures_util::future::join_all(calls).await
}

#[tokio::test]
async fn a_full_queue_drops_and_counts_or_waits_by_policy() {
    let h = gateway_with_usage("{queue_capacity: 1, when_full: drop}", 300).await;
    let statuses = concurrent_calls(&h, 5).await;
    assert!(
        statuses.iter().all(|s| *s == 200),
        "calls are served even when records are dropped"
    );
    let written = h.usage_records(1).await.len() as u64;
    let dropped = h.app.metrics.usage_count("dropped_queue_full");
    assert_eq!(written + dropped, 5);
    assert!(dropped >= 1, "one place for five concurrent calls");
    assert!(
        h.app
            .metrics
            .render()
            .contains("gantry_usage_records_total{outcome=\"dropped_queue_full\"}")
    );

    let h = gateway_with_usage("{queue_capacity: 1, when_full: wait}", 150).await;
    let started = std::time::Instant::now();
    let statuses = concurrent_calls(&h, 3).await;
    assert!(statuses.iter().all(|s| *s == 200));
    assert!(
        started.elapsed() >= Duration::from_millis(450),
        "calls waited for the queue one by one"
    );
    assert_eq!(h.usage_records(3).await.len(), 3, "nothing dropped");
    assert_eq!(h.app.metrics.usage_count("dropped_queue_full"), 0);
}

#[tokio::test]
async fn the_usage_report_is_scoped_to_the_callers_team() {
    let root = "gka-usage-root";
    let extra = format!(
        "auth:\n  keys:\n    - {{id: harness, team: test, sha256: {}}}\nadmin:\n  tokens:\n    - {{name: root, sha256: {}, role: org_admin}}\n    - {{name: other, sha256: {}, role: team_admin, team: other}}\n",
        hash_hex(CLIENT_KEY),
        hash_hex(root),
        hash_hex("gka-other-team")
    );
    let h = Harness::start_custom(MockConfig::default(), &extra).await;
    for model in ["gpt", "gpt", "claude"] {
        assert_eq!(
            h.chat(json!({"model": model, "messages": [{"role": "user", "content": "x"}]}))
                .await
                .0,
            200
        );
    }
    h.usage_records(3).await;
    let get = |token: &'static str, query: &'static str| {
        let (http, url) = (h.http.clone(), h.admin_url.clone());
        async move {
            let resp = http
                .get(format!("{url}/admin/v1/usage?{query}"))
                .bearer_auth(token)
                .send()
                .await
                .unwrap();
            let status = resp.status().as_u16();
            (status, resp.json::<Value>().await.unwrap())
        }
    };
    let (status, report) = get(root, "group_by=model&granularity=minute").await;
    assert_eq!(status, 200, "{report}");
    let totals = report["totals"].as_array().unwrap();
    let counts: Vec<(&str, i64)> = totals
        .iter()
        .map(|r| (r["group"].as_str().unwrap(), r["requests"].as_i64().unwrap()))
        .collect();
    assert_eq!(counts, [("claude", 1), ("gpt", 2)]);
    assert!(totals.iter().all(|r| r["prompt_tokens"].as_i64().unwrap() > 0));
    assert!(!report["series"].as_array().unwrap().is_empty());

    let (status, report) = get("gka-other-team", "group_by=team").await;
    assert_eq!(status, 200);
    assert!(
        report["totals"].as_array().unwrap().is_empty(),
        "another team sees none of team test's usage"
    );
    let (status, _) = get("gka-other-team", "team=test").await;
    assert_eq!(status, 403);
    let (status, body) = get(root, "granularity=fortnight").await;
    assert_eq!(status, 400, "{body}");
}

#[tokio::test]
async fn config_prices_override_the_catalog_and_unknown_models_cost_nothing() {
    let extra = format!(
        "pricing:\n  llama3: {{input: 1.0, output: 2.0}}\nauth:\n  keys:\n    - {{id: harness, team: test, sha256: {}}}\n",
        hash_hex(CLIENT_KEY)
    );
    let h = Harness::start_custom(MockConfig::default(), &extra).await;
    let resp = h
        .post("/v1/chat/completions")
        .header("x-request-id", "priced")
        .json(&json!({"model": "local", "messages": [{"role": "user", "content": "a b c"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let resp = h
        .post("/v1/chat/completions")
        .header("x-request-id", "unpriced")
        .json(&json!({"model": "azure-gpt", "messages": [{"role": "user", "content": "a b c"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let all = h.usage_records(2).await;
    let r = by_id(&all, "priced");
    assert_eq!(
        r.cost_nano_usd as u64,
        r.prompt_tokens * 1_000 + r.completion_tokens * 2_000
    );
    assert_eq!(
        by_id(&all, "unpriced").cost_nano_usd,
        0,
        "an Azure deployment name is not in the catalog"
    );
}

#[tokio::test]
async fn openai_streams_are_counted_exactly_even_when_the_client_did_not_ask_for_usage() {
    let h = Harness::start().await;
    let resp = h
        .post("/v1/chat/completions")
        .header("x-request-id", "asked-for-you")
        .json(
            &json!({"model": "gpt", "stream": true, "stream_options": {"include_obfuscation": false},
                      "messages": [{"role": "user", "content": "count me [[mock:tokens=40]]"}]}),
        )
        .send()
        .await
        .unwrap();
    let (chunks, done) = openai_chunks(&sse_events(resp).await);
    assert!(done);
    assert!(
        chunks.iter().all(|c| !c["choices"].as_array().unwrap().is_empty()),
        "the usage chunk the client did not ask for is not forwarded"
    );
    let all = h.usage_records(1).await;
    let r = by_id(&all, "asked-for-you");
    assert!(r.tokens_reported, "the gateway asked the provider for usage");
    assert_eq!(r.completion_tokens, 40);
    // The client's other stream options reached the provider untouched.
    let sent = h.mock.requests();
    let body = &sent.last().unwrap().body;
    assert_eq!(
        body["stream_options"],
        json!({"include_obfuscation": false, "include_usage": true})
    );
}

#[tokio::test]
async fn streams_without_usage_are_estimated_from_the_text_delivered() {
    let h = Harness::start_custom(MockConfig::default(), "pricing:\n  llama3: {input: 1.0, output: 2.0}\n").await;
    // An OpenAI-compatible server is not asked for usage (not every one supports it).
    let resp = h
        .post("/v1/chat/completions")
        .header("x-request-id", "no-usage")
        .json(&json!({"model": "local", "stream": true, "messages": [{"role": "user", "content": "count me [[mock:tokens=40]]"}]}))
        .send()
        .await
        .unwrap();
    let (chunks, done) = openai_chunks(&sse_events(resp).await);
    assert!(done);
    assert!(
        chunks.iter().all(|c| c.get("usage").is_none_or(Value::is_null)),
        "the client did not ask for usage"
    );
    let text = streamed_text(&chunks);
    let all = h.usage_records(1).await;
    let r = by_id(&all, "no-usage");
    assert!(!r.tokens_reported);
    assert_eq!(
        r.completion_tokens,
        (text.chars().count() as u64).div_ceil(4),
        "~4 characters per token"
    );
    assert!(r.prompt_tokens > 0, "estimated from the messages");
    assert!(r.cost_nano_usd > 0, "estimated tokens are costed too");
}
