//! Budgets through HTTP: reservation and settlement, nesting (key → app/team →
//! org), window reset, money caps with soft-limit alerts, streams stopped when
//! their budget runs out, and spend that survives a restart.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use gantry::secret::hash_hex;
use gantry::server::App;
use gantry_mock::MockConfig;
use serde_json::{Value, json};

const SAME_TEAM_KEY: &str = "gk-second-key-same-team";
const OTHER_TEAM_KEY: &str = "gk-key-of-another-team";

fn config(budgets: &str, extra: &str) -> String {
    format!(
        "budgets:\n{budgets}auth:\n  keys:\n    - {{id: harness, team: test, sha256: {}}}\n    - {{id: second, team: test, sha256: {}}}\n    - {{id: other, team: ops, sha256: {}}}\n{extra}",
        hash_hex(CLIENT_KEY),
        hash_hex(SAME_TEAM_KEY),
        hash_hex(OTHER_TEAM_KEY)
    )
}

async fn chat(h: &Harness, key: &str, body: Value) -> (u16, Value, Option<String>) {
    let resp = h
        .http
        .post(format!("{}/v1/chat/completions", h.url))
        .bearer_auth(key)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let retry = resp
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_owned());
    (status, resp.json().await.unwrap_or(Value::Null), retry)
}

fn ask(model: &str, max_tokens: u64, tokens: u64) -> Value {
    json!({"model": model, "max_tokens": max_tokens,
           "messages": [{"role": "user", "content": format!("hi [[mock:tokens={tokens}]]")}]})
}

#[tokio::test]
async fn nested_budgets_refuse_every_key_of_a_spent_team_and_name_the_budget() {
    let h = Harness::start_custom(
        MockConfig::default(),
        &config(
            "  - {name: team-daily, per: team, id: test, tokens: 100, window: day}\n  - {name: per-key, per: key, tokens: 1000000, window: calendar_month}\n",
            "",
        ),
    )
    .await;
    // Each call reserves its prompt estimate + max_tokens (30) and settles what it used.
    let mut admitted = 0;
    let refusal = loop {
        let (status, body, _) = chat(&h, CLIENT_KEY, ask("gpt", 30, 20)).await;
        if status != 200 {
            break (status, body);
        }
        admitted += 1;
        assert!(admitted < 10, "the team budget never ran out");
    };
    assert!(admitted >= 3, "{admitted}");
    assert_eq!(refusal.0, 429, "{}", refusal.1);
    assert_eq!(refusal.1["error"]["code"], "budget_exceeded");
    assert_eq!(refusal.1["error"]["type"], "insufficient_quota");
    let message = refusal.1["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("`team-daily`") && message.contains("team `test`"),
        "{message}"
    );
    // A teammate's key counts toward the same team budget; another team does not.
    assert_eq!(chat(&h, SAME_TEAM_KEY, ask("gpt", 30, 20)).await.0, 429);
    assert_eq!(chat(&h, OTHER_TEAM_KEY, ask("gpt", 30, 20)).await.0, 200);
    // A smaller call still fits what is left: refusals are about the worst case, not a lock-out.
    let records = h.usage_records(admitted + 3).await;
    let spent: u64 = records
        .iter()
        .filter(|r| r.team.as_deref() == Some("test") && r.status == 200)
        .map(|r| r.prompt_tokens + r.completion_tokens)
        .sum();
    assert!(spent <= 100, "the team spent {spent} of 100");
    if spent + 10 <= 100 {
        assert_eq!(chat(&h, CLIENT_KEY, ask("gpt", 1, 1)).await.0, 200);
    }
}

#[tokio::test]
async fn concurrent_calls_never_reserve_past_the_cap() {
    let h = Harness::start_custom(
        MockConfig {
            latency_ms: 150,
            ..MockConfig::default()
        },
        &config("  - {name: key-total, per: key, tokens: 200, window: total}\n", ""),
    )
    .await;
    // 20 calls at once, each with a worst case of ~2 + 40 tokens: at most 4 fit in 200.
    let calls = (0..20).map(|_| {
        let h_url = h.url.clone();
        let http = h.http.clone();
        tokio::spawn(async move {
            http.post(format!("{h_url}/v1/chat/completions"))
                .bearer_auth(CLIENT_KEY)
                .json(&ask("gpt", 40, 40))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        })
    });
    let mut statuses = Vec::new();
    for call in calls {
        statuses.push(call.await.unwrap());
    }
    let ok = statuses.iter().filter(|s| **s == 200).count();
    assert!((1..=4).contains(&ok), "{statuses:?}");
    let records = h.usage_records(20).await;
    let spent: u64 = records.iter().map(|r| r.prompt_tokens + r.completion_tokens).sum();
    assert!(spent <= 200, "spent {spent} of 200 by {ok} calls");
}

#[tokio::test]
async fn a_stream_is_stopped_with_an_error_event_when_its_budget_runs_out() {
    let h = Harness::start_custom(
        MockConfig::default(),
        &config("  - {name: key-prepaid, per: key, tokens: 300, window: total}\n", ""),
    )
    .await;
    let resp = h
        .post("/v1/chat/completions")
        .header("x-request-id", "cut")
        .json(&json!({"model": "gpt", "stream": true, "max_tokens": 5000,
                      "messages": [{"role": "user", "content": "tell me everything [[mock:tokens=2000]]"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200, "a stream with room for its prompt starts");
    let events = sse_events(resp).await;
    let last = events.last().unwrap();
    let error: Value = serde_json::from_str(&last.data).unwrap_or_else(|_| panic!("last event: {last:?}"));
    assert_eq!(error["error"]["code"], "budget_exceeded", "{error}");
    assert!(error["error"]["message"].as_str().unwrap().contains("`key-prepaid`"));
    let (chunks, done) = openai_chunks(&events);
    assert!(!done, "no [DONE] after a cut");
    let text = streamed_text(&chunks);
    assert!(!text.is_empty(), "the client got the answer up to the cut");

    let records = h.usage_records(1).await;
    let r = &records[0];
    assert_eq!(r.status, 429);
    assert_eq!(r.error_code.as_deref(), Some("budget_exceeded"));
    let spent = r.prompt_tokens + r.completion_tokens;
    // The documented bound: one event past the grant (each mock event is one word, ≤ 4 estimated tokens).
    assert!((290..=304).contains(&spent), "spent {spent} of 300");
    // Spent: the next call is refused before it starts, whole or streamed.
    let (status, body, retry) = chat(&h, CLIENT_KEY, ask("gpt", 5, 5)).await;
    assert_eq!(status, 429, "{body}");
    assert_eq!(retry, None, "a prepaid budget never resets");
    let resp = h
        .post("/v1/chat/completions")
        .json(&json!({"model": "gpt", "stream": true, "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 429);
}

#[tokio::test]
async fn a_translated_anthropic_stream_is_stopped_too() {
    let h = Harness::start_custom(
        MockConfig::default(),
        &config("  - {name: key-prepaid, per: key, tokens: 200, window: total}\n", ""),
    )
    .await;
    // An OpenAI client calling an Anthropic model: the relay translates chunk by chunk.
    let resp = h
        .post("/v1/chat/completions")
        .json(&json!({"model": "claude", "stream": true, "max_tokens": 4000,
                      "messages": [{"role": "user", "content": "go on [[mock:tokens=1500]]"}]}))
        .send()
        .await
        .unwrap();
    let events = sse_events(resp).await;
    let error: Value = serde_json::from_str(&events.last().unwrap().data).unwrap();
    assert_eq!(error["error"]["code"], "budget_exceeded", "{error}");
    let records = h.usage_records(1).await;
    let spent = records[0].prompt_tokens + records[0].completion_tokens;
    assert!(spent <= 210, "spent {spent} of 200");
}

#[tokio::test]
async fn a_window_resets_and_retry_after_says_when() {
    let h = Harness::start_custom(
        MockConfig::default(),
        &config("  - {name: tiny, per: key, tokens: 40, window: {every: 2s}}\n", ""),
    )
    .await;
    assert_eq!(chat(&h, CLIENT_KEY, ask("gpt", 20, 20)).await.0, 200);
    let (status, _, retry) = loop {
        let outcome = chat(&h, CLIENT_KEY, ask("gpt", 20, 20)).await;
        if outcome.0 != 200 {
            break outcome;
        }
    };
    assert_eq!(status, 429);
    let retry: u64 = retry.unwrap().parse().unwrap();
    assert!((1..=2).contains(&retry), "{retry}");
    tokio::time::sleep(Duration::from_secs(retry)).await;
    let (status, body, _) = chat(&h, CLIENT_KEY, ask("gpt", 20, 20)).await;
    assert_eq!(status, 200, "a new window: {body}");
}

#[tokio::test]
async fn money_budgets_cost_calls_and_alert_at_soft_limits() {
    // A webhook that keeps what it is sent.
    let received: Arc<Mutex<Vec<Value>>> = Arc::default();
    let sink = received.clone();
    let hook = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |axum::Json(body): axum::Json<Value>| {
            let sink = sink.clone();
            async move {
                sink.lock().unwrap().push(body);
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook_url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, hook).await });

    // $0.01 per input token, $0.02 per output token.
    let h = Harness::start_custom(
        MockConfig::default(),
        &config(
            "  - {name: key-usd, per: key, usd: 1.0, window: calendar_month, alerts: [0.5, 0.8]}\n",
            &format!(
                "pricing:\n  llama3: {{input: 10000, output: 20000}}\nalerts:\n  webhook: {{url: \"{hook_url}\"}}\n"
            ),
        ),
    )
    .await;
    let mut costs = Vec::new();
    loop {
        let (status, body, _) = chat(&h, CLIENT_KEY, ask("local", 10, 10)).await;
        if status != 200 {
            assert_eq!(body["error"]["code"], "budget_exceeded", "{body}");
            let message = body["error"]["message"].as_str().unwrap();
            assert!(message.contains("of $1.0000 spent"), "{message}");
            assert!(message.contains("lower max_tokens"), "{message}");
            break;
        }
        costs.push(body["usage"].clone());
        assert!(costs.len() < 10);
    }
    let records = h.usage_records(costs.len() + 1).await;
    let spent: i64 = records.iter().map(|r| r.cost_nano_usd).sum();
    // Hand-computed: every answered call is prompt × $0.01 + completion × $0.02.
    for r in records.iter().filter(|r| r.status == 200) {
        assert_eq!(
            r.cost_nano_usd,
            (r.prompt_tokens * 10_000_000 + r.completion_tokens * 20_000_000) as i64
        );
    }
    assert!(spent <= 1_000_000_000, "spent {spent} nano-USD of $1");
    assert!(spent >= 500_000_000, "{spent}");
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let alerts = received.lock().unwrap().clone();
        let thresholds: Vec<f64> = alerts
            .iter()
            .map(|a| a["alert"]["threshold"].as_f64().unwrap())
            .collect();
        let expected = if spent >= 800_000_000 { 2 } else { 1 };
        if thresholds.len() >= expected {
            assert_eq!(thresholds[0], 0.5);
            assert_eq!(alerts[0]["kind"], "budget_threshold");
            assert_eq!(alerts[0]["alert"]["budget"], "key-usd");
            assert_eq!(alerts[0]["alert"]["unit"], "usd");
            assert_eq!(thresholds.len(), expected, "each threshold alerts once: {alerts:?}");
            break;
        }
        assert!(Instant::now() < deadline, "alerts: {alerts:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn spend_survives_a_restart() {
    let h = Harness::start_custom(
        MockConfig::default(),
        &config("  - {name: key-total, per: key, tokens: 60, window: total}\n", ""),
    )
    .await;
    while chat(&h, CLIENT_KEY, ask("gpt", 20, 20)).await.0 == 200 {}
    let n = h
        .app
        .identity
        .store
        .usage_records(0, i64::MAX, 100)
        .await
        .unwrap()
        .len();
    h.usage_records(n.max(1)).await;
    tokio::time::sleep(Duration::from_millis(300)).await; // the writer's flush interval

    // A second gateway on the same config and store starts with the spend already counted.
    let snapshot = gantry::config::load(&h.config_path).unwrap();
    let app = App::start(snapshot).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(gantry::server::serve(app, listener, std::future::pending()));
    let resp = h
        .http
        .post(format!("{url}/v1/chat/completions"))
        .bearer_auth(CLIENT_KEY)
        .json(&ask("gpt", 20, 20))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 429);
}
